/**
 * The one place that reads Genesys' flow execution history: which query finds a workflow's executions, which
 * execution is a lost handover end, and what the report shows of it. If Genesys' real answers differ from what is
 * assumed here, this file (and executionDataInputs.ts for the replay's inputs) is what changes.
 *
 * Documented (SDK models, `FlowExecutionDataQueryResult`): each execution has `id`, `name`, `flowId`, `flowName`,
 * `conversationId`, `startDateTime`, `endDateTime`, `flowErrorReason`, `flowWarningReason`.
 * Inferred from public client code, not documented by Genesys:
 * - criteria are `{key, operator, value}`, one per query group, groups ANDed; `FlowId` with `eq` selects one flow;
 * - a clean run reports `flowErrorReason` "NONE" (or none at all); anything else is an error that ended the run;
 * - a launched execution carries the `name` it was launched with, so an earlier replay can be recognised.
 */
import { HANDOVER_WORKFLOW_EXIT_REASON, HandoverWorkflowExitReason } from "@cognigy-handover/contract";
import type { CriteriaQuery, FlowInstance } from "../genesys/flowExecutions";

export type { FlowInstance };

/** A stack's handover workflow as found in the org, with the event it forwards. */
export interface LiveHandoverWorkflow {
    /** Architect's name of the workflow, as the stack declares it. */
    readonly name: string;
    readonly id: string;
    /** What the workflow sends Cognigy as `topic`, e.g. `v2.detail.events.conversation.id.acw`. */
    readonly topicLiteral: string;
}

/** One failed or errored execution of a handover workflow: a handover end Cognigy never heard of. */
export interface LostEnd {
    /** The flow execution (flow instance) id. */
    readonly instanceId: string;
    readonly workflowName: string;
    readonly workflowId: string;
    /** Absent when Genesys recorded none for the execution. */
    readonly conversationId?: string;
    /** When the execution started (ISO 8601, as Genesys gives it). */
    readonly time: string;
    readonly topic: string;
    /** Genesys' error reason (`flowErrorReason`), or what the execution's exit reason says went wrong. */
    readonly error: string;
}

const CLEAN_RUN = "NONE";
const REPLAY_NAME_PREFIX = "Replay of lost handover end ";
const MAX_ERROR_LENGTH = 300;

/** The query for every recorded execution of one workflow (newest first, at most 200: see flowExecutions.ts). */
export function executionsOfWorkflowQuery(workflowId: string): CriteriaQuery {
    return { query: [{ criteria: { key: "FlowId", operator: "eq", value: workflowId } }] };
}

function errorOf(instance: FlowInstance): string | undefined {
    const reason = instance.flowErrorReason?.trim();
    return reason === undefined || reason === "" || reason === CLEAN_RUN ? undefined : reason;
}

/** When the execution started, or undefined when Genesys gave no readable time. */
export function startedAt(instance: FlowInstance): Date | undefined {
    const time = instance.startDateTime === undefined ? NaN : Date.parse(instance.startDateTime);
    return Number.isNaN(time) ? undefined : new Date(time);
}

/** The lost end an execution stands for, or undefined when the execution ran clean. */
export function lostEndFromInstance(instance: FlowInstance, workflow: LiveHandoverWorkflow): LostEnd | undefined {
    const error = errorOf(instance);
    return error === undefined ? undefined : lostEnd(instance, workflow, error);
}

/** What the report says of an execution that ended cleanly with a lost end's exit reason. */
const EXIT_REASON_ERRORS: Readonly<Partial<Record<HandoverWorkflowExitReason, string>>> = {
    [HANDOVER_WORKFLOW_EXIT_REASON.notDelivered]:
        `the workflow gave up: every attempt failed or timed out (exit reason ${HANDOVER_WORKFLOW_EXIT_REASON.notDelivered})`,
    [HANDOVER_WORKFLOW_EXIT_REASON.rejected]:
        `the request was refused with a 4xx that a retry would not fix, so the workflow did not retry (exit reason ${HANDOVER_WORKFLOW_EXIT_REASON.rejected}); fix the cause before replaying`,
};

/** The lost end a clean execution stands for, judged by its exit reason; undefined when the end was delivered. */
export function lostEndFromExitReason(instance: FlowInstance, workflow: LiveHandoverWorkflow, exitReason: HandoverWorkflowExitReason): LostEnd | undefined {
    const error = EXIT_REASON_ERRORS[exitReason];
    return error === undefined ? undefined : lostEnd(instance, workflow, error);
}

function lostEnd(instance: FlowInstance, workflow: LiveHandoverWorkflow, error: string): LostEnd | undefined {
    if (instance.id === undefined) {
        return undefined;
    }
    const conversationId = instance.conversationId?.trim();
    return {
        instanceId: instance.id,
        workflowName: workflow.name,
        workflowId: workflow.id,
        ...(conversationId ? { conversationId } : {}),
        time: instance.startDateTime ?? "",
        topic: workflow.topicLiteral,
        error: error.length > MAX_ERROR_LENGTH ? `${error.slice(0, MAX_ERROR_LENGTH)}…` : error,
    };
}

/** The name a replay's launch carries: it ties the new execution to the lost one. */
export function replayExecutionName(lostEnd: LostEnd): string {
    return `${REPLAY_NAME_PREFIX}${lostEnd.instanceId}`;
}

/** The lost execution a replay execution re-sent (whether or not the replay ran clean), or undefined for any other execution. */
export function replayedInstanceId(instance: FlowInstance): string | undefined {
    const name = instance.name ?? "";
    return name.startsWith(REPLAY_NAME_PREFIX) ? name.slice(REPLAY_NAME_PREFIX.length) : undefined;
}

/** The execution ended without an error. */
export function ranClean(instance: FlowInstance): boolean {
    return errorOf(instance) === undefined;
}

/** What makes two lost ends the same handover end: the trigger fired twice for one conversation and event. */
export function sameEndKey(lostEnd: LostEnd): string | undefined {
    return lostEnd.conversationId === undefined ? undefined : `${lostEnd.topic}\u0000${lostEnd.conversationId}`;
}
