import { API_ROUTES } from "../../tools/localGenesys/localGenesysApi";
import { PlainHttpClient, startLocalApi } from "./plainHttpClient";

let client: PlainHttpClient;
beforeEach(async () => {
    client = await startLocalApi();
});
afterEach(() => client.api.stop());

describe("local Genesys API: calls it does not know", () => {
    it("answers 501 with a JSON body naming the method and path, and records the call", async () => {
        const answer = await client.call("GET", "/api/v2/routing/queues?pageSize=100");
        expect(answer.status).toBe(501);
        expect(answer.body).toEqual(expect.objectContaining({ status: 501, method: "GET", path: "/api/v2/routing/queues", message: expect.stringContaining("GET /api/v2/routing/queues") }));
        expect(client.api.unknownCalls).toEqual([{ method: "GET", path: "/api/v2/routing/queues", reason: expect.any(String) }]);
    });

    it("answers 501 for a known path with a method it does not take, even without a token", async () => {
        const answer = await client.call("PATCH", "/api/v2/organizations/me", { body: {}, token: null });
        expect([answer.status, answer.body.method, answer.body.path]).toEqual([501, "PATCH", "/api/v2/organizations/me"]);
    });

    it("does not read a literal word as an id: GET /api/v2/integrations/credentials is unknown, not integration 'credentials'", async () => {
        expect((await client.call("GET", "/api/v2/integrations/credentials")).status).toBe(501);
    });

    it("answers a bad JSON body with 400 naming the call, never 5xx", async () => {
        const answer = await client.call("POST", "/api/v2/integrations", { rawBody: "{not json" });
        expect(answer.status).toBe(400);
        expect(answer.body.message).toContain("POST /api/v2/integrations");
    });

    it("routes every documented pattern to exactly one route per method", () => {
        const keys = API_ROUTES.map((r) => `${r.method} ${r.pattern.toLowerCase()}`);
        expect(new Set(keys).size).toBe(keys.length);
    });
});
