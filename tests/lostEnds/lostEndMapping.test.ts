import { launchInputData, workflowInputsFromExecutionData } from "../../tools/lostEnds/executionDataInputs";
import { executionsOfWorkflowQuery, LiveHandoverWorkflow, lostEndFromInstance, ranClean, replayedInstanceId, replayExecutionName, sameEndKey } from "../../tools/lostEnds/lostEndFromInstance";
import { parseSince } from "../../tools/lostEnds/sinceWindow";

const WORKFLOW: LiveHandoverWorkflow = { name: "Workflow conversation.id.acw (dev)", id: "flow-1", topicLiteral: "v2.detail.events.conversation.id.acw" };

describe("a flow execution as a lost handover end", () => {
    it("is lost when Genesys recorded an error reason other than NONE", () => {
        expect(lostEndFromInstance({ id: "i1", conversationId: "c1", startDateTime: "2026-12-07T11:00:00Z", flowErrorReason: "Error.DataAction.Failure" }, WORKFLOW)).toEqual({
            instanceId: "i1",
            workflowName: "Workflow conversation.id.acw (dev)",
            workflowId: "flow-1",
            conversationId: "c1",
            time: "2026-12-07T11:00:00Z",
            topic: "v2.detail.events.conversation.id.acw",
            error: "Error.DataAction.Failure",
        });
    });

    it("is not lost when it ran clean (NONE, empty or no reason)", () => {
        for (const flowErrorReason of ["NONE", "", " ", undefined]) {
            expect(lostEndFromInstance({ id: "i1", flowErrorReason }, WORKFLOW)).toBeUndefined();
        }
    });

    it("leaves out a conversation id Genesys did not record, and shortens a very long error", () => {
        const end = lostEndFromInstance({ id: "i1", conversationId: " ", flowErrorReason: "x".repeat(400) }, WORKFLOW);
        expect(end?.conversationId).toBeUndefined();
        expect(end?.error).toBe(`${"x".repeat(300)}…`);
        expect(end && sameEndKey(end)).toBeUndefined();
    });

    it("queries one workflow's executions by FlowId", () => {
        expect(executionsOfWorkflowQuery("flow-1")).toEqual({ query: [{ criteria: { key: "FlowId", operator: "eq", value: "flow-1" } }] });
    });

    it("recognises a replay of a lost execution by its launch name, and whether it ran clean", () => {
        const lost = lostEndFromInstance({ id: "i1", flowErrorReason: "Error" }, WORKFLOW);
        if (!lost) {
            throw new Error("expected a lost end");
        }
        expect(replayExecutionName(lost)).toBe("Replay of lost handover end i1");
        expect(replayedInstanceId({ id: "r1", name: "Replay of lost handover end i1", flowErrorReason: "NONE" })).toBe("i1");
        expect(replayedInstanceId({ id: "r1", name: "Replay of lost handover end i1", flowErrorReason: "Error.DataAction.Failure" })).toBe("i1");
        expect(replayedInstanceId({ id: "r2", name: "Something else" })).toBeUndefined();
        expect([ranClean({ flowErrorReason: "NONE" }), ranClean({}), ranClean({ flowErrorReason: "Error.DataAction.Failure" })]).toEqual([true, true, false]);
    });
});

describe("the original inputs in a lost execution's execution data", () => {
    it("reads variable assignments anywhere in the document, first one wins", () => {
        const data = {
            flow: {
                execution: [
                    { startedFlow: { statements: [{ variableName: "Flow.addressTo", value: "+491" }, { variableName: "Flow.other", value: "x" }] } },
                    { endedFlow: { statements: [{ variableName: "Flow.addressTo", value: "changed later" }, { variableName: "Flow.disconnectType", value: "CLIENT" }] } },
                ],
            },
        };
        expect(workflowInputsFromExecutionData(data)).toEqual({ "Flow.addressTo": "+491", "Flow.disconnectType": "CLIENT" });
    });

    it("reads an inputs map keyed by variable name too", () => {
        expect(workflowInputsFromExecutionData({ flow: { inputs: { "Flow.addressTo": "+492", "Flow.disconnectType": "PEER" } } })).toEqual({
            "Flow.addressTo": "+492",
            "Flow.disconnectType": "PEER",
        });
    });

    it("finds nothing in a document without the workflow's inputs", () => {
        expect(workflowInputsFromExecutionData({ flow: { execution: [{ statements: [{ variableName: "Flow.x", value: "y" }] }] } })).toEqual({});
        expect(workflowInputsFromExecutionData("not an object")).toEqual({});
    });

    it("launches with exactly the inputs found, under their Flow. names", () => {
        expect(launchInputData({ "Flow.addressTo": "+491" })).toEqual({ "Flow.addressTo": "+491" });
        expect(launchInputData({ "Flow.disconnectType": "CLIENT", "Flow.addressTo": "+491" })).toEqual({ "Flow.addressTo": "+491", "Flow.disconnectType": "CLIENT" });
    });
});

describe("--since", () => {
    const now = new Date("2026-12-07T12:00:00.000Z");

    it("reads minutes, hours and days back from now (24h when absent)", () => {
        const from = (raw: string | undefined): string | undefined => {
            const parsed = parseSince(raw, now);
            return parsed.ok ? parsed.window.from.toISOString() : undefined;
        };
        expect(from(undefined)).toBe("2026-12-06T12:00:00.000Z");
        expect(from("90m")).toBe("2026-12-07T10:30:00.000Z");
        expect(from("2h")).toBe("2026-12-07T10:00:00.000Z");
        expect(from("7d")).toBe("2026-11-30T12:00:00.000Z");
    });

    it("refuses anything else with the fix", () => {
        for (const raw of ["0h", "1w", "24", "-1h", "1.5h", "10000d", ""]) {
            const parsed = parseSince(raw, now);
            expect(parsed.ok).toBe(false);
            expect(parsed.ok ? "" : parsed.problem).toContain("Fix: give a whole number from 1 to 9999 followed by m (minutes), h (hours) or d (days)");
        }
    });
});
