import { orgWith } from "../../tools/localGenesys/orgState";
import { expectGone, PlainHttpClient, startLocalApi } from "./plainHttpClient";

let client: PlainHttpClient;
afterEach(() => client.api.stop());

const WORKFLOW = { id: "wf-1", name: "Workflow conversation.id.acw", type: "WORKFLOW" as const, publishedVersion: { id: "3.0" } };

describe("local Genesys API: genesyscloud_flow_loglevel (provider flow_loglevel proxy)", () => {
    beforeEach(async () => {
        client = await startLocalApi({ org: orgWith({ flows: [WORKFLOW] }) });
    });

    it("creates, reads, updates and deletes a flow's log level, then 404", async () => {
        const path = "/api/v2/flows/wf-1/instances/settings/loglevels";
        expect((await client.call("GET", path)).status).toBe(404);
        const created = await client.call("POST", path, { body: { logLevelCharacteristics: { level: "Base" } } });
        expect(created.status).toBe(200);
        expect(created.body).toEqual(expect.objectContaining({ id: "wf-1", logLevelCharacteristics: { level: "Base" } }));
        await client.call("PUT", path, { body: { logLevelCharacteristics: { level: "All" } } });
        expect((await client.call("GET", path)).body.logLevelCharacteristics).toEqual({ level: "All" });
        expect((await client.call("DELETE", path)).status).toBe(204);
        expectGone(await client.call("GET", path));
    });

    it("refuses a log level without a level, and one for a flow that does not exist", async () => {
        expect((await client.call("POST", "/api/v2/flows/wf-1/instances/settings/loglevels", { body: { logLevelCharacteristics: {} } })).status).toBe(400);
        expect((await client.call("POST", "/api/v2/flows/nope/instances/settings/loglevels", { body: { logLevelCharacteristics: { level: "All" } } })).status).toBe(404);
    });
});

