import { WEBHOOK_EVENTS, workflowSubstitutions } from "@cognigy-handover/contract";
import { readWorkflowTemplate, renderWorkflowTemplate } from "../../components/webhook/workflowTemplate";
import { workflowInputs } from "../../tools/simulation/topLevelPrimitives";
import { CallDataPath, parseWorkflowYaml, WorkflowDefinition } from "../../tools/simulation/workflowDefinition";
import { runWorkflow } from "../../tools/simulation/workflowRun";

/** The interpreter learns each Archy construct the handover template uses (Loop, Decision, Wait, Next Loop, the three paths). */

function templateWorkflow(attempts: number): WorkflowDefinition {
    const event = WEBHOOK_EVENTS[0];
    const substitutions = workflowSubstitutions({
        event,
        workflowName: "W",
        divisionName: "Home",
        dataActionCategory: "C",
        dataActionName: "A",
        dataActionAttempts: attempts,
    });
    return parseWorkflowYaml(renderWorkflowTemplate(readWorkflowTemplate(), { ...substitutions }), "W");
}

/** A Call Data Action outcome: a path, or a Failure with the status Genesys reports (`503` → Failure, status 503). */
type Outcome = CallDataPath | number;

/** Runs the workflow with the Call Data Action taking `outcomes` in turn (each costing `seconds`). */
async function runWith(workflow: WorkflowDefinition, outcomes: Outcome[], seconds = 0) {
    const taken = [...outcomes];
    const inputs = workflowInputs({ addressTo: "u1", mediaType: "MESSAGE", messageType: "OPEN" }, workflow.variables, "TopLevelPrimitives");
    return runWorkflow(workflow, inputs, {
        callData: () => {
            const next = taken.shift() ?? "success";
            return Promise.resolve(typeof next === "number" ? { path: "failure", seconds, failureStatus: next } : { path: next, seconds });
        },
    });
}

test("parses the template into a Loop around a Decision with a Wait and the Call Data Action with its three paths", () => {
    const [loop, notDelivered] = templateWorkflow(3).steps;
    expect(notDelivered).toEqual({ kind: "endWorkflow", name: "Not delivered", exitReason: "HandoverEndNotDelivered" });
    expect(loop.kind === "loop" && { indexVariable: loop.indexVariable, count: loop.count, kinds: loop.body.map((step) => step.kind) }).toEqual({
        indexVariable: "Flow.attemptIndex",
        count: 3,
        kinds: ["decision", "callData"],
    });
    const [decision, callData] = loop.kind === "loop" ? loop.body : [];
    expect(decision).toEqual({
        kind: "decision",
        name: "Is this a retry?",
        condition: "Flow.attemptIndex > 0",
        yes: [{ kind: "wait", name: "Wait before retrying", seconds: 10 }],
        no: [],
    });
    expect(callData.kind === "callData" && { timeoutSeconds: callData.timeoutSeconds, failureOutputVariables: callData.failureOutputVariables, outputs: callData.outputs }).toEqual({
        timeoutSeconds: 60,
        failureOutputVariables: { status: "Flow.failureStatus" },
        outputs: {
            success: [{ kind: "endWorkflow", name: "Delivered", exitReason: "HandoverEndDelivered" }],
            failure: [
                {
                    kind: "decision",
                    name: "Did Genesys report a status?",
                    condition: "IsSet(Flow.failureStatus)",
                    yes: [
                        {
                            kind: "decision",
                            name: "Would a retry fail again?",
                            condition: "Flow.failureStatus >= 400 and Flow.failureStatus < 500 and Flow.failureStatus != 408 and Flow.failureStatus != 429",
                            yes: [{ kind: "endWorkflow", name: "Rejected", exitReason: "HandoverEndRejected" }],
                            no: [],
                        },
                    ],
                    no: [],
                },
                { kind: "loopNext", name: "Retry after a failure" },
            ],
            timeout: [{ kind: "loopNext", name: "Retry after a timeout" }],
        },
    });
});

