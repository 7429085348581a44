/**
 * The exit reasons a handover workflow ends with (its End Workflow actions' `exitReason` literals), so an
 * execution's outcome can be told apart in Architect's execution history without reading the data action's
 * output: delivered on some attempt, given up after the last attempt failed or timed out, or refused with a status
 * that a retry would not change (a 4xx other than 408 and 429).
 */
export const HANDOVER_WORKFLOW_EXIT_REASON = {
    delivered: "HandoverEndDelivered",
    notDelivered: "HandoverEndNotDelivered",
    rejected: "HandoverEndRejected",
} as const;

export type HandoverWorkflowExitReason = (typeof HANDOVER_WORKFLOW_EXIT_REASON)[keyof typeof HANDOVER_WORKFLOW_EXIT_REASON];

/** The exit reasons of an end Cognigy never received. */
export const LOST_END_EXIT_REASONS: readonly HandoverWorkflowExitReason[] = [HANDOVER_WORKFLOW_EXIT_REASON.notDelivered, HANDOVER_WORKFLOW_EXIT_REASON.rejected];
