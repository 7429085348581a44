import { parse } from "yaml";
import {
    HANDOVER_WORKFLOW_EXIT_REASON,
    LOST_END_EXIT_REASONS,
    SEND_EVENT_INPUT_CONTRACT,
    SEND_EVENT_INPUT_SOURCES,
    WEBHOOK_EVENTS,
    WORKFLOW_INPUT_VARIABLES,
    WORKFLOW_SUBSTITUTION_KEYS,
    workflowSubstitutions,
} from "@cognigy-handover/contract";
import { readWorkflowTemplate, renderWorkflowTemplate, workflowUpdateHash } from "../../components/webhook/workflowTemplate";

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed Archy YAML is walked field by field below

function renderFor(eventIndex: number, suffix = "", dataActionAttempts = 3): Yaml {
    const event = WEBHOOK_EVENTS[eventIndex];
    const substitutions = workflowSubstitutions({
        event,
        workflowName: `${event.workflowName}${suffix}`,
        divisionName: "Home",
        dataActionCategory: `Web Services Data Actions Integration${suffix}`,
        dataActionName: `Send Event to Cognigy${suffix}`,
        dataActionAttempts,
    });
    return parse(renderWorkflowTemplate(readWorkflowTemplate(), { ...substitutions }));
}

/** The Call Data Action inside the attempts Loop, after the "is this a retry?" Decision. */
function callDataOf(workflow: Yaml): Yaml {
    return workflow.states[0].state.actions[0].loop.outputs.loop.actions[1].callData;
}

