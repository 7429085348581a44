import * as http from "node:http";
import { PlainHttpClient, startLocalApi } from "./plainHttpClient";

let client: PlainHttpClient;
beforeEach(async () => {
    client = await startLocalApi();
});
afterEach(() => client.api.stop());

/** Sends `path` byte for byte (fetch would normalise it), without any Authorization header. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
    const { port } = new URL(client.api.baseUrl);
    return new Promise((resolve, reject) => {
        const request = http.request({ host: "127.0.0.1", port: Number(port), path, method: "GET" }, (response) => {
            let body = "";
            response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
            response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        });
        request.on("error", reject);
        request.end();
    });
}

describe("local Genesys API: malformed requests", () => {
    it.each([
        ["a truncated %-escape", "/api/v2/integrations/%E0%A4%A"],
        ["a %-escape that is no hex", "/api/v2/integrations/actions/%ZZ"],
        ["a lone %", "/api/v2/flows/%"],
    ])("answers %s in a path parameter with 400 naming the segment, before authentication, and keeps serving", async (_what, path) => {
        const answer = await rawGet(path);
        expect(answer.status).toBe(400);
        const body = JSON.parse(answer.body) as { status: number; code: string; message: string };
        expect(body).toMatchObject({ status: 400, code: "bad.request", message: expect.stringContaining("has a malformed %-escape") });
        expect(body.message).toContain(`GET ${path}`);
        // The server is still up and answers the next call.
        expect((await client.call("GET", "/api/v2/organizations/me")).status).toBe(200);
    });
});
