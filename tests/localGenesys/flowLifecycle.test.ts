import * as fs from "node:fs";
import * as path from "node:path";
import { expectGone, PlainHttpClient, startLocalApi } from "./plainHttpClient";
import { REPO_ROOT } from "./runAgainstLocalApi";

let client: PlainHttpClient;
beforeEach(async () => {
    client = await startLocalApi();
});
afterEach(() => client.api.stop());

/** The project's workflow with the provider's `{{key}}` substitutions applied (provider util/files/util_files.go). */
function workflowYaml(name: string): string {
    const template = fs.readFileSync(path.join(REPO_ROOT, "components", "webhook", "handover-workflow.yaml"), "utf8");
    return template.split("{{workflow_name}}").join(name).split("{{division_name}}").join("Home");
}

/** genesys-api-calls.md, "genesyscloud_flow", steps 3 to 5: job, plain PUT of the YAML (no bearer token), job poll. */
async function deploy(yaml: string): Promise<{ jobId: string; job: { status: string; flow?: { id: string }; messages: { text: string }[] } }> {
    const job = await client.call("POST", "/api/v2/flows/jobs");
    expect(job.status).toBe(200);
    expect(job.body).toEqual(expect.objectContaining({ id: expect.any(String), presignedUrl: expect.any(String), headers: {} }));
    const upload = await fetch(job.body.presignedUrl, { method: "PUT", body: yaml });
    expect(upload.status).toBe(200);
    const status = await client.call("GET", `/api/v2/flows/jobs/${job.body.id}?expand=messages`);
    expect(status.status).toBe(200);
    return { jobId: job.body.id, job: status.body };
}

describe("local Genesys API: genesyscloud_flow", () => {
    it("deploys a workflow through a job, reads it, updates it in place, deletes it, then 404", async () => {
        const { job } = await deploy(workflowYaml("Workflow conversation.id.acw (dev)"));
        expect(job.status).toBe("Success");
        const flowId = job.flow?.id ?? "";
        expect(flowId).not.toBe("");

        const read = await client.call("GET", `/api/v2/flows/${flowId}?deleted=false`);
        expect(read.body).toEqual(expect.objectContaining({ id: flowId, name: "Workflow conversation.id.acw (dev)", type: "WORKFLOW", publishedVersion: { id: "1.0" } }));

        const again = await deploy(workflowYaml("Workflow conversation.id.acw (dev)"));
        expect(again.job.flow?.id).toBe(flowId);
        expect((await client.call("GET", `/api/v2/flows/${flowId}?deleted=false`)).body.publishedVersion).toEqual({ id: "2.0" });

        expect((await client.call("POST", `/api/v2/flows/actions/unlock?flow=${flowId}`)).status).toBe(200);
        expect((await client.call("DELETE", `/api/v2/flows/${flowId}`)).status).toBe(204);
        expectGone(await client.call("GET", `/api/v2/flows/${flowId}?deleted=false`));
        expect(client.api.unknownCalls).toEqual([]);
    });

    it("gives a renamed flow a new id and leaves the old flow in the org (our reading of Architect)", async () => {
        const first = await deploy(workflowYaml("Old name"));
        const renamed = await deploy(workflowYaml("New name"));
        expect(renamed.job.flow?.id).not.toBe(first.job.flow?.id);
        const listing = await client.call("GET", "/api/v2/flows?type=workflow&pageSize=500&pageNumber=1");
        expect(listing.body.entities.map((f: { name: string }) => f.name).sort()).toEqual(["New name", "Old name"]);
    });

    it("reports a file without a flow name as a failed job, with the reason in messages[].text", async () => {
        const { job } = await deploy("workflow:\n  division: Home\n");
        expect(job.status).toBe("Failure");
        expect(job.messages.map((m) => m.text).join(" ")).toContain("workflow.name");
        expect(job.flow).toBeUndefined();
    });

    it("keeps a job Started until its file arrives, and 404s an unknown job", async () => {
        const job = await client.call("POST", "/api/v2/flows/jobs", { body: {} });
        expect((await client.call("GET", `/api/v2/flows/jobs/${job.body.id}?expand=messages`)).body.status).toBe("Started");
        expectGone(await client.call("GET", "/api/v2/flows/jobs/no-such-job?expand=messages"));
    });
});
