/**
 * The exit reason a handover workflow's execution ended with, read from its downloaded execution data. An end the
 * workflow gave up on (HandoverEndNotDelivered) or that was refused (HandoverEndRejected) ends the execution
 * cleanly, so Genesys' query shows no `flowErrorReason` for it: only the execution data tells.
 *
 * Genesys documents neither the download's JSON nor where it records an End Workflow's exit reason. Inferred: the
 * literal appears as a string value somewhere in the document. So the reading looks for our own literals
 * (contract/src/workflowExitReasons.ts), first under keys that name an exit reason, then anywhere; if the document
 * holds more than one of them (for example because it also lists the workflow's other End Workflow actions), the
 * reading says so instead of guessing.
 */
import { HANDOVER_WORKFLOW_EXIT_REASON, HandoverWorkflowExitReason } from "@cognigy-handover/contract";
import { forEachObject } from "../jsonTree";

export type ExitReasonReading =
    | { readonly kind: "found"; readonly exitReason: HandoverWorkflowExitReason }
    | { readonly kind: "none" }
    | { readonly kind: "ambiguous"; readonly exitReasons: readonly HandoverWorkflowExitReason[] };

const KNOWN: ReadonlySet<string> = new Set(Object.values(HANDOVER_WORKFLOW_EXIT_REASON));
const EXIT_REASON_KEY = /exit.?reason/i;

function isExitReason(value: unknown): value is HandoverWorkflowExitReason {
    return typeof value === "string" && KNOWN.has(value);
}

function reading(found: ReadonlySet<HandoverWorkflowExitReason>): ExitReasonReading | undefined {
    if (found.size === 1) {
        return { kind: "found", exitReason: [...found][0] };
    }
    return found.size > 1 ? { kind: "ambiguous", exitReasons: [...found].sort() } : undefined;
}

export function exitReasonInExecutionData(data: unknown): ExitReasonReading {
    const underExitReasonKeys = new Set<HandoverWorkflowExitReason>();
    const anywhere = new Set<HandoverWorkflowExitReason>();
    const note = (key: string, value: unknown): void => {
        if (isExitReason(value)) {
            anywhere.add(value);
            if (EXIT_REASON_KEY.test(key)) {
                underExitReasonKeys.add(value);
            }
        }
    };
    if (isExitReason(data)) {
        anywhere.add(data);
    }
    forEachObject(data, (node) => {
        for (const [key, value] of Object.entries(node)) {
            if (Array.isArray(value)) {
                value.forEach((item) => note(key, item));
            } else {
                note(key, value);
            }
        }
    });
    return reading(underExitReasonKeys) ?? reading(anywhere) ?? { kind: "none" };
}
