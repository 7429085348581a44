import { expectGone, PlainHttpClient, startLocalApi } from "./plainHttpClient";

let client: PlainHttpClient;
let integrationId: string;
beforeEach(async () => {
    client = await startLocalApi();
    integrationId = (await client.call("POST", "/api/v2/integrations", { body: { integrationType: { id: "custom-rest-actions" } } })).body.id;
});
afterEach(() => client.api.stop());

/** The body genesyscloud_integration_action sends (genesys-api-calls.md, "genesyscloud_integration_action", Create). */
function actionBody() {
    return {
        name: "Send Event to Cognigy",
        category: "Web Services Data Actions (dev)",
        integrationId,
        secure: false,
        config: {
            timeoutSeconds: 20,
            request: {
                requestUrlTemplate: "https://endpoint-dev.example/handover/genesysCloudOM",
                requestTemplate: '{"userId": "${input.userId}"}',
                requestType: "POST",
                headers: { "Content-Type": "application/json" } as Record<string, string>,
            },
            response: { translationMap: {}, translationMapDefaults: {}, successTemplate: "${rawResult}" },
        },
        contract: {
            output: { successSchema: { type: "object", properties: {} } },
            input: { inputSchema: { type: "object", title: "Input", additionalProperties: true, required: ["userId"], properties: { userId: { type: "string" } } } },
        },
    };
}

describe("local Genesys API: genesyscloud_integration_action (not a function data action)", () => {
    it("create, read with config and contract echoed, templates as raw text, update, delete, then 404", async () => {
        const sent = actionBody();
        const created = await client.call("POST", "/api/v2/integrations/actions", { body: sent });
        expect(created.status).toBe(200);
        const id: string = created.body.id;
        expect(id).toEqual(expect.any(String));

        const read = await client.call("GET", `/api/v2/integrations/actions/${id}?expand=contract&includeConfig=true`);
        expect(read.status).toBe(200);
        expect(read.body).toEqual(expect.objectContaining({ id, name: sent.name, category: sent.category, integrationId, secure: false, version: 1 }));
        expect(read.body.config).toEqual(sent.config);
        expect(read.body.contract).toEqual(sent.contract);
        expect(read.body.config.request.requestUrlTemplate).toBe(sent.config.request.requestUrlTemplate);

        const requestTemplate = await client.call("GET", `/api/v2/integrations/actions/${id}/templates/requesttemplate.vm`);
        expect([requestTemplate.status, requestTemplate.text]).toEqual([200, sent.config.request.requestTemplate]);
        const successTemplate = await client.call("GET", `/api/v2/integrations/actions/${id}/templates/successtemplate.vm`);
        expect([successTemplate.status, successTemplate.text]).toEqual([200, "${rawResult}"]);

        // Update: GET for the version, then PATCH {category, name, config, version}.
        const config = { ...sent.config, request: { ...sent.config.request, requestUrlTemplate: "https://endpoint-prod.example/x" } };
        const patched = await client.call("PATCH", `/api/v2/integrations/actions/${id}`, { body: { category: sent.category, name: "Renamed", config, version: 1 } });
        expect(patched.status).toBe(200);
        expect(patched.body.version).toBe(2);
        const stale = await client.call("PATCH", `/api/v2/integrations/actions/${id}`, { body: { category: sent.category, name: "Again", config, version: 1 } });
        expect(stale.status).toBe(409);
        const reread = await client.call("GET", `/api/v2/integrations/actions/${id}?expand=contract&includeConfig=true`);
        expect(reread.body).toEqual(expect.objectContaining({ name: "Renamed", version: 2, config, contract: sent.contract }));

        expect((await client.call("DELETE", `/api/v2/integrations/actions/${id}`)).status).toBe(204);
        expectGone(await client.call("GET", `/api/v2/integrations/actions/${id}?expand=contract&includeConfig=true`));
        expectGone(await client.call("GET", `/api/v2/integrations/actions/${id}/templates/requesttemplate.vm`));
        expectGone(await client.call("DELETE", `/api/v2/integrations/actions/${id}`));
        expect(client.api.unknownCalls).toEqual([]);
    });

    it("echoes a missing config as {} and empty strings inside a present block as sent", async () => {
        const { config: _config, ...withoutConfig } = actionBody();
        const bare = await client.call("POST", "/api/v2/integrations/actions", { body: withoutConfig });
        const bareRead = await client.call("GET", `/api/v2/integrations/actions/${bare.body.id}?expand=contract&includeConfig=true`);
        expect(bareRead.body.config).toEqual({});
        expect((await client.call("GET", `/api/v2/integrations/actions/${bare.body.id}/templates/successtemplate.vm`)).text).toBe("");

        const empty = actionBody();
        empty.config.request = { requestUrlTemplate: "", requestTemplate: "", requestType: "POST", headers: {} };
        const created = await client.call("POST", "/api/v2/integrations/actions", { body: empty });
        const read = await client.call("GET", `/api/v2/integrations/actions/${created.body.id}?expand=contract&includeConfig=true`);
        expect(read.body.config.request).toEqual({ requestUrlTemplate: "", requestTemplate: "", requestType: "POST", headers: {} });
    });

    it("leaves the contract out without expand=contract and the config without includeConfig=true", async () => {
        const created = await client.call("POST", "/api/v2/integrations/actions", { body: actionBody() });
        const plain = await client.call("GET", `/api/v2/integrations/actions/${created.body.id}`);
        expect(plain.body.id).toBe(created.body.id);
        expect(plain.body.contract).toBeUndefined();
        expect(plain.body.config).toBeUndefined();
    });

    it("refuses (400) an action of an unknown integration and a request block without requestUrlTemplate", async () => {
        const unknownIntegration = await client.call("POST", "/api/v2/integrations/actions", { body: { ...actionBody(), integrationId: "no-such-integration" } });
        expect(unknownIntegration.status).toBe(400);
        const body = actionBody() as { config: { request: Record<string, unknown> } };
        delete body.config.request.requestUrlTemplate;
        const noUrl = await client.call("POST", "/api/v2/integrations/actions", { body });
        expect(noUrl.status).toBe(400);
        expect(noUrl.body.message).toContain("requestUrlTemplate");
    });

    it("answers the function data action draft calls with 501: they are not part of this API", async () => {
        const draft = await client.call("POST", "/api/v2/integrations/actions/drafts", { body: actionBody() });
        expect(draft.status).toBe(501);
        expect(client.api.unknownCalls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /api/v2/integrations/actions/drafts"]);
    });
});
