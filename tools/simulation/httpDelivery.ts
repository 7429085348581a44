import * as http from "http";
import { Receiver, ReceivedRequest } from "./receiver";

/** Sends what the stack would send to Cognigy, but to the local receiver. */

export interface SentRequest {
    readonly method: string;
    /** The URL the stack targets (Cognigy's endpoint). */
    readonly url: string;
    /** Where the simulation actually sent it: the receiver, same path and query. */
    readonly receiverUrl: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
}

export interface HttpExchange {
    readonly sent: SentRequest;
    readonly received?: ReceivedRequest;
    readonly responseStatus?: number;
    readonly responseBody?: string;
    /** The stand-in kept the request and never answered (a `timeout` fault): the caller's timeout, on simulated time. */
    readonly timedOut?: boolean;
    readonly error?: string;
}

/** One request's result as the fault report shows it: the status, or "timeout". */
export function attemptResult(exchange: HttpExchange): number | "timeout" | "not sent" {
    if (exchange.timedOut === true) {
        return "timeout";
    }
    return exchange.responseStatus ?? "not sent";
}

/** Keeps path and query of the stack's endpoint, swaps scheme and host for the receiver's. */
export function redirectToReceiver(url: string, receiverBaseUrl: string): string {
    const target = new URL(url);
    return `${receiverBaseUrl}${target.pathname}${target.search}`;
}

export async function deliver(
    receiver: Receiver,
    request: { method: string; url: string; headers: Readonly<Record<string, string>>; body?: string },
): Promise<HttpExchange> {
    let receiverUrl: string;
    try {
        receiverUrl = redirectToReceiver(request.url, receiver.baseUrl);
    } catch {
        const sent = { ...request, receiverUrl: "" };
        return { sent, error: `the rendered URL ${JSON.stringify(request.url)} is not an absolute URL` };
    }
    const sent: SentRequest = { ...request, receiverUrl };
    const before = receiver.received.length;
    try {
        const { status, body } = await send(receiverUrl, request.method, request.headers, request.body);
        return { sent, received: receiver.received[before], responseStatus: status, responseBody: body };
    } catch (error) {
        const received = receiver.received[before];
        if (received?.answer === "timeout") {
            return { sent, received, timedOut: true };
        }
        return { sent, error: `sending failed: ${(error as Error).message}` };
    }
}

function send(url: string, method: string, headers: Readonly<Record<string, string>>, body?: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
        const request = http.request(url, { method, headers: { ...headers } }, (response) => {
            const chunks: Buffer[] = [];
            response.on("data", (chunk: Buffer) => chunks.push(chunk));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
            response.on("error", reject);
        });
        request.on("error", reject);
        request.setTimeout(5000, () => request.destroy(new Error("receiver did not answer within 5 s")));
        request.end(body);
    });
}
