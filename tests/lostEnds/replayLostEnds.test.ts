import { ExecutionDataResult, FlowExecutionHistory, WorkflowLaunchRequest, WorkflowLaunchResponse, WorkflowLauncher } from "../../tools/genesys/flowExecutions";
import { LostEnd } from "../../tools/lostEnds/lostEndFromInstance";
import { replayLostEnds } from "../../tools/lostEnds/replayLostEnds";

/** replayLostEnds with hand-written execution data and a launcher that records or fails: what is sent, what is said. */

const ADDRESS = "+4915112345678";

const LOST: LostEnd = {
    instanceId: "lost-1",
    workflowName: "Workflow conversation.id.acw (dev)",
    workflowId: "flow-1",
    conversationId: "conv-1",
    time: "2026-12-07T11:00:00.000Z",
    topic: "v2.detail.events.conversation.id.acw",
    error: "Error.DataAction.Failure",
};

function historyWith(data: Record<string, unknown>): FlowExecutionHistory {
    return {
        executionDataEnabled: () => Promise.resolve(true),
        queryInstances: () => Promise.resolve({ entities: [] }),
        executionData: (id) => (id in data ? Promise.resolve(data[id]) : Promise.reject(new Error(`no data for ${id}`))),
        executionDataOfMany: () => Promise.resolve(new Map<string, ExecutionDataResult>()),
    };
}

function recordingLauncher(sent: WorkflowLaunchRequest[], failWith?: string): WorkflowLauncher {
    return {
        launchWorkflow: (request): Promise<WorkflowLaunchResponse> => {
            if (failWith !== undefined) {
                return Promise.reject(new Error(failWith));
            }
            sent.push(request);
            return Promise.resolve({ id: `exec-${sent.length}` });
        },
    };
}

const dataWithAddress = (address: string) => ({ flow: { execution: [{ startedFlow: { statements: [{ variableName: "Flow.addressTo", value: address }] } }] } });

describe("replayLostEnds", () => {
    it("launches the lost end's workflow with its original input under the replay's name", async () => {
        const sent: WorkflowLaunchRequest[] = [];
        const outcomes = await replayLostEnds([LOST], historyWith({ "lost-1": dataWithAddress(ADDRESS) }), recordingLauncher(sent));
        expect(sent).toEqual([{ flowId: "flow-1", name: "Replay of lost handover end lost-1", inputData: { "Flow.addressTo": ADDRESS } }]);
        expect(outcomes).toEqual([
            {
                instanceId: "lost-1",
                conversationId: "conv-1",
                topic: "v2.detail.events.conversation.id.acw",
                workflowName: "Workflow conversation.id.acw (dev)",
                status: "sent",
                executionId: "exec-1",
                inputsSent: ["Flow.addressTo"],
            },
        ]);
    });

    it("skips an end whose recorded address is empty: Cognigy could not tell whose session ended", async () => {
        const sent: WorkflowLaunchRequest[] = [];
        const [outcome] = await replayLostEnds([LOST], historyWith({ "lost-1": dataWithAddress("") }), recordingLauncher(sent));
        expect(sent).toEqual([]);
        expect(outcome.status).toBe("skipped");
    });

    it("reports a failed launch without the customer's address, even when Genesys' message holds it", async () => {
        const sent: WorkflowLaunchRequest[] = [];
        const [outcome] = await replayLostEnds(
            [LOST],
            historyWith({ "lost-1": dataWithAddress(ADDRESS) }),
            recordingLauncher(sent, `POST /api/v2/flows/executions failed: input Flow.addressTo=${ADDRESS} is invalid`),
        );
        expect(outcome).toMatchObject({ status: "failed", reason: "POST /api/v2/flows/executions failed: input Flow.addressTo=[customer address] is invalid" });
        expect(JSON.stringify(outcome)).not.toContain(ADDRESS);
    });

    it("skips an end whose execution data cannot be read, saying why", async () => {
        const [outcome] = await replayLostEnds([LOST], historyWith({}), recordingLauncher([]));
        expect(outcome).toMatchObject({ status: "skipped", reason: "its execution data could not be read: no data for lost-1" });
    });
});
