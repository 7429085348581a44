import { ConfigurationError } from "../../components/config/configReader";
import { loadSettingsFrom } from "../../components/settings";
import { byUrn, ofType, registerStack, SAAS_CONFIG, WEBHOOK_CONFIG } from "../eventbridge/registeredStack";
import { memoryConfigSource, VALID_WEBHOOK_CONFIG } from "../helpers/memoryConfigSource";

const FLOW_LOGLEVEL = "genesyscloud:index/flowLoglevel:FlowLoglevel";

function problemsOf(values: Record<string, string>): string[] {
    try {
        loadSettingsFrom(memoryConfigSource("dev", values, []));
    } catch (error) {
        if (error instanceof ConfigurationError) {
            return error.problems.map((p) => `${p.key}: ${p.message}`);
        }
        throw error;
    }
    return [];
}

describe("workflowLogLevel: the handover workflows keep their execution data", () => {
    it("declares one flow log level per workflow, as a child of its workflow, on the workflow's id", async () => {
        const resources = await registerStack({ ...WEBHOOK_CONFIG, workflowLogLevel: "All" }, []);
        const levels = ofType(resources, FLOW_LOGLEVEL);
        expect(levels.map((r) => r.name)).toEqual(["handover-webhook-workflow-acw-log-level", "handover-webhook-workflow-user-end-log-level"]);
        for (const level of levels) {
            const workflow = byUrn(resources, level.parent);
            expect(workflow?.type).toBe("cognigy:handover:HandoverWorkflow");
            const flow = resources.find((r) => r.type === "genesyscloud:index/flow:Flow" && r.parent === workflow?.urn);
            expect(level.inputs).toEqual({ flowId: flow?.id, flowLogLevel: "All" });
            expect(level.propertyDependencies.flowId).toEqual([flow?.urn]);
            expect(level.provider).toBe(flow?.provider);
        }
        expect(levels.map((r) => r.inputs.flowId)).toEqual(["handover-webhook-workflow-acw-offline-id", "handover-webhook-workflow-user-end-offline-id"]);
    });

    it("declares none when unset (flow log levels are a Genesys beta an org may not have)", async () => {
        const resources = await registerStack(WEBHOOK_CONFIG, []);
        expect(ofType(resources, FLOW_LOGLEVEL)).toEqual([]);
    });

    it("accepts Genesys' levels only", () => {
        for (const level of ["Disabled", "Base", "Notes", "VerboseNotes", "All"]) {
            expect(loadSettingsFrom(memoryConfigSource("dev", { ...VALID_WEBHOOK_CONFIG, workflowLogLevel: level }, [])).workflowLogLevel).toBe(level);
        }
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, workflowLogLevel: "all" })).toEqual([
            'workflowLogLevel: "all" is not a Genesys flow log level (Disabled, Base, Notes, VerboseNotes, All). Fix: pulumi config set workflowLogLevel All -s dev',
        ]);
    });

    it("is an error on a stack without workflows", () => {
        expect(problemsOf({ ...SAAS_CONFIG, workflowLogLevel: "All" })).toEqual([
            "workflowLogLevel: is set but only applies to the webhook path (the workflows it logs). Fix: pulumi config rm workflowLogLevel -s dev",
        ]);
    });
});
