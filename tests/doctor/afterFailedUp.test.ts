/**
 * After a failed `pulumi up`: the doctor, given the stack's state (`--state`, a `pulumi stack export` file), lists
 * what the org holds under the stack's names that the state does not track, with the command that settles each.
 * Orgs and state files are written by hand (handWrittenDevOrg.ts); the expectation is the dev stack's program.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { doctorCommand } from "../../tools/doctor/doctorCommand";
import { DoctorReport } from "../../tools/doctor/doctorReport";
import { OrgState } from "../../tools/localGenesys/orgState";
import { REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";
import { deployedDevOrg, DEV, devStackExport, handWrittenFlow, handWrittenTrigger } from "./handWrittenDevOrg";

let declared: DeclaredStack;
let workDir: string;

beforeAll(async () => {
    declared = await loadDeclaredStack(REPO_ROOT, "dev");
});
beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "doctor-state-"));
});
afterEach(() => fs.rmSync(workDir, { recursive: true, force: true }));

const ALL_TRACKED = { integration: "int-1", action: "act-1", workflowAcw: "flow-acw", workflowUserEnd: "flow-user-end", triggerAcw: "trg-acw", triggerUserEnd: "trg-user-end" };

function stateFile(exported: object): string {
    const file = path.join(workDir, "dev-state.json");
    fs.writeFileSync(file, JSON.stringify(exported));
    return file;
}

async function doctorWithState(org: OrgState, exported: object): Promise<{ code: number; report: DoctorReport; stdout: string }> {
    const run = await runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", "--json", "--state", stateFile(exported)]);
    expect(run.stderr).toBe("");
    return { code: run.code, report: JSON.parse(run.stdout) as DoctorReport, stdout: run.stdout };
}

describe("doctor --state: what the org holds under the stack's names that its state does not track", () => {
    it("finds nothing untracked when the state tracks every object the org holds under the stack's names", async () => {
        const { report } = await doctorWithState(deployedDevOrg(), devStackExport(ALL_TRACKED));
        expect(report.stateFile).toBe(path.join(workDir, "dev-state.json"));
        expect(report.untracked).toEqual([]);
        expect(report.findings.filter((f) => f.includes("state"))).toEqual([]);
    });

    it("names a trigger left by a create that failed after Genesys made it: a copy to delete, not a bare duplicate (exit 1)", async () => {
        const org = deployedDevOrg();
        // The first up's POST succeeded and its read-back failed: the bridge dropped the id; the retry made trg-acw.
        org.triggers.push(handWrittenTrigger("trg-acw-leftover", DEV.triggerAcw, DEV.topicAcw, "flow-acw"));
        const { code, report } = await doctorWithState(org, devStackExport(ALL_TRACKED));
        expect(code).toBe(1);
        expect(report.untracked?.map((u) => [u.kind, u.id, u.trackedId, u.logicalName])).toEqual([["trigger", "trg-acw-leftover", "trg-acw", "handover-webhook-trigger-acw"]]);
        expect(report.findings).toContain(
            'trigger "Trigger conversation.id.acw (dev)" trg-acw-leftover (handover-webhook-trigger-acw) is a copy the stack\'s state does not track ' +
                "(it tracks trg-acw): left by a create that failed after Genesys made it, or made by hand. While enabled it delivers every handover end " +
                "a second time. Fix: delete it (Admin > Process Automation > Triggers, or DELETE /api/v2/processautomation/triggers/trg-acw-leftover).",
        );
        expect(report.findings.join("\n")).not.toContain("exists 2 times");
    });

    it("after a first up that failed past the integration's POST: adopt it or delete it, and name the actions that belong to it", async () => {
        const org = deployedDevOrg();
        org.integrations[0].intendedState = "DISABLED";
        org.flows = [];
        org.triggers = [];
        const { code, report } = await doctorWithState(org, devStackExport({}));
        expect(code).toBe(1);
        expect(report.untracked?.map((u) => [u.kind, u.id, u.trackedId])).toEqual([
            ["integration", "int-1", undefined],
            ["data action", "act-1", undefined],
        ]);
        const integration = report.findings.find((f) => f.startsWith('integration "Web Services Data Actions Integration (dev)" int-1'));
        expect(integration).toBe(
            'integration "Web Services Data Actions Integration (dev)" int-1 (handover-webhook-integration) is not in the stack\'s state, so the next ' +
                "pulumi up creates a second one beside it (a create that failed after Genesys made the object leaves it so). Data actions " +
                '"Send Event to Cognigy [contract 739f49e] (dev)" (act-1) belong to it: adopt or delete those first. Fix: npm run adopt -- --stack dev, ' +
                "then the pulumi import it prints; or delete it (Admin > Integrations, or DELETE /api/v2/integrations/int-1).",
        );
    });

    it("a hand-built workflow with a declared name: a first up would take it over; adopt it or rename, never delete it while a trigger starts it", async () => {
        const org = deployedDevOrg();
        org.integrations = [];
        org.actions = [];
        org.flows = [handWrittenFlow("flow-by-hand", DEV.workflowAcw)];
        org.triggers = [handWrittenTrigger("trg-by-hand", "Handover ended (built by hand)", DEV.topicAcw, "flow-by-hand")];
        const { report } = await doctorWithState(org, devStackExport({}));
        const [workflow] = report.untracked ?? [];
        expect([workflow.kind, workflow.id, workflow.startedBy]).toEqual(["workflow", "flow-by-hand", ['"Handover ended (built by hand)" (trg-by-hand)']]);
        expect(workflow.finding).toBe(
            'workflow "Workflow conversation.id.acw (dev)" flow-by-hand (handover-webhook-workflow-acw) is not in the stack\'s state: a first pulumi up ' +
                "publishes over it and takes it over (creating a flow is a publish by name), and a later destroy deletes it. Triggers " +
                '"Handover ended (built by hand)" (trg-by-hand) start it: leave it in place. Fix: if it is the setup this stack replaces, npm run adopt -- ' +
                "--stack dev, then the pulumi import it prints; if it belongs to someone else, give this stack other names (nameSuffix) so it creates its own.",
        );
        expect(report.findings).toContain(workflow.finding);
    });

    it("never tells an admin to delete a workflow: not even when the state tracks another flow for it", async () => {
        const org = deployedDevOrg();
        org.flows[0] = handWrittenFlow("flow-acw-new", DEV.workflowAcw);
        org.triggers[0].target = { type: "Workflow", id: "flow-acw-new" };
        const { report } = await doctorWithState(org, devStackExport(ALL_TRACKED));
        expect(report.untracked?.map((u) => [u.id, u.trackedId])).toEqual([["flow-acw-new", "flow-acw"]]);
        const finding = report.untracked?.[0].finding ?? "";
        expect(finding).toContain("Fix: pulumi refresh --stack dev, then run the doctor again; do not delete a workflow a trigger still starts.");
        expect(finding).toContain('Triggers "Trigger conversation.id.acw (dev)" (trg-acw) start it: leave it in place.');
        expect(report.findings.join("\n")).not.toMatch(/workflow[^\n]*delete it \(/);
    });

    it("without --state says how to get one, and lists nothing as untracked", async () => {
        const run = await runAgainstLocalApi(doctorCommand, declared, deployedDevOrg(), ["--stack", "dev", "--json"]);
        const report = JSON.parse(run.stdout) as DoctorReport;
        expect(report.untracked).toBeUndefined();
        expect(report.notes).toContain(
            "Not checked: which objects under the stack's names its state tracks. Fix: pulumi stack export --stack dev --file <file>, then npm run doctor -- --stack dev --state <file>.",
        );
    });

    it("exits 2 before any request when the state file is another stack's, naming the fix", async () => {
        const prodState = JSON.parse(JSON.stringify(devStackExport(ALL_TRACKED)).split("urn:pulumi:dev::").join("urn:pulumi:prod::")) as object;
        const run = await runAgainstLocalApi(doctorCommand, declared, deployedDevOrg(), ["--stack", "dev", "--state", stateFile(prodState)]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("belongs to stack prod of project cognigy-genesys-handover, not dev of cognigy-genesys-handover. Fix: export the right stack.");
        expect(run.server.requests).toEqual([]);
    });

    it("prints the untracked objects in the text report", async () => {
        const org = deployedDevOrg();
        org.triggers.push(handWrittenTrigger("trg-acw-leftover", DEV.triggerAcw, DEV.topicAcw, "flow-acw"));
        const run = await runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", "--state", stateFile(devStackExport(ALL_TRACKED))]);
        expect(run.stdout).toContain(`Under the stack's names but not in its state (${path.join(workDir, "dev-state.json")}):`);
        expect(run.stdout).toContain('  FIX trigger            "Trigger conversation.id.acw (dev)"  trg-acw-leftover  (state tracks trg-acw)');
    });
});

describe("doctor without --state: a duplicate", () => {
    it("points at --state to learn which copy the stack does not manage, instead of asking to delete an unnamed one", async () => {
        const org = deployedDevOrg();
        org.triggers.push(handWrittenTrigger("trg-acw-leftover", DEV.triggerAcw, DEV.topicAcw, "flow-acw"));
        const run = await runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", "--json"]);
        const report = JSON.parse(run.stdout) as DoctorReport;
        expect(report.findings).toContain(
            'trigger "Trigger conversation.id.acw (dev)" (handover-webhook-trigger-acw) exists 2 times (trg-acw, trg-acw-leftover): only one can be this ' +
                "stack's. Fix: run the doctor with --state (the file pulumi stack export writes): it names the copies the stack's state does not track and what to do with each.",
        );
    });
});
