import { expectGone, PlainHttpClient, startLocalApi } from "./plainHttpClient";

let client: PlainHttpClient;
beforeEach(async () => {
    client = await startLocalApi();
});
afterEach(() => client.api.stop());

/** The provider's path, with a capital A (genesys-api-calls.md, "genesyscloud_processautomation_trigger"). */
const PROVIDER_PATH = "/api/v2/processAutomation/triggers";

/** The body the provider sends: keys sorted, every criterion with all four keys, null when unset. */
function triggerBody() {
    return {
        description: "",
        enabled: true,
        eventTTLSeconds: 60,
        matchCriteria: [
            { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE", values: null },
            { jsonPath: "messageType", operator: "In", value: null, values: ["OPEN"] },
        ],
        name: "Trigger conversation.id.acw (dev)",
        target: { id: "flow-1", type: "Workflow", workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } },
        topicName: "v2.detail.events.conversation.{id}.acw",
    };
}

const CRITERIA_AS_READ = [
    { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
    { jsonPath: "messageType", operator: "In", values: ["OPEN"] },
];

describe("local Genesys API: genesyscloud_processautomation_trigger", () => {
    it("create, read (criteria as sent, nulls dropped), update with the current version, delete, then 404", async () => {
        const created = await client.call("POST", PROVIDER_PATH, { body: triggerBody() });
        expect(created.status).toBe(200);
        const id: string = created.body.id;
        expect(id).toEqual(expect.any(String));

        const read = await client.call("GET", `${PROVIDER_PATH}/${id}`);
        const { matchCriteria: _sent, ...rest } = triggerBody();
        expect(read.body).toEqual(expect.objectContaining({ ...rest, id, version: 1 }));
        expect(read.body.matchCriteria).toEqual(CRITERIA_AS_READ);
        // The provider's state is json.Marshal of this array: no "null" may reach it.
        expect(JSON.stringify(read.body.matchCriteria)).not.toContain("null");

        const updated = await client.call("PUT", `${PROVIDER_PATH}/${id}`, { body: { ...triggerBody(), enabled: false, version: read.body.version } });
        expect(updated.status).toBe(200);
        expect(updated.body).toEqual(expect.objectContaining({ id, enabled: false, version: 2 }));

        expect((await client.call("DELETE", `${PROVIDER_PATH}/${id}`)).status).toBe(204);
        expectGone(await client.call("GET", `${PROVIDER_PATH}/${id}`));
        expectGone(await client.call("DELETE", `${PROVIDER_PATH}/${id}`));
        expect(client.api.unknownCalls).toEqual([]);
    });

    it("refuses a PUT with a stale version: 409, JSON body, nothing changed", async () => {
        const { body } = await client.call("POST", PROVIDER_PATH, { body: triggerBody() });
        await client.call("PUT", `${PROVIDER_PATH}/${body.id}`, { body: { ...triggerBody(), version: 1 } });
        const stale = await client.call("PUT", `${PROVIDER_PATH}/${body.id}`, { body: { ...triggerBody(), name: "Lost update", version: 1 } });
        expect(stale.status).toBe(409);
        expect(stale.body).toEqual(expect.objectContaining({ status: 409, code: expect.any(String), message: expect.stringContaining("does not match the current version 2") }));
        expect((await client.call("GET", `${PROVIDER_PATH}/${body.id}`)).body).toEqual(expect.objectContaining({ name: triggerBody().name, version: 2 }));
    });

    it("routes the SDK's lowercase path to the same triggers and pages the listing with an after cursor", async () => {
        const ids: string[] = [];
        for (const name of ["a", "b", "c"]) {
            ids.push((await client.call("POST", PROVIDER_PATH, { body: { ...triggerBody(), name } })).body.id);
        }
        const first = await client.call("GET", `/api/v2/processautomation/triggers?topicName=${encodeURIComponent(triggerBody().topicName)}&pageSize=2`);
        expect(first.body.entities.map((t: { id: string }) => t.id)).toEqual(ids.slice(0, 2));
        const after = new URL(first.body.nextUri, "http://x").searchParams.get("after");
        const second = await client.call("GET", `/api/v2/processautomation/triggers?pageSize=2&after=${after}`);
        expect(second.body.entities.map((t: { id: string }) => t.id)).toEqual(ids.slice(2));
        expect(second.body.nextUri).toBeUndefined();
        expect((await client.call("GET", `/api/v2/processautomation/triggers/${ids[0]}`)).body.matchCriteria).toEqual(CRITERIA_AS_READ);
    });

    it("refuses (400) a trigger without name, target or criteria", async () => {
        for (const broken of [{ ...triggerBody(), name: "" }, { ...triggerBody(), target: {} }, { ...triggerBody(), matchCriteria: [] }]) {
            expect((await client.call("POST", PROVIDER_PATH, { body: broken })).status).toBe(400);
        }
    });

    it("tests a trigger and a topic with the stored criteria", async () => {
        const { body } = await client.call("POST", PROVIDER_PATH, { body: triggerBody() });
        const event = { mediaType: "MESSAGE", messageType: "OPEN" };
        const triggerTest = await client.call("POST", `/api/v2/processautomation/triggers/${body.id}/test`, { rawBody: JSON.stringify(event) });
        expect(triggerTest.body.triggerMatches).toBe(true);
        const topic = encodeURIComponent(triggerBody().topicName);
        const topicTest = await client.call("POST", `/api/v2/processautomation/triggers/topics/${topic}/test`, { rawBody: JSON.stringify({ ...event, messageType: "WEBMESSAGING" }) });
        expect(topicTest.body.triggerMatchValidation.unmatchedTriggers.map((t: { id: string }) => t.id)).toEqual([body.id]);
    });
});