test.each([
    [["success"], 1, "HandoverEndDelivered", 0],
    [["failure", "success"], 2, "HandoverEndDelivered", 10],
    [["timeout", "failure", "success"], 3, "HandoverEndDelivered", 20],
    [["failure", "timeout", "failure"], 3, "HandoverEndNotDelivered", 20],
    [[503, 429, "success"], 3, "HandoverEndDelivered", 20],
    [[500, 502, 504], 3, "HandoverEndNotDelivered", 20],
    [[408, "success"], 2, "HandoverEndDelivered", 10],
    [[400], 1, "HandoverEndRejected", 0],
    [[404], 1, "HandoverEndRejected", 0],
    [[401], 1, "HandoverEndRejected", 0],
    [[499], 1, "HandoverEndRejected", 0],
    [[399, "success"], 2, "HandoverEndDelivered", 10],
    [[503, 403], 2, "HandoverEndRejected", 10],
    // A Failure without a status after a 503 keeps the 503 (a retry), never a stale 4xx: the workflow ended on that.
    [[503, "failure", "success"], 3, "HandoverEndDelivered", 20],
    [["timeout", 422], 2, "HandoverEndRejected", 10],
] as [Outcome[], number, string, number][])("outcomes %j: %i call(s), ends %s after %i s of Waits", async (paths, calls, exitReason, seconds) => {
    const run = await runWith(templateWorkflow(3), paths);
    expect({ calls: run.invocations.length, exitReason: run.exitReason, seconds: run.simulatedSeconds, failures: run.failures }).toEqual({
        calls,
        exitReason,
        seconds,
        failures: [],
    });
});

test("each call's own time adds to the Waits on simulated time", async () => {
    expect((await runWith(templateWorkflow(2), ["failure", "failure"], 10)).simulatedSeconds).toBe(30);
});

test("Exit Loop leaves the Loop; Next Loop outside a Loop and an unsupported condition are seam failures", async () => {
    const base = templateWorkflow(1);
    const exiting: WorkflowDefinition = {
        ...base,
        steps: [{ kind: "loop", name: "L", count: 5, body: [{ kind: "loopExit", name: "Out" }, { kind: "wait", name: "never", seconds: 99 }] }, { kind: "endWorkflow", name: "E", exitReason: "after" }],
    };
    const exited = await runWith(exiting, []);
    expect([exited.exitReason, exited.simulatedSeconds]).toEqual(["after", 0]);
    const stray = await runWith({ ...base, steps: [{ kind: "loopNext", name: "Stray" }] }, []);
    expect(stray.failures).toEqual(["workflow 'W': 'Stray' (loopNext) is outside a Loop; Architect will not publish it"]);
    const unsupported = await runWith({ ...base, steps: [{ kind: "decision", name: "D", condition: "IsNotSetOrEmpty(Flow.addressTo)", yes: [], no: [] }] }, []);
    expect(unsupported.failures).toEqual([
        "workflow 'W', Decision 'D': condition 'IsNotSetOrEmpty(Flow.addressTo)' is not supported by the simulation (only IsSet(Flow.<variable>) and Flow.<integer variable> compared with a whole number, joined by 'and')",
    ]);
});

test("IsSet is true for an input that arrived and false for one that did not; 'and' needs every clause", async () => {
    const base = templateWorkflow(1);
    const decide = (condition: string) => ({
        ...base,
        steps: [{ kind: "decision" as const, name: "D", condition, yes: [{ kind: "endWorkflow" as const, name: "Y", exitReason: "yes" }], no: [{ kind: "endWorkflow" as const, name: "N", exitReason: "no" }] }],
    });
    expect((await runWith(decide("IsSet(Flow.addressTo)"), [])).exitReason).toBe("yes");
    expect((await runWith(decide("IsSet(Flow.disconnectType)"), [])).exitReason).toBe("no");
    expect((await runWith(decide("IsSet(Flow.failureStatus)"), [])).exitReason).toBe("no");
    expect((await runWith(decide("IsSet(Flow.addressTo) and IsSet(Flow.disconnectType)"), [])).exitReason).toBe("no");
    expect((await runWith(decide("IsSet(Flow.addressTo) AND IsSet(Flow.addressTo)"), [])).exitReason).toBe("yes");
});

test("a status failure output bound to an undeclared or non-integer variable is a publish failure", async () => {
    const base = templateWorkflow(1);
    const [loop] = base.steps;
    const callData = loop.kind === "loop" ? loop.body[1] : undefined;
    if (callData?.kind !== "callData") {
        throw new Error("the template's Loop has no Call Data Action");
    }
    const bound = (variable: string): WorkflowDefinition => ({ ...base, steps: [{ ...callData, failureOutputVariables: { status: variable }, outputs: {} }] });
    expect((await runWith(bound("Flow.nowhere"), [500])).failures).toEqual([
        "workflow 'W', Call Data Action 'Send Event to Cognigy': failure output 'status' is bound to Flow.nowhere, which the workflow does not declare; Architect will not publish it",
    ]);
    expect((await runWith(bound("Flow.addressTo"), [500])).failures).toEqual([
        "workflow 'W', Call Data Action 'Send Event to Cognigy': failure output 'status' is an integer, but Flow.addressTo is a string variable; Architect will not publish it",
    ]);
});
