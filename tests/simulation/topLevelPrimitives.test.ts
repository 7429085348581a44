import { workflowInputs } from "../../tools/simulation/topLevelPrimitives";
import { CallDataStep, WorkflowDefinition, WorkflowVariable } from "../../tools/simulation/workflowDefinition";
import { runWorkflow } from "../../tools/simulation/workflowRun";

const variables: WorkflowVariable[] = [
    { name: "Flow.addressTo", type: "string", isInput: true },
    { name: "Flow.disconnectType", type: "string", isInput: true },
    { name: "Flow.conversationId", type: "string", isInput: false },
    { name: "Flow.callbackNumbers", type: "string", isInput: true },
    { name: "Flow.eventTime", type: "string", isInput: true },
    { name: "Flow.wrapupDurationMs", type: "integer", isInput: true },
    { name: "Flow.jsonData", type: "json", isInput: true },
];

const acwBody = {
    conversationId: "c1",
    addressTo: "cognigy-user",
    mediaType: "MESSAGE",
    eventTime: 1763980801000,
    wrapupDurationMs: 4210,
    callbackNumbers: ["+49"],
    nested: { x: 1 },
};

describe("TopLevelPrimitives", () => {
    const inputs = workflowInputs(acwBody, variables, "TopLevelPrimitives");

    test("event field x reaches Flow.x only when Flow.x is an input variable", () => {
        expect(inputs.values.get("Flow.addressTo")).toBe("cognigy-user");
        expect(inputs.values.has("Flow.conversationId")).toBe(false);
        expect(inputs.notes).toContain("event field 'conversationId' does not reach Flow.conversationId: the variable is not marked isInput: true");
    });

    test("fields the event lacks stay unset (AfterCallWorkEvent has no disconnectType)", () => {
        expect(inputs.values.has("Flow.disconnectType")).toBe(false);
    });

    test("arrays and objects are not primitives and are dropped", () => {
        expect(inputs.values.has("Flow.callbackNumbers")).toBe(false);
        expect(inputs.notes.join("\n")).toContain("'callbackNumbers' is not a top-level primitive");
    });

    test("numbers keep their type in integer variables and become strings in string variables", () => {
        expect(inputs.values.get("Flow.wrapupDurationMs")).toBe(4210);
        expect(inputs.values.get("Flow.eventTime")).toBe("1763980801000");
    });

    test("fields without a variable are ignored silently", () => {
        expect([...inputs.values.keys()].sort()).toEqual(["Flow.addressTo", "Flow.eventTime", "Flow.wrapupDurationMs"]);
    });

    test("data format Json hands the whole body to Flow.jsonData", () => {
        const json = workflowInputs(acwBody, variables, "Json");
        expect(json.values.get("Flow.jsonData")).toBe(acwBody);
        expect(json.values.size).toBe(1);
    });
});

describe("Call Data Action inputs", () => {
    const send: CallDataStep = {
        kind: "callData",
        name: "Send",
        category: "C",
        dataAction: "A",
        inputs: { userId: { exp: "Flow.addressTo" }, topic: { lit: "t.id.acw" }, disconnectType: { exp: "Flow.disconnectType" }, note: { exp: '"hi"' } },
        failureOutputVariables: {},
        outputs: {},
    };
    const workflow: WorkflowDefinition = {
        name: "W",
        variables,
        steps: [send, { kind: "endWorkflow", name: "End" }],
    };
    test("an unset variable is dropped from the inputs, the rest are evaluated", async () => {
        const run = await runWorkflow(workflow, workflowInputs(acwBody, variables, "TopLevelPrimitives"));
        expect(run.failures).toEqual([]);
        expect(run.invocations).toHaveLength(1);
        expect(run.invocations[0].inputs).toEqual({ userId: "cognigy-user", topic: "t.id.acw", note: "hi" });
        expect(run.invocations[0].unset).toEqual(["disconnectType"]);
    });

    test("reading a declared but non-input variable is a seam failure; an undeclared one too", async () => {
        const broken: WorkflowDefinition = {
            ...workflow,
            steps: [{ ...send, inputs: { a: { exp: "Flow.conversationId" }, b: { exp: "Flow.nope" }, c: { exp: "ToUpper(Flow.addressTo)" } } }],
        };
        const run = await runWorkflow(broken, workflowInputs(acwBody, variables, "TopLevelPrimitives"));
        expect(run.failures).toEqual([
            "workflow 'W', Call Data Action 'Send', input 'a' reads Flow.conversationId, which is not marked isInput: true, so the trigger's 'conversationId' never reaches it and the action always gets NOT_SET",
            "workflow 'W', Call Data Action 'Send', input 'b' reads Flow.nope, which the workflow does not declare; Architect will not publish it",
            "workflow 'W', Call Data Action 'Send', input 'c': expression 'ToUpper(Flow.addressTo)' is not supported by the simulation (only Flow.<variable> and \"string\" literals)",
        ]);
    });
});
