/**
 * What a route answers, and the API's error shape. genesys-api-calls.md, "Common transport": the SDKs turn a
 * non-2xx JSON body `{message, code, status}` into `API Error: <status> - <message>`, and the provider finds a
 * deleted object by `API Error: 404` in that text, so every error here is JSON with those three fields.
 */
import type { Models } from "purecloud-platform-client-v2";

export interface ApiResponse {
    readonly status: number;
    /** Sent as JSON unless `text` is set. */
    readonly body?: unknown;
    /** A plain-text body (data action templates). */
    readonly text?: string;
}

export function ok(body: unknown): ApiResponse {
    return { status: 200, body };
}

export function noContent(): ApiResponse {
    return { status: 204 };
}

export function plainText(text: string): ApiResponse {
    return { status: 200, text };
}

export function errorBody(status: number, code: string, message: string): Models.ErrorBody {
    return { status, code, message, messageParams: {}, contextId: "local-genesys", details: [], errors: [] };
}

export function apiError(status: number, code: string, message: string): ApiResponse {
    return { status, body: errorBody(status, code, message) };
}

/** A route's refusal (400, 404, 409, ...): thrown by a handler, answered by the server. */
export class ApiFailure extends Error {
    constructor(readonly response: ApiResponse) {
        super(`HTTP ${response.status}`);
        this.name = "ApiFailure";
    }
}

export function notFound(kind: string, id: string): ApiFailure {
    return new ApiFailure(apiError(404, "not.found", `${kind} ${id} not found`));
}

export function badRequest(message: string): ApiFailure {
    return new ApiFailure(apiError(400, "bad.request", message));
}

/**
 * A stale `version`. 409 is what util/util_retries.go `IsVersionMismatch` accepts (genesys-api-calls.md,
 * "Common transport"); the message also carries the 400 variant's wording.
 */
export function versionConflict(kind: string, id: string, sent: unknown, current: number | undefined): ApiFailure {
    return new ApiFailure(
        apiError(409, "version.mismatch", `${kind} ${id}: version ${JSON.stringify(sent)} does not match the current version ${current ?? "(none)"}`),
    );
}
