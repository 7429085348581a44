import * as http from "http";
import { AddressInfo } from "net";
import { CognigyFault } from "./cognigyFaults";

/**
 * A local stand-in for the Cognigy endpoint: records every request, answers like a healthy endpoint, or with
 * the next of the faults it was started with.
 */

export interface ReceivedRequest {
    readonly method: string;
    /** Path and query, as sent. */
    readonly path: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body: string;
    /** What the stand-in answered: a status, or "timeout" (it kept the request and never answered). */
    readonly answer: CognigyFault;
}

export interface Receiver {
    /** `http://127.0.0.1:<port>` */
    readonly baseUrl: string;
    readonly received: readonly ReceivedRequest[];
    close(): Promise<void>;
}

/** What the stand-in answers; Cognigy's real answer body is not documented, an empty JSON object is assumed. */
export const RECEIVER_RESPONSE_BODY = "{}";
/** The body of a faulted answer: what an error page of a proxy in front of Cognigy might say. */
export const RECEIVER_FAULT_BODY = '{"error":"simulated fault"}';

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
    const flat: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) {
            flat[name] = Array.isArray(value) ? value.join(", ") : value;
        }
    }
    return flat;
}

/**
 * Listens on 127.0.0.1 only, on a free port chosen by the OS. `faults` apply in order to the requests it receives.
 * A "timeout" is recorded as received (Cognigy got it) and then the connection is dropped at once: the caller
 * treats that as its timeout on simulated time, so nothing really waits.
 */
export async function startReceiver(faults: readonly CognigyFault[] = []): Promise<Receiver> {
    const received: ReceivedRequest[] = [];
    const server = http.createServer((request, response) => {
        const chunks: Buffer[] = [];
        request.on("data", (chunk: Buffer) => chunks.push(chunk));
        request.on("end", () => {
            const answer = faults[received.length] ?? 200;
            received.push({
                method: request.method ?? "",
                path: request.url ?? "",
                headers: flattenHeaders(request.headers),
                body: Buffer.concat(chunks).toString("utf8"),
                answer,
            });
            if (answer === "timeout") {
                request.socket.destroy();
                return;
            }
            response.writeHead(answer, { "Content-Type": "application/json" });
            response.end(answer >= 200 && answer < 300 ? RECEIVER_RESPONSE_BODY : RECEIVER_FAULT_BODY);
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
