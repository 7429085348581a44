import { PlainHttpClient, startLocalApi } from "./plainHttpClient";

/** genesys-api-calls.md, "Provider configure" and "data source genesyscloud_organizations_me". */
describe("local Genesys API: the provider's configure step", () => {
    let client: PlainHttpClient;
    beforeAll(async () => {
        client = await startLocalApi({ clientId: "sandbox-client", clientSecret: "sandbox-secret", accessToken: "fixed-token" });
    });
    afterAll(() => client.api.stop());

    async function login(id: string, secret: string, grant = "grant_type=client_credentials") {
        const response = await fetch(`${client.api.baseUrl}/oauth/token`, {
            method: "POST",
            headers: { Authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`, "Content-Type": "application/x-www-form-urlencoded" },
            body: grant,
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    }

    it("logs in with client credentials: a token with a long expires_in, usable as a bearer token", async () => {
        const { status, body } = await login("sandbox-client", "sandbox-secret");
        expect(status).toBe(200);
        expect(body.expires_in).toBeGreaterThanOrEqual(86000);
        expect(typeof body.access_token).toBe("string");
        const me = await client.call("GET", "/api/v2/organizations/me", { token: body.access_token as string });
        expect(me.status).toBe(200);
    });

    it("refuses a wrong secret or grant with 401, and a call without a known token with a JSON 401", async () => {
        expect((await login("sandbox-client", "other")).status).toBe(401);
        expect((await login("sandbox-client", "sandbox-secret", "grant_type=password")).status).toBe(401);
        const anonymous = await client.call("GET", "/api/v2/organizations/me", { token: null });
        expect(anonymous.status).toBe(401);
        expect(anonymous.body).toEqual(expect.objectContaining({ status: 401, code: "bad.credentials" }));
        expect((await client.call("GET", "/api/v2/organizations/me", { token: "made-up" })).status).toBe(401);
    });

    it("accepts the fixed access token without a login (the provider's access_token setting)", async () => {
        const me = await client.call("GET", "/api/v2/organizations/me", { token: "fixed-token" });
        expect(me.status).toBe(200);
    });

    it("answers organizations/me with the fields the provider and the data source read, defaultCountryCode included", async () => {
        const { body } = await client.call("GET", "/api/v2/organizations/me");
        expect(body).toEqual(
            expect.objectContaining({
                id: expect.any(String),
                name: expect.any(String),
                defaultLanguage: expect.any(String),
                defaultCountryCode: expect.any(String),
                domain: expect.any(String),
                thirdPartyOrgName: expect.any(String),
                voicemailEnabled: expect.any(Boolean),
                productPlatform: expect.any(String),
            }),
        );
    });

    it("answers authorization/products with total and entities[].id", async () => {
        const { status, body } = await client.call("GET", "/api/v2/authorization/products");
        expect(status).toBe(200);
        expect(body.total).toBe(body.entities.length);
        expect(body.entities.length).toBeGreaterThan(0);
        for (const product of body.entities) {
            expect(typeof product.id).toBe("string");
        }
    });
});