describe("the handover workflow template", () => {
    it("uses exactly the substitution keys the Flow resource passes", () => {
        const placeholders = new Set([...readWorkflowTemplate().matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]));
        expect([...placeholders].sort()).toEqual([...WORKFLOW_SUBSTITUTION_KEYS].sort());
    });

    it.each(WEBHOOK_EVENTS.map((event, index) => [event.name, index] as const))(
        "renders the %s workflow as the Cognigy guide describes it",
        (_name, index) => {
            const event = WEBHOOK_EVENTS[index];
            const workflow = renderFor(index, " (dev)").workflow;
            expect(workflow.name).toBe(`${event.workflowName} (dev)`);
            expect(workflow.division).toBe("Home");

            expect(workflow.variables).toEqual([
                { stringVariable: { name: "Flow.addressTo", initialValue: { noValue: true }, isInput: true, isOutput: false } },
                { stringVariable: { name: "Flow.disconnectType", initialValue: { noValue: true }, isInput: true, isOutput: false } },
                { integerVariable: { name: "Flow.attemptIndex", initialValue: { noValue: true }, isInput: false, isOutput: false } },
                { integerVariable: { name: "Flow.failureStatus", initialValue: { noValue: true }, isInput: false, isOutput: false } },
            ]);
            expect(workflow.variables.filter((v: Yaml) => v.stringVariable?.isInput).map((v: Yaml) => v.stringVariable.name)).toEqual([...WORKFLOW_INPUT_VARIABLES]);

            const [initialState] = workflow.states;
            expect(workflow.startUpRef).toBe(`/workflow/states/state[${initialState.state.refId}]`);
            const [loop, notDelivered] = initialState.state.actions;
            expect(Object.keys(loop)).toEqual(["loop"]);
            const callDataAction = { callData: callDataOf(workflow) };
            const category = callDataAction.callData.category;
            expect(Object.keys(category)).toEqual(["Web Services Data Actions Integration (dev)"]);
            const dataAction = category["Web Services Data Actions Integration (dev)"].dataAction;
            expect(Object.keys(dataAction)).toEqual(["Send Event to Cognigy (dev)"]);
            const call = dataAction["Send Event to Cognigy (dev)"];
            expect(call.inputs).toEqual({
                userId: { exp: "Flow.addressTo" },
                topic: { lit: event.topicLiteral },
                disconnectType: { exp: "Flow.disconnectType" },
            });
            expect(call.failureOutputs).toEqual({
                errorCode: { noValue: true },
                status: { var: "Flow.failureStatus" },
                correlationId: { noValue: true },
                entityId: { noValue: true },
                entityName: { noValue: true },
                userMessage: { noValue: true },
                userParamsMessage: { noValue: true },
                "userParams.key": { noValue: true },
                "userParams.value": { noValue: true },
                "details.errorCode": { noValue: true },
                "details.fieldName": { noValue: true },
                "details.entityId": { noValue: true },
                "details.entityName": { noValue: true },
            });
            expect(notDelivered).toEqual({ endWorkflow: { name: "Not delivered", exitReason: { lit: "HandoverEndNotDelivered" } } });
        },
    );

    it("fills every input of the action's contract from the source the handover contract names", () => {
        const call = callDataOf(renderFor(0).workflow).category["Web Services Data Actions Integration"].dataAction["Send Event to Cognigy"];
        expect(Object.keys(call.inputs).sort()).toEqual(Object.keys(SEND_EVENT_INPUT_CONTRACT.properties).sort());
        for (const [input, source] of Object.entries(SEND_EVENT_INPUT_SOURCES)) {
            expect(call.inputs[input]).toEqual(source.kind === "expression" ? { exp: source.expression } : { lit: WEBHOOK_EVENTS[0].topicLiteral });
        }
    });

    it("calls the action at most dataActionAttempts times, waiting 10 s before each retry; retries a Timeout and a Failure unless its status is a 4xx other than 408 and 429", () => {
        const workflow = renderFor(1, "", 4).workflow;
        const { loop } = workflow.states[0].state.actions[0];
        expect(loop.name).toBe("Send attempts");
        expect(loop.currentIndex).toEqual({ var: "Flow.attemptIndex" });
        expect(loop.loopCount).toEqual({ lit: 4 });
        const [retryDecision, callData] = loop.outputs.loop.actions;
        expect(retryDecision).toEqual({
            decision: {
                name: "Is this a retry?",
                condition: { exp: "Flow.attemptIndex > 0" },
                outputs: {
                    yes: {
                        actions: [
                            {
                                wait: {
                                    name: "Wait before retrying",
                                    trimDurationNearMaxRunningTime: { lit: true },
                                    duration: { lit: { seconds: 10 } },
                                },
                            },
                        ],
                    },
                },
            },
        });
        expect(callData.callData.timeout).toEqual({ lit: { minutes: 1 } });
        expect(callData.callData.outputs).toEqual({
            success: { actions: [{ endWorkflow: { name: "Delivered", exitReason: { lit: "HandoverEndDelivered" } } }] },
            failure: {
                actions: [
                    {
                        decision: {
                            name: "Did Genesys report a status?",
                            condition: { exp: "IsSet(Flow.failureStatus)" },
                            outputs: {
                                yes: {
                                    actions: [
                                        {
                                            decision: {
                                                name: "Would a retry fail again?",
                                                condition: {
                                                    exp: "Flow.failureStatus >= 400 and Flow.failureStatus < 500 and Flow.failureStatus != 408 and Flow.failureStatus != 429",
                                                },
                                                outputs: {
                                                    yes: { actions: [{ endWorkflow: { name: "Rejected", exitReason: { lit: "HandoverEndRejected" } } }] },
                                                },
                                            },
                                        },
                                    ],
                                },
                            },
                        },
                    },
                    { loopNext: { name: "Retry after a failure" } },
                ],
            },
            timeout: { actions: [{ loopNext: { name: "Retry after a timeout" } }] },
        });
    });

    it("renders dataActionAttempts 1 as a single try: a Loop of one, nothing waits", () => {
        expect(renderFor(0, "", 1).workflow.states[0].state.actions[0].loop.loopCount).toEqual({ lit: 1 });
    });

    it("ends with the exit reasons the contract names, so executions can be told apart", () => {
        const text = readWorkflowTemplate();
        expect(HANDOVER_WORKFLOW_EXIT_REASON).toEqual({ delivered: "HandoverEndDelivered", notDelivered: "HandoverEndNotDelivered", rejected: "HandoverEndRejected" });
        expect(LOST_END_EXIT_REASONS).toEqual(["HandoverEndNotDelivered", "HandoverEndRejected"]);
        expect(text).toContain(`lit: ${HANDOVER_WORKFLOW_EXIT_REASON.delivered}\n`);
        expect(text).toContain(`lit: ${HANDOVER_WORKFLOW_EXIT_REASON.notDelivered}\n`);
        expect(text).toContain(`lit: ${HANDOVER_WORKFLOW_EXIT_REASON.rejected}\n`);
    });

    it("cites a published Genesys example for each Archy construct it uses", () => {
        const text = readWorkflowTemplate();
        const used = new Set([...text.matchAll(/^\s*- (\w+):$/gm)].map((m) => m[1]));
        expect([...used].sort()).toEqual(["callData", "decision", "endWorkflow", "integerVariable", "loop", "loopNext", "state", "stringVariable", "wait"]);
        for (const citation of ["Conversation Summary.yaml", "Callback-Prioritization-Workflow.yaml", "SchedulingBot.yaml", "design-architect-flow-data-actions-for-resiliency", "IsSet", "failureOutputs bound with `var:`"]) {
            expect(text).toContain(citation);
        }
    });

    it("rejects a substitution the template lacks and a placeholder without a value", () => {
        expect(() => renderWorkflowTemplate("name: {{workflow_name}}", { workflow_name: "a", extra: "b" })).toThrow(
            "Workflow substitutions that the template does not use: extra",
        );
        expect(() => renderWorkflowTemplate("name: {{workflow_name}} {{other}}", { workflow_name: "a" })).toThrow(
            "Workflow template placeholders without a substitution: other",
        );
    });

    it("replaces only the exact {{key}}, as the provider does, and rejects {{ key }}", () => {
        expect(renderWorkflowTemplate("a: {{workflow_name}} b: {{workflow_name}}", { workflow_name: "W" })).toBe("a: W b: W");
        expect(() => renderWorkflowTemplate("name: {{ workflow_name }}", { workflow_name: "W" })).toThrow(
            "Workflow template placeholders the provider would not replace (it replaces only the exact {{key}}, without spaces): {{ workflow_name }}",
        );
        expect(() => renderWorkflowTemplate("name: {{workflow_name}} {{workflow_name }}", { workflow_name: "W" })).toThrow("{{workflow_name }}");
        expect(() => renderWorkflowTemplate("name: {{ other }}", { })).toThrow("Workflow template placeholders without a substitution: other");
    });

    it("rejects substitution values with double braces, which the provider could substitute into", () => {
        expect(() => renderWorkflowTemplate("a: {{x}} b: {{y}}", { x: "{{y}}", y: "Y" })).toThrow(
            "Workflow substitution values must not contain double braces (the provider could substitute into them): x",
        );
        expect(renderWorkflowTemplate("a: {{x}}", { x: "v2.{id}.acw" })).toBe("a: v2.{id}.acw");
    });

    it("the committed template has no double braces other than exact placeholders", () => {
        const all = [...readWorkflowTemplate().matchAll(/\{\{[^{}]*\}\}/g)].map((m) => m[0]);
        expect(all.every((whole) => /^\{\{\w+\}\}$/.test(whole))).toBe(true);
        expect(all.length).toBeGreaterThan(0);
    });

    it("changes the update hash when the content or the called action changes, and only then", () => {
        const base = workflowUpdateHash("content", "action-1");
        expect(workflowUpdateHash("content", "action-1")).toBe(base);
        expect(workflowUpdateHash("content2", "action-1")).not.toBe(base);
        expect(workflowUpdateHash("content", "action-2")).not.toBe(base);
        expect(base).toMatch(/^[0-9a-f]{64}$/);
    });

    it("hashes the rendered content, a NUL separator and the action id: SHA-256 values computed outside this code base", () => {
        // Python: hashlib.sha256(b"content\x00action-1").hexdigest(), and the same for the two-line YAML below.
        expect(workflowUpdateHash("content", "action-1")).toBe("64cf362deff1a737a0c1b9b4e02ca4867c9e26593b8ef79a47418b6a6aa08beb");
        expect(workflowUpdateHash("workflow:\n  name: \"W\"\n", "handover-webhook-send-event-action-offline-id")).toBe(
            "1e5008edddf191e9b38926b2cbe2ace108c1730a7e64a7202b73285bc01906da",
        );
    });
});