describe("local Genesys API: flow execution history and launches", () => {
    beforeEach(async () => {
        client = await startLocalApi({
            org: orgWith({
                flows: [WORKFLOW],
                flowInstances: [
                    { id: "old", flowId: "wf-1", conversationId: "c-1", startDateTime: "2026-12-07T09:00:00.000Z", flowErrorReason: "NONE" },
                    { id: "new", flowId: "wf-1", conversationId: "c-2", startDateTime: "2026-12-07T10:00:00.000Z", flowErrorReason: "Error.X", executionData: { flow: { conversationId: "c-2" } } },
                    { id: "other", flowId: "wf-2", startDateTime: "2026-12-07T11:00:00.000Z" },
                ],
            }),
        });
    });

    it("answers the query newest first with the matching executions and the total, without the execution data", async () => {
        const answer = await client.call("POST", "/api/v2/flows/instances/query?pageSize=1", { body: { query: [{ criteria: { key: "FlowId", operator: "eq", value: "wf-1" } }] } });
        expect(answer.status).toBe(200);
        expect(answer.body).toEqual({
            entities: [{ id: "new", flowId: "wf-1", conversationId: "c-2", startDateTime: "2026-12-07T10:00:00.000Z", flowErrorReason: "Error.X" }],
            pageSize: 1,
            pageNumber: 1,
            total: 2,
            pageCount: 2,
        });
    });

    it("ANDs the groups, treats a missing error reason as NONE, and strips entries with indexOnly", async () => {
        const answer = await client.call("POST", "/api/v2/flows/instances/query?indexOnly=true", {
            body: { query: [{ criteria: { key: "FlowId", operator: "eq", value: "wf-2" } }, { criteria: { key: "FlowErrorReason", operator: "eq", value: "NONE" } }] },
        });
        expect(answer.body.entities).toEqual([{ id: "other" }]);
    });

    it("refuses a criteria key or operator it does not know (400), and an empty query", async () => {
        const unknownKey = await client.call("POST", "/api/v2/flows/instances/query", { body: { query: [{ criteria: { key: "StartDate", operator: "eq", value: "x" } }] } });
        expect(unknownKey.status).toBe(400);
        expect(unknownKey.body.message).toContain('unknown criteria key "StartDate"');
        expect((await client.call("POST", "/api/v2/flows/instances/query", { body: { query: [{ criteria: { key: "FlowId", operator: "gt", value: "x" } }] } })).status).toBe(400);
        expect((await client.call("POST", "/api/v2/flows/instances/query", { body: { query: [] } })).status).toBe(400);
    });

    it("prepares the execution data as a job with a download link", async () => {
        const started = await client.call("GET", "/api/v2/flows/instances/new");
        expect(started.body).toEqual({ id: "execution-data-job-new", jobState: "Running", selfUri: "/api/v2/flows/instances/jobs/execution-data-job-new" });
        const job = await client.call("GET", "/api/v2/flows/instances/jobs/execution-data-job-new");
        expect(job.body.jobState).toBe("Success");
        const download = await fetch(job.body.entities[0].downloadUri);
        expect(await download.json()).toEqual({ flow: { conversationId: "c-2" } });
        const none = await client.call("GET", "/api/v2/flows/instances/jobs/execution-data-job-old");
        expect(none.body.entities).toEqual([{ id: "old", failed: true, statusCode: "404" }]);
    });

    it("prepares several executions' data in one job; an id without data, or not in the org, is a failed entity", async () => {
        const started = await client.call("POST", "/api/v2/flows/instances/jobs", { body: { ids: ["new", "old", "missing"] } });
        expect(started.status).toBe(200);
        expect(started.body.jobState).toBe("Running");
        const job = await client.call("GET", `/api/v2/flows/instances/jobs/${started.body.id as string}`);
        expect(job.body.jobState).toBe("Success");
        expect(job.body.entities).toEqual([
            { id: "new", failed: false, downloadUri: expect.stringMatching(/\/local-genesys\/downloads\/flows\/instances\/new$/) },
            { id: "old", failed: true, statusCode: "404" },
            { id: "missing", failed: true, statusCode: "404" },
        ]);
        expect(await (await fetch(job.body.entities[0].downloadUri)).json()).toEqual({ flow: { conversationId: "c-2" } });
    });

    it("refuses a batch job without ids, with ids that are not strings, or with more than 50", async () => {
        for (const body of [{}, { ids: [] }, { ids: [1] }, { ids: Array.from({ length: 51 }, (_, n) => `i-${n}`) }]) {
            expect((await client.call("POST", "/api/v2/flows/instances/jobs", { body })).status).toBe(400);
        }
        expect((await client.call("GET", "/api/v2/flows/instances/jobs/unknown-job")).status).toBe(404);
    });

    it("records a launch of a published workflow and lists it as a clean execution", async () => {
        const launched = await client.call("POST", "/api/v2/flows/executions", { body: { flowId: "wf-1", name: "Replay", inputData: { "Flow.addressTo": "x" } } });
        expect(launched.status).toBe(200);
        expect(launched.body).toEqual(expect.objectContaining({ name: "Replay", flowVersion: { id: "3.0" } }));
        expect(client.api.org.flowLaunches).toEqual([{ id: launched.body.id, flowId: "wf-1", name: "Replay", inputData: { "Flow.addressTo": "x" }, launchedAt: expect.any(String) }]);
        const listed = await client.call("POST", "/api/v2/flows/instances/query", { body: { query: [{ criteria: { key: "FlowId", operator: "eq", value: "wf-1" } }] } });
        expect(listed.body.entities[0]).toEqual(expect.objectContaining({ id: launched.body.id, name: "Replay", flowErrorReason: "NONE" }));
        expect((await client.call("POST", "/api/v2/flows/executions", { body: { flowId: "nope" } })).status).toBe(404);
    });

    it("reports the org's execution data setting", async () => {
        expect((await client.call("GET", "/api/v2/flows/instances/settings/executiondata")).body).toEqual({ id: "executiondata", name: "Execution data", enabled: true });
    });
});
