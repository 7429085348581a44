import { parse } from "yaml";
import {
    SEND_EVENT_INPUT_CONTRACT,
    SEND_EVENT_INPUT_SOURCES,
    WEBHOOK_EVENTS,
    WORKFLOW_INPUT_VARIABLES,
    WORKFLOW_SUBSTITUTION_KEYS,
    workflowSubstitutions,
} from "@cognigy-handover/contract";
import { readWorkflowTemplate, renderWorkflowTemplate, workflowUpdateHash } from "../../components/webhook/workflowTemplate";

type Yaml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- parsed Archy YAML is walked field by field below

function renderFor(eventIndex: number, suffix = ""): Yaml {
    const event = WEBHOOK_EVENTS[eventIndex];
    const substitutions = workflowSubstitutions({
        event,
        workflowName: `${event.workflowName}${suffix}`,
        divisionName: "Home",
        dataActionCategory: `Web Services Data Actions Integration${suffix}`,
        dataActionName: `Send Event to Cognigy${suffix}`,
    });
    return parse(renderWorkflowTemplate(readWorkflowTemplate(), { ...substitutions }));
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

            const variables = workflow.variables.map((v: Yaml) => v.stringVariable);
            expect(variables.map((v: Yaml) => v.name)).toEqual([...WORKFLOW_INPUT_VARIABLES]);
            for (const variable of variables) {
                expect(variable.isInput).toBe(true);
                expect(variable.initialValue).toEqual({ noValue: true });
            }

            const [initialState] = workflow.states;
            expect(workflow.startUpRef).toBe(`/workflow/states/state[${initialState.state.refId}]`);
            const [callDataAction, endWorkflow] = initialState.state.actions;
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
            expect(Object.keys(call.failureOutputs)).toContain("errorCode");
            expect(endWorkflow.endWorkflow.name).toBe("End Workflow");
        },
    );

    it("fills every input of the action's contract from the source the handover contract names", () => {
        const call = renderFor(0).workflow.states[0].state.actions[0].callData.category["Web Services Data Actions Integration"].dataAction[
            "Send Event to Cognigy"
        ];
        expect(Object.keys(call.inputs).sort()).toEqual(Object.keys(SEND_EVENT_INPUT_CONTRACT.properties).sort());
        for (const [input, source] of Object.entries(SEND_EVENT_INPUT_SOURCES)) {
            expect(call.inputs[input]).toEqual(source.kind === "expression" ? { exp: source.expression } : { lit: WEBHOOK_EVENTS[0].topicLiteral });
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
