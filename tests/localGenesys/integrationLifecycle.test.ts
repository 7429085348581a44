import { expectGone, PlainHttpClient, startLocalApi } from "./plainHttpClient";

let client: PlainHttpClient;
beforeEach(async () => {
    client = await startLocalApi();
});
afterEach(() => client.api.stop());

/** genesys-api-calls.md, "genesyscloud_integration": the provider's call sequence, replayed. */
describe("local Genesys API: genesyscloud_integration", () => {
    it("create, configure, enable, read, update, delete, then 404", async () => {
        const created = await client.call("POST", "/api/v2/integrations", { body: { integrationType: { id: "custom-rest-actions" } } });
        expect(created.status).toBe(200);
        const id: string = created.body.id;
        expect(id).toEqual(expect.any(String));

        // The config step: every field the provider dereferences is non-null.
        const config = await client.call("GET", `/api/v2/integrations/${id}/config/current`);
        expect(config.status).toBe(200);
        for (const field of ["name", "notes", "properties", "advanced", "credentials"]) {
            expect(config.body[field]).not.toBeNull();
            expect(config.body[field]).toBeDefined();
        }
        const put = await client.call("PUT", `/api/v2/integrations/${id}/config/current`, {
            body: { name: "Web Services Data Actions (dev)", notes: "", version: config.body.version, properties: {}, advanced: {}, credentials: { basicAuth: { id: "cred-1" } } },
        });
        expect(put.status).toBe(200);
        expect(put.body.version).toBe(config.body.version + 1);

        const patched = await client.call("PATCH", `/api/v2/integrations/${id}?pageSize=25&pageNumber=1`, { body: { intendedState: "ENABLED" } });
        expect(patched.status).toBe(200);

        const read = await client.call("GET", `/api/v2/integrations/${id}?pageSize=100&pageNumber=1`);
        expect(read.body).toEqual(expect.objectContaining({ id, name: "Web Services Data Actions (dev)", integrationType: { id: "custom-rest-actions" }, intendedState: "ENABLED" }));
        const readConfig = await client.call("GET", `/api/v2/integrations/${id}/config/current`);
        expect(readConfig.body).toEqual(expect.objectContaining({ name: "Web Services Data Actions (dev)", notes: "", properties: {}, advanced: {}, credentials: { basicAuth: { id: "cred-1" } } }));

        // Update: an empty name and empty properties keep the current values; notes and properties given are kept as sent.
        const update = await client.call("PUT", `/api/v2/integrations/${id}/config/current`, {
            body: { name: "", notes: "changed", version: readConfig.body.version, properties: { a: 1 }, advanced: {}, credentials: {} },
        });
        expect(update.body).toEqual(expect.objectContaining({ name: "Web Services Data Actions (dev)", notes: "changed", properties: { a: 1 }, version: readConfig.body.version + 1 }));
        const stale = await client.call("PUT", `/api/v2/integrations/${id}/config/current`, { body: { name: "x", notes: "", version: readConfig.body.version, properties: {}, advanced: {}, credentials: {} } });
        expect(stale.status).toBe(409);
        expect(stale.body).toEqual(expect.objectContaining({ status: 409, message: expect.stringContaining("does not match the current version") }));

        expect((await client.call("DELETE", `/api/v2/integrations/${id}`)).status).toBe(200);
        expectGone(await client.call("GET", `/api/v2/integrations/${id}?pageSize=100&pageNumber=1`));
        expectGone(await client.call("GET", `/api/v2/integrations/${id}/config/current`));
        // A second delete fails (the provider treats any delete error as a failure, so it never sends one).
        expectGone(await client.call("DELETE", `/api/v2/integrations/${id}`));
        expect(client.api.unknownCalls).toEqual([]);
    });

    it("refuses a create without integrationType.id (400, JSON)", async () => {
        const answer = await client.call("POST", "/api/v2/integrations", { body: {} });
        expect(answer.status).toBe(400);
        expect(answer.body.message).toContain("integrationType.id");
    });
});

/** genesys-api-calls.md, "genesyscloud_integration_credential". */
describe("local Genesys API: genesyscloud_integration_credential", () => {
    it("create, read (name and type exactly as sent, no field values), update, delete, then 404", async () => {
        const sent = { name: "Cognigy basic auth", type: { name: "basicAuth" }, credentialFields: { userName: "u", password: "secret-value" } };
        const created = await client.call("POST", "/api/v2/integrations/credentials", { body: sent });
        expect(created.status).toBe(200);
        const id: string = created.body.id;
        const read = await client.call("GET", `/api/v2/integrations/credentials/${id}`);
        expect(read.body).toEqual(expect.objectContaining({ id, name: "Cognigy basic auth", type: { name: "basicAuth" } }));
        expect(read.text).not.toContain("secret-value");

        const updated = await client.call("PUT", `/api/v2/integrations/credentials/${id}`, { body: { ...sent, name: "" } });
        expect(updated.status).toBe(200);
        expect((await client.call("GET", `/api/v2/integrations/credentials/${id}`)).body.name).toBe("");

        expect((await client.call("DELETE", `/api/v2/integrations/credentials/${id}`)).status).toBe(204);
        expectGone(await client.call("GET", `/api/v2/integrations/credentials/${id}`));
        expect(JSON.stringify(client.api.org)).not.toContain("secret-value");
    });

    it("refuses a credential without type.name (400)", async () => {
        expect((await client.call("POST", "/api/v2/integrations/credentials", { body: { name: "x" } })).status).toBe(400);
    });
});
