/**
 * The exit reasons a handover workflow ends with (its End Workflow actions' `exitReason` literals), so an
 * execution's outcome can be told apart in Architect's execution history without reading the data action's
 * output: delivered on some attempt, or given up after the last attempt failed or timed out.
 */
export const HANDOVER_WORKFLOW_EXIT_REASON = {
    delivered: "HandoverEndDelivered",
    notDelivered: "HandoverEndNotDelivered",
} as const;
