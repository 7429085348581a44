/**
 * A managed workflow locked in Architect (the next `up` cannot publish it) and one whose published content was
 * edited by hand (refresh cannot see it). Orgs and the published configurations are written by hand; the
 * configurations are shaped like Architect's own JSON (which Genesys does not document), not like Archy YAML.
 */
import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { doctorCommand } from "../../tools/doctor/doctorCommand";
import { DoctorReport } from "../../tools/doctor/doctorReport";
import { publishedContentDifferences, workflowExpectations } from "../../tools/doctor/publishedWorkflow";
import { renderedWorkflow } from "../../tools/doctor/workflowChecks";
import { OrgState } from "../../tools/localGenesys/orgState";
import { REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";
import { deployedDevOrg } from "./handWrittenDevOrg";

let declared: DeclaredStack;
beforeAll(async () => {
    declared = await loadDeclaredStack(REPO_ROOT, "dev");
});

/** What the acw workflow's published version holds when nobody touched it: the action by id, its three inputs. */
function publishedAcw(overrides: { actionId?: string; topic?: string; variables?: string[] } = {}): object {
    return {
        name: "Workflow conversation.id.acw (dev)",
        type: "workflow",
        variables: (overrides.variables ?? ["Flow.addressTo", "Flow.disconnectType"]).map((name) => ({ name, type: "string", isInput: true })),
        states: [
            {
                name: "Initial State",
                actions: [
                    {
                        type: "CallDataAction",
                        dataActionId: overrides.actionId ?? "act-1",
                        inputs: [
                            { name: "userId", expression: "Flow.addressTo" },
                            { name: "topic", expression: JSON.stringify(overrides.topic ?? "v2.detail.events.conversation.id.acw") },
                            { name: "disconnectType", expression: "Flow.disconnectType" },
                        ],
                    },
                    { type: "EndWorkflow" },
                ],
            },
        ],
    };
}

function publishedUserEnd(): object {
    return {
        variables: [{ name: "Flow.addressTo" }, { name: "Flow.disconnectType" }],
        actions: [{ dataAction: "Send Event to Cognigy [contract 739f49e] (dev)", inputs: ["Flow.addressTo", "v2.detail.events.conversation.id.user.end", "Flow.disconnectType"] }],
    };
}

function orgWithPublished(acw: object): OrgState {
    const org = deployedDevOrg();
    org.flowConfigurations = { "flow-acw": { "3.0": acw }, "flow-user-end": { "3.0": publishedUserEnd() } };
    return org;
}

async function doctorJson(org: OrgState): Promise<{ code: number; report: DoctorReport }> {
    const run = await runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", "--json"]);
    expect(run.stderr).toBe("");
    return { code: run.code, report: JSON.parse(run.stdout) as DoctorReport };
}

/** The hand-written org's action and triggers are not complete copies of the stack's: only workflow findings matter here. */
function workflowFindings(report: DoctorReport): string[] {
    return report.findings.filter((f) => f.startsWith("workflow "));
}

function workflowDifferences(report: DoctorReport, name: string) {
    return report.objects.find((o) => o.kind === "workflow" && o.name === name)?.differences;
}

describe("doctor: a managed workflow locked in Architect", () => {
    it("reports the lock holder, that the next up cannot publish, and why forceUnlock stays off (exit 1)", async () => {
        const org = orgWithPublished(publishedAcw());
        org.flows[0].lockedUser = { id: "user-ann", name: "Ann Admin", email: "ann@example.com", version: 1 };
        const run = await runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", "--json"]);
        expect(run.code).toBe(1);
        const report = JSON.parse(run.stdout) as DoctorReport;
        expect(workflowFindings(report)).toEqual([
            'workflow "Workflow conversation.id.acw (dev)" (flow-acw) is locked in Architect by user Ann Admin <ann@example.com>: the next pulumi up ' +
                "cannot publish it and fails. Fix: ask them to publish or discard their draft and close the flow; an Architect admin can unlock it " +
                "(Architect > Flows > Unlock). The stack keeps the provider's forceUnlock off on purpose: it would publish the lock holder's draft first.",
        ]);
        expect(run.server.requested("GET", "/api/v2/flows/flow-acw").map((r) => r.path)).toContain("/api/v2/flows/flow-acw");
    });

    it("names an OAuth client that holds the lock", async () => {
        const org = orgWithPublished(publishedAcw());
        org.flows[1].lockedClient = { id: "client-archy" };
        const { report } = await doctorJson(org);
        expect(workflowFindings(report)).toEqual([expect.stringContaining('workflow "Workflow conversation.id.user.end (dev)" (flow-user-end) is locked in Architect by OAuth client client-archy:')]);
    });
});

describe("doctor: a managed workflow's published content against the stack's rendered YAML", () => {
    it("is healthy when the published versions call the stack's action (by id or name) with its inputs", async () => {
        const { report } = await doctorJson(orgWithPublished(publishedAcw()));
        expect(workflowFindings(report)).toEqual([]);
        expect(report.objects.filter((o) => o.kind === "workflow").map((o) => o.differences)).toEqual([[], []]);
        expect(report.notes.filter((n) => n.includes("published content"))).toEqual([]);
    });

    it("finds a published version that calls another data action (exit 1)", async () => {
        const { code, report } = await doctorJson(orgWithPublished(publishedAcw({ actionId: "act-copy-by-hand" })));
        expect(code).toBe(1);
        expect(workflowDifferences(report, "Workflow conversation.id.acw (dev)")).toEqual([
            { field: "published.dataAction", declared: "Send Event to Cognigy [contract 739f49e] (dev)", live: "not called by the published version" },
        ]);
        expect(report.findings).toContain(
            'workflow "Workflow conversation.id.acw (dev)" (handover-webhook-workflow-acw) differs from the stack in published.dataAction: the stack declares ' +
                '"Send Event to Cognigy [contract 739f49e] (dev)", the org has "not called by the published version". Fix: pulumi up (or find who changed it).',
        );
    });

    it("finds a changed topic literal", async () => {
        const { report } = await doctorJson(orgWithPublished(publishedAcw({ topic: "handover.ended" })));
        expect(workflowDifferences(report, "Workflow conversation.id.acw (dev)")).toEqual([
            { field: "published.inputs.topic", declared: "v2.detail.events.conversation.id.acw", live: "not found in the published version" },
        ]);
        expect(workflowDifferences(report, "Workflow conversation.id.user.end (dev)")).toEqual([]);
    });

    it("notes, without a finding, a published version Genesys holds no configuration for", async () => {
        const { report } = await doctorJson(deployedDevOrg());
        expect(workflowFindings(report)).toEqual([]);
        expect(report.notes).toContain('Not compared: the published content of workflow "Workflow conversation.id.acw (dev)": Genesys holds no configuration for its version 3.0.');
    });
});

describe("what the rendered workflow YAML requires of the published version", () => {
    it("reads the dev acw workflow's call, inputs and input variables from the rendered YAML", () => {
        const acw = declared.webhook?.workflows[0];
        const rendered = acw ? renderedWorkflow(REPO_ROOT, acw) : undefined;
        expect(workflowExpectations(rendered ?? "")).toEqual({
            calls: [
                {
                    category: "Web Services Data Actions Integration (dev)",
                    dataAction: "Send Event to Cognigy [contract 739f49e] (dev)",
                    inputs: { userId: "Flow.addressTo", topic: "v2.detail.events.conversation.id.acw", disconnectType: "Flow.disconnectType" },
                },
            ],
            inputVariables: ["Flow.addressTo", "Flow.disconnectType"],
        });
    });

    it("accepts the action by id when the configuration does not name it, and not otherwise", () => {
        const expected = {
            calls: [{ category: "C", dataAction: "Send Event", inputs: { topic: "t.acw" } }],
            inputVariables: ["Flow.addressTo"],
        };
        const configuration = { steps: [{ ref: "id-9", args: ["t.acw"] }], vars: ["addressTo"] };
        expect(publishedContentDifferences(expected, configuration, new Map([["Send Event", "id-9"]]))).toEqual([]);
        expect(publishedContentDifferences(expected, configuration, new Map())).toEqual([
            { field: "published.dataAction", declared: "Send Event", live: "not called by the published version" },
        ]);
    });

    it("finds an input variable the configuration no longer mentions", () => {
        const expected = { calls: [], inputVariables: ["Flow.addressTo", "Flow.disconnectType"] };
        expect(publishedContentDifferences(expected, { variables: [{ name: "Flow.addressTo" }] }, new Map())).toEqual([
            { field: "published.inputVariables", declared: "Flow.disconnectType", live: "not found in the published version" },
        ]);
    });
});
