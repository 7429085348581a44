/**
 * What the local Genesys API serves for the doctor's workflow checks: a flow's lock on GET /api/v2/flows/{id},
 * a publish refused while the flow is locked, and each published version's configuration.
 */
import { orgWith } from "../../tools/localGenesys/orgState";
import { PlainHttpClient, startLocalApi } from "./plainHttpClient";

let client: PlainHttpClient;
afterEach(() => client.api.stop());

const LOCKED_FLOW = {
    id: "flow-locked",
    name: "Workflow conversation.id.acw (dev)",
    type: "WORKFLOW" as const,
    division: { id: "division-home", name: "Home" },
    publishedVersion: { id: "4.0" },
    checkedInVersion: { id: "4.0" },
    lockedUser: { id: "user-ann", name: "Ann Admin", version: 1 },
};

const YAML = [
    "workflow:",
    '  name: "Workflow conversation.id.acw (dev)"',
    "  division: Home",
    "  startUpRef: /workflow/states/state[Initial State_10]",
    "",
].join("\n");

async function publish(yaml: string): Promise<{ status: string; flow?: { id: string }; messages: { text: string }[] }> {
    const job = await client.call("POST", "/api/v2/flows/jobs");
    await fetch(job.body.presignedUrl, { method: "PUT", body: yaml });
    return (await client.call("GET", `/api/v2/flows/jobs/${job.body.id}`)).body;
}

describe("local Genesys API: flow locks and version configurations", () => {
    it("shows who holds a flow's lock, refuses to publish over it, and publishes once force-unlocked", async () => {
        client = await startLocalApi({ org: orgWith({ flows: [structuredClone(LOCKED_FLOW)] }) });
        const read = await client.call("GET", "/api/v2/flows/flow-locked");
        expect(read.body.lockedUser).toEqual({ id: "user-ann", name: "Ann Admin", version: 1 });

        const refused = await publish(YAML);
        expect(refused.status).toBe("Failure");
        expect(refused.messages).toEqual([
            { text: "Flow 'Workflow conversation.id.acw (dev)' is locked by user Ann Admin and cannot be published until it is unlocked." },
        ]);
        expect((await client.call("GET", "/api/v2/flows/flow-locked")).body.publishedVersion).toEqual({ id: "4.0" });

        expect((await client.call("POST", "/api/v2/flows/actions/unlock?flow=flow-locked")).status).toBe(200);
        expect((await client.call("GET", "/api/v2/flows/flow-locked")).body.lockedUser).toBeUndefined();
        const published = await publish(YAML);
        expect([published.status, published.flow?.id]).toEqual(["Success", "flow-locked"]);
    });

    it("keeps each published version's document as its configuration, 404 for a version it has none of", async () => {
        client = await startLocalApi();
        const first = await publish(YAML);
        const flowId = first.flow?.id ?? "";
        const configuration = await client.call("GET", `/api/v2/flows/${flowId}/versions/1.0/configuration`);
        expect(configuration.status).toBe(200);
        expect(configuration.body).toEqual({
            workflow: { name: "Workflow conversation.id.acw (dev)", division: "Home", startUpRef: "/workflow/states/state[Initial State_10]" },
        });
        const missing = await client.call("GET", `/api/v2/flows/${flowId}/versions/7.0/configuration`);
        expect(missing.status).toBe(404);
        expect(client.api.unknownCalls).toEqual([]);
    });

    it("serves a configuration a test seeds by hand", async () => {
        client = await startLocalApi({
            org: orgWith({ flows: [structuredClone(LOCKED_FLOW)], flowConfigurations: { "flow-locked": { "4.0": { hand: "written" } } } }),
        });
        expect((await client.call("GET", "/api/v2/flows/flow-locked/versions/4.0/configuration")).body).toEqual({ hand: "written" });
    });
});
