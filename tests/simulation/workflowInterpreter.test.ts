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

/** Runs the workflow with the Call Data Action taking `paths` in turn (each costing `seconds`). */
async function runWith(workflow: WorkflowDefinition, paths: CallDataPath[], seconds = 0) {
    const taken = [...paths];
    const inputs = workflowInputs({ addressTo: "u1", mediaType: "MESSAGE", messageType: "OPEN" }, workflow.variables, "TopLevelPrimitives");
    return runWorkflow(workflow, inputs, { callData: () => Promise.resolve({ path: taken.shift() ?? "success", seconds }) });
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
    expect(callData.kind === "callData" && { timeoutSeconds: callData.timeoutSeconds, outputs: callData.outputs }).toEqual({
        timeoutSeconds: 60,
        outputs: {
            success: [{ kind: "endWorkflow", name: "Delivered", exitReason: "HandoverEndDelivered" }],
            failure: [{ kind: "loopNext", name: "Retry after a failure" }],
            timeout: [{ kind: "loopNext", name: "Retry after a timeout" }],
        },
    });
});

test.each([
    [["success"], 1, "HandoverEndDelivered", 0],
    [["failure", "success"], 2, "HandoverEndDelivered", 10],
    [["timeout", "failure", "success"], 3, "HandoverEndDelivered", 20],
    [["failure", "timeout", "failure"], 3, "HandoverEndNotDelivered", 20],
] as [CallDataPath[], number, string, number][])("paths %j: %i call(s), ends %s after %i s of Waits", async (paths, calls, exitReason, seconds) => {
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
    const unsupported = await runWith({ ...base, steps: [{ kind: "decision", name: "D", condition: "IsSet(Flow.addressTo)", yes: [], no: [] }] }, []);
    expect(unsupported.failures).toEqual([
        "workflow 'W', Decision 'D': condition 'IsSet(Flow.addressTo)' is not supported by the simulation (only Flow.<integer variable> compared with a whole number)",
    ]);
});
