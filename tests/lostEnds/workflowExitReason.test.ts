import { exitReasonInExecutionData } from "../../tools/lostEnds/workflowExitReason";

/** Reading an execution's exit reason from execution data whose shape Genesys does not document. */
describe("exitReasonInExecutionData", () => {
    it.each([
        ["an exitReason field", { flow: { execution: [{ endedFlow: { exitReason: "HandoverEndNotDelivered" } }] } }, "HandoverEndNotDelivered"],
        ["a differently spelt key", { flow: { execution: [{ end: { "exit-reason": "HandoverEndRejected" } }] } }, "HandoverEndRejected"],
        ["a value in a list", { reasons: ["HandoverEndDelivered"] }, "HandoverEndDelivered"],
        ["any key, when no key names an exit reason", { flow: { end: { value: "HandoverEndRejected" } } }, "HandoverEndRejected"],
        ["the document itself", "HandoverEndDelivered", "HandoverEndDelivered"],
    ])("finds it in %s", (_where, data, exitReason) => {
        expect(exitReasonInExecutionData(data)).toEqual({ kind: "found", exitReason });
    });

    it("prefers the value under an exit reason key over the same literals elsewhere (e.g. the flow's other End Workflow actions)", () => {
        const data = {
            flow: { definition: { ends: ["HandoverEndDelivered", "HandoverEndNotDelivered", "HandoverEndRejected"] }, execution: [{ endedFlow: { exitReason: "HandoverEndDelivered" } }] },
        };
        expect(exitReasonInExecutionData(data)).toEqual({ kind: "found", exitReason: "HandoverEndDelivered" });
    });

    it("says when several exit reasons appear and none is marked as the one the run ended with", () => {
        expect(exitReasonInExecutionData({ a: "HandoverEndRejected", b: "HandoverEndDelivered" })).toEqual({
            kind: "ambiguous",
            exitReasons: ["HandoverEndDelivered", "HandoverEndRejected"],
        });
    });

    it.each([
        ["no exit reason", { flow: { execution: [] } }],
        ["someone else's exit reason", { flow: { exitReason: "Done" } }],
        ["a literal inside a longer string", { message: "ended HandoverEndDelivered" }],
        ["a key that names a literal", { HandoverEndDelivered: true }],
        ["nothing", null],
    ])("finds none in %s", (_what, data) => {
        expect(exitReasonInExecutionData(data)).toEqual({ kind: "none" });
    });
});
