import * as http from "http";
import { AddressInfo } from "net";

/** A local stand-in for the Cognigy endpoint: records every request, answers like a healthy endpoint. */

export interface ReceivedRequest {
    readonly method: string;
    /** Path and query, as sent. */
    readonly path: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
}

export interface Receiver {
    /** `http://127.0.0.1:<port>` */
    readonly baseUrl: string;
    readonly received: readonly ReceivedRequest[];
    close(): Promise<void>;
}

/** What the stand-in answers; Cognigy's real answer body is not documented, an empty JSON object is assumed. */
export const RECEIVER_RESPONSE_BODY = "{}";

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) {
            flat[name] = Array.isArray(value) ? value.join(", ") : value;
        }
    }
    return flat;
}

/** Listens on 127.0.0.1 only, on a free port chosen by the OS. */
export async function startReceiver(): Promise<Receiver> {
    const received: ReceivedRequest[] = [];
    const server = http.createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
            received.push({
                method: request.method ?? "",
                path: request.url ?? "",
                headers: flattenHeaders(request.headers),
                body: Buffer.concat(chunks).toString("utf8"),
            });
            response.writeHead(200, { "Content-Type": "application/json" });
            response.end(RECEIVER_RESPONSE_BODY);
        });
    });
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    return {
        baseUrl: `http://127.0.0.1:${port}`,
        received,
        close: () =>
            new Promise<void>((resolve, reject) => {
                server.closeAllConnections();
                server.close((error) => (error ? reject(error) : resolve()));
            }),
    };
}
