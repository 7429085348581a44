/**
 * A change of a workflow's published name (here: `nameSuffix`) through the offline plan, end to end. Provider
 * v1.84.1 publishes a renamed YAML as a new flow and moves its id to it (architect_flow/resource_genesyscloud_flow.go
 * 92-95, 246-257), which Pulumi's in-place update cannot carry (pkg/resource/deploy/step.go UpdateStep keeps the old
 * id): the triggers would stay on the old flow. So the Flow must be replaced, create-before-delete, with the triggers
 * moving to the new id before the old flow goes; on a protected stack the preview refuses. The steps are then
 * replayed as the provider's calls against the local Genesys API.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import type { Models } from "purecloud-platform-client-v2";
import { orgWith, StoredTrigger } from "../../tools/localGenesys/orgState";
import { startLocalApi } from "../localGenesys/plainHttpClient";
import { replayProviderCalls, ReplayedStep } from "../localGenesys/providerReplay";
import { PLAN_TIMEOUT_MS, ProgramCheckout, programCheckout, runPlanCli } from "./programCheckout";

interface Step extends ReplayedStep {
    readonly replaceReasons?: string[];
    readonly diffReasons?: string[];
    readonly "x-causedBy"?: string[];
    readonly "x-deleteBeforeReplace"?: boolean;
}

interface Planned {
    readonly status: number | null;
    readonly stderr: string;
    readonly report: { steps: Step[]; protectionErrors: { urn: string; message: string }[]; verdict: { status: string } };
}

let checkout: ProgramCheckout;

function plan(stack: string): Planned {
    const result = runPlanCli("--stack", stack, "--dir", checkout.dir, "--base", "HEAD", "--json");
    return { status: result.status, stderr: result.stderr, report: JSON.parse(result.stdout) };
}

const nameOf = (urn: string) => urn.split("::").pop();
const flowsOf = (steps: readonly Step[], op: string) => steps.filter((s) => s.type === RESOURCE_TYPES.flow && s.op === op);

let dev: Planned;
let prod: Planned;

beforeAll(() => {
    checkout = programCheckout(["Pulumi.dev.yaml", "Pulumi.prod.yaml"]);
    checkout.edit("Pulumi.dev.yaml", 'nameSuffix: " (dev)"\n', 'nameSuffix: " (development)"\n');
    checkout.edit("Pulumi.prod.yaml", 'nameSuffix: ""\n', 'nameSuffix: " (production)"\n');
    dev = plan("dev");
    prod = plan("prod");
}, 2 * PLAN_TIMEOUT_MS + 30_000);

afterAll(() => checkout.dispose());

describe("a nameSuffix change, planned against the stack deployed from HEAD", () => {
    it("replaces both Flows create-before-delete, with name among the replace reasons", () => {
        expect(dev.stderr).not.toMatch(/\n\s+at /);
        const replaced = flowsOf(dev.report.steps, "replace");
        expect(replaced.map((s) => nameOf(s.urn))).toEqual(["handover-webhook-workflow-acw", "handover-webhook-workflow-user-end"]);
        for (const flow of replaced) {
            expect(flow.replaceReasons).toContain("name");
            expect(flow["x-deleteBeforeReplace"]).toBe(false);
            expect([flow.oldState?.outputs["name"], flow.newState?.inputs["name"]]).toEqual(
                nameOf(flow.urn)?.endsWith("acw")
                    ? ["Workflow conversation.id.acw (dev)", "Workflow conversation.id.acw (development)"]
                    : ["Workflow conversation.id.user.end (dev)", "Workflow conversation.id.user.end (development)"],
            );
        }
        expect(dev.report.protectionErrors).toEqual([]);
        expect(dev.status).toBe(0);
    });

    it("moves each trigger to its new flow: the target changes because the flow is replaced, before the old flow is deleted", () => {
        const steps = dev.report.steps;
        const order = steps.filter((s) => s.op !== "same").map((s) => `${s.op} ${nameOf(s.urn)}`);
        expect(order).toEqual([
            "update handover-webhook-integration",
            "update handover-webhook-send-event-action",
            "create-replacement handover-webhook-workflow-acw",
            "replace handover-webhook-workflow-acw",
            "create-replacement handover-webhook-workflow-user-end",
            "replace handover-webhook-workflow-user-end",
            "update handover-webhook-trigger-acw",
            "update handover-webhook-trigger-user-end",
            "delete-replaced handover-webhook-workflow-user-end",
            "delete-replaced handover-webhook-workflow-acw",
        ]);
        for (const trigger of steps.filter((s) => s.type === RESOURCE_TYPES.trigger)) {
            expect(trigger.diffReasons).toEqual(["name", "target"]);
            expect((trigger["x-causedBy"] ?? []).map(nameOf)).toEqual([nameOf(trigger.urn)?.replace("trigger", "workflow")]);
        }
    });

    it("is refused on a protected stack, as the real preview refuses it, naming the fix", () => {
        expect(prod.status).toBe(1);
        expect(prod.report.verdict.status).toBe("fail");
        expect(prod.report.protectionErrors.map((e) => nameOf(e.urn))).toEqual(["handover-webhook-workflow-acw", "handover-webhook-workflow-user-end"]);
        for (const error of prod.report.protectionErrors) {
            expect(error.message).toContain("as it is currently marked for protection (name force a replacement)");
            expect(error.message).toContain(`Fix: unprotect it on purpose for this one update, \`pulumi state unprotect --stack prod '${error.urn}'\``);
        }
    });

    it("replayed as the provider's calls against the local Genesys API, leaves no orphaned flow and both triggers on the new flows", async () => {
        const steps = dev.report.steps;
        const oldFlows = flowsOf(steps, "replace");
        const oldTriggers = steps.filter((s) => s.type === RESOURCE_TYPES.trigger);
        // The org as the base's `up` left it: the two flows and the two triggers on them, under the old ids.
        const flows: Models.Flow[] = oldFlows.map((s) => ({ id: s.oldState?.id, name: s.oldState?.outputs["name"] as string, type: "WORKFLOW", publishedVersion: { id: "1.0" } }));
        const triggers: StoredTrigger[] = oldTriggers.map((s) => ({
            id: s.oldState?.id,
            name: s.oldState?.outputs["name"] as string,
            topicName: s.oldState?.outputs["topicName"] as string,
            enabled: true,
            version: 1,
            matchCriteria: JSON.parse(s.oldState?.outputs["matchCriteria"] as string),
            target: s.oldState?.outputs["target"] as Models.Trigger["target"],
        }));
        const client = await startLocalApi({ org: orgWith({ flows, triggers }) });
        try {
            const template = fs.readFileSync(path.join(checkout.dir, "components", "webhook", "handover-workflow.yaml"), "utf8");
            const replay = await replayProviderCalls(client, steps, template);
            expect(replay.skipped).toEqual(["update handover-webhook-integration", "update handover-webhook-send-event-action"]);
            const org = client.api.org;
            expect(org.flows.map((f) => f.name).sort()).toEqual(["Workflow conversation.id.acw (development)", "Workflow conversation.id.user.end (development)"]);
            const flowIdByName = new Map(org.flows.map((f) => [f.name, f.id]));
            expect(org.triggers.map((t) => [t.name, t.target?.id])).toEqual([
                ["Trigger conversation.id.acw (development)", flowIdByName.get("Workflow conversation.id.acw (development)")],
                ["Trigger conversation.id.user.end (development)", flowIdByName.get("Workflow conversation.id.user.end (development)")],
            ]);
            expect(oldFlows.map((s) => s.oldState?.id)).not.toContain(org.triggers[0].target?.id);
            expect(client.api.unknownCalls).toEqual([]);
        } finally {
            await client.api.stop();
        }
    });
});
