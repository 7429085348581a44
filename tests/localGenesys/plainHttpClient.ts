import { LocalGenesysApi, LocalGenesysOptions } from "../../tools/localGenesys/localGenesysApi";
import { DEFAULT_CREDENTIALS } from "../../tools/localGenesys/authentication";

/** An answer of the local API. */
export interface Answer {
    readonly status: number;
    readonly text: string;
    readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form JSON read the way the provider dereferences it; every read is asserted
}

export interface CallOptions {
    readonly body?: unknown;
    /** Default: the fixed access token (the provider's `access_token` setting). `null`: no Authorization header. */
    readonly token?: string | null;
    readonly rawBody?: string;
}

/** A started local API and a plain `fetch` caller, as the provider's raw HTTP calls would reach it. */
export interface PlainHttpClient {
    readonly api: LocalGenesysApi;
    call(method: string, path: string, options?: CallOptions): Promise<Answer>;
}

export async function startLocalApi(options: LocalGenesysOptions = {}): Promise<PlainHttpClient> {
    const api = new LocalGenesysApi(options);
    const baseUrl = await api.start();
    return {
        api,
        async call(method, path, callOptions = {}) {
            const token = callOptions.token === undefined ? (options.accessToken ?? DEFAULT_CREDENTIALS.accessToken) : callOptions.token;
            const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
            let body: string | undefined = callOptions.rawBody;
            if (callOptions.body !== undefined) {
                headers["Content-Type"] = "application/json";
                body = JSON.stringify(callOptions.body);
            }
            const response = await fetch(path.startsWith("http") ? path : `${baseUrl}${path}`, { method, headers, body });
            const text = await response.text();
            let parsed: unknown;
            try {
                parsed = text === "" ? undefined : JSON.parse(text);
            } catch {
                parsed = undefined;
            }
            return { status: response.status, text, body: parsed };
        },
    };
}

/** A 404 the provider recognises as "gone": JSON with message, code and status (genesys-api-calls.md, Common transport). */
export function expectGone(answer: Answer): void {
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(expect.objectContaining({ status: 404, code: expect.any(String), message: expect.any(String) }));
}
