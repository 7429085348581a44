/**
 * `--lost-ends --replay`: sends each lost handover end through its workflow again with Genesys' flow-execution
 * launch and the execution's original inputs (from its execution data). Never the same end twice in one run: two
 * lost executions of one conversation and event (the trigger fired twice) are one end. What was sent is reported
 * without the customer's address (personal data) and without any input value.
 */
import { messageOf } from "../userError";
import { FlowExecutionHistory, WorkflowLauncher } from "../genesys/flowExecutions";
import { ADDRESS_VARIABLE, launchInputData, WorkflowInputs, workflowInputsFromExecutionData } from "./executionDataInputs";
import { LostEnd, replayExecutionName, sameEndKey } from "./lostEndFromInstance";

/** `duplicate`: the same end was sent in this run from another lost execution; `skipped`: not sendable. */
export type ReplayStatus = "sent" | "duplicate" | "skipped" | "failed";

export interface ReplayOutcome {
    readonly instanceId: string;
    readonly conversationId?: string;
    readonly topic: string;
    readonly workflowName: string;
    readonly status: ReplayStatus;
    /** The new execution Genesys started (sent only). */
    readonly executionId?: string;
    /** The input variables sent, by name only (values are personal data). */
    readonly inputsSent?: readonly string[];
    /** Why it was skipped or failed. */
    readonly reason?: string;
}

export async function replayLostEnds(lostEnds: readonly LostEnd[], history: FlowExecutionHistory, launcher: WorkflowLauncher): Promise<ReplayOutcome[]> {
    const outcomes: ReplayOutcome[] = [];
    const sentEnds = new Map<string, string>();
    for (const lostEnd of lostEnds) {
        const base = { instanceId: lostEnd.instanceId, topic: lostEnd.topic, workflowName: lostEnd.workflowName, ...(lostEnd.conversationId ? { conversationId: lostEnd.conversationId } : {}) };
        const conversationKey = sameEndKey(lostEnd);
        const earlier = conversationKey === undefined ? undefined : sentEnds.get(conversationKey);
        if (earlier !== undefined) {
            outcomes.push({ ...base, status: "duplicate", reason: `the same handover end (conversation and event) was already sent in this run, from flow instance ${earlier}` });
            continue;
        }
        let inputs: WorkflowInputs;
        try {
            inputs = workflowInputsFromExecutionData(await history.executionData(lostEnd.instanceId));
        } catch (thrown) {
            outcomes.push({ ...base, status: "skipped", reason: `its execution data could not be read: ${messageOf(thrown)}` });
            continue;
        }
        const address = inputs[ADDRESS_VARIABLE];
        if (address === undefined || address === "") {
            outcomes.push({
                ...base,
                status: "skipped",
                reason: `its execution data holds no ${ADDRESS_VARIABLE}, so Cognigy could not tell whose session ended. Fix: set the stack's workflowLogLevel to All so Genesys records the workflows' inputs (docs/doctor.md)`,
            });
            continue;
        }
        const addressKey = `${lostEnd.topic}\u0000address\u0000${address}`;
        const earlierByAddress = conversationKey === undefined ? sentEnds.get(addressKey) : undefined;
        if (earlierByAddress !== undefined) {
            outcomes.push({ ...base, status: "duplicate", reason: `the same customer and event were already sent in this run, from flow instance ${earlierByAddress}` });
            continue;
        }
        const inputData = launchInputData(inputs);
        try {
            // The SDK types `inputData` values as objects; the API takes the workflow's input values as they are (strings here).
            const launched = await launcher.launchWorkflow({ flowId: lostEnd.workflowId, name: replayExecutionName(lostEnd), inputData: inputData as unknown as Record<string, object> });
            outcomes.push({ ...base, status: "sent", ...(launched.id ? { executionId: launched.id } : {}), inputsSent: Object.keys(inputData) });
            sentEnds.set(conversationKey ?? addressKey, lostEnd.instanceId);
        } catch (thrown) {
            outcomes.push({ ...base, status: "failed", reason: messageOf(thrown).split(address).join("[customer address]") });
        }
    }
    return outcomes;
}

/** Every lost end went out again (once per end). */
export function everyEndSent(outcomes: readonly ReplayOutcome[]): boolean {
    return outcomes.every((o) => o.status === "sent" || o.status === "duplicate");
}
