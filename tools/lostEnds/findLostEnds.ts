/**
 * Which handover ends were lost in a window: every failed or errored execution of the stack's handover workflows,
 * found through Genesys' flow execution history, and every clean one whose execution data shows that the workflow
 * gave up (HandoverEndNotDelivered) or was refused (HandoverEndRejected). Reads only.
 */
import type { DeclaredStack } from "../genesys/declaredStack";
import type { GenesysOrgReader } from "../genesys/genesysClient";
import { FlowExecutionHistory, MAX_INSTANCES_PER_QUERY } from "../genesys/flowExecutions";
import { UserError } from "../userError";
import { LOST_END_EXIT_REASONS } from "@cognigy-handover/contract";
import { executionsOfWorkflowQuery, FlowInstance, LiveHandoverWorkflow, LostEnd, lostEndFromExitReason, lostEndFromInstance, ranClean, replayedInstanceId, startedAt } from "./lostEndFromInstance";
import { exitReasonInExecutionData, ExitReasonReading } from "./workflowExitReason";
import { SinceWindow } from "./sinceWindow";

export interface WorkflowCoverage {
    readonly name: string;
    /** Absent when the org has no workflow of this name. */
    readonly id?: string;
    /** Executions Genesys returned that started in the window. */
    readonly executionsInWindow: number;
    /** Executions in the window that ran clean but whose execution data shows no readable exit reason. */
    readonly outcomeUnknown: number;
    /** Genesys held more executions than one query returns, and the oldest returned is inside the window. */
    readonly windowNotCovered: boolean;
}

export interface LostEndsCheck {
    readonly stack: string;
    readonly region: string;
    readonly apiBaseUrl: string;
    readonly since: string;
    readonly from: string;
    readonly to: string;
    readonly workflows: readonly WorkflowCoverage[];
    /** Oldest first. */
    readonly lostEnds: readonly LostEnd[];
    /** Lost ends a clean replay execution already re-sent (not counted as lost). */
    readonly replayedBefore: readonly LostEnd[];
    /** Every execution in the window was seen, and each clean one's outcome was read. */
    readonly complete: boolean;
    readonly notes: readonly string[];
}

/** The stack's handover workflows and the event each forwards, as the program declares them. */
function declaredHandoverWorkflows(declared: DeclaredStack): { name: string; topicLiteral: string }[] {
    const webhook = declared.webhook;
    if (!webhook) {
        throw new UserError(
            `stack ${declared.stack} delivers handover ends through Amazon EventBridge and has no Genesys workflows to check. ` +
                "Fix: look at the stack's dead-letter queue and its alarm instead (docs/doctor.md, \"Lost handover ends on EventBridge stacks\").",
        );
    }
    return webhook.workflows.map((workflow) => {
        const trigger = webhook.triggers.find((t) => t.workflow === workflow);
        return { name: workflow.name, topicLiteral: trigger?.event?.topicLiteral ?? "(no trigger of this stack starts it)" };
    });
}

export async function findLostEnds(declared: DeclaredStack, org: GenesysOrgReader, history: FlowExecutionHistory, window: SinceWindow): Promise<LostEndsCheck> {
    const declaredWorkflows = declaredHandoverWorkflows(declared);
    if (!(await history.executionDataEnabled())) {
        throw new UserError(
            "the org keeps no flow execution data, so Genesys records no workflow executions and lost ends cannot be seen. " +
                "Fix: have an admin turn execution data on (PATCH /api/v2/flows/instances/settings/executiondata with {\"enabled\": true}); " +
                "ends lost before that cannot be found.",
        );
    }
    const live = await org.listWorkflows();
    const workflows: WorkflowCoverage[] = [];
    /** In the declared order; `workflow` is absent for a workflow the org does not have. */
    const coverage: { readonly entry: Omit<WorkflowCoverage, "outcomeUnknown">; readonly workflow?: LiveHandoverWorkflow }[] = [];
    const lostEnds: LostEnd[] = [];
    const notes: string[] = [];
    const replayed = new Set<string>();
    const cleanRuns: { instance: FlowInstance; workflow: LiveHandoverWorkflow; inWindow: boolean }[] = [];
    for (const declaredWorkflow of declaredWorkflows) {
        const found = live.filter((flow) => flow.name === declaredWorkflow.name && flow.id !== undefined);
        if (found.length === 0) {
            coverage.push({ entry: { name: declaredWorkflow.name, executionsInWindow: 0, windowNotCovered: true } });
            notes.push(`Workflow "${declaredWorkflow.name}" is not in the org, so its executions were not checked. Fix: npm run doctor -- --stack ${declared.stack} shows why; pulumi up creates it.`);
            continue;
        }
        for (const flow of found) {
            const workflow: LiveHandoverWorkflow = { name: declaredWorkflow.name, id: flow.id ?? "", topicLiteral: declaredWorkflow.topicLiteral };
            const listing = await history.queryInstances(executionsOfWorkflowQuery(workflow.id));
            const returned = listing.entities ?? [];
            const inWindow = new Set(
                returned.filter((instance) => {
                    const started = startedAt(instance);
                    return started !== undefined && started >= window.from && started <= window.to;
                }),
            );
            const oldest = returned.map(startedAt).reduce<Date | undefined>((min, d) => (d !== undefined && (min === undefined || d < min) ? d : min), undefined);
            const moreThanReturned = (listing.total ?? returned.length) > returned.length || returned.length >= MAX_INSTANCES_PER_QUERY;
            const windowNotCovered = moreThanReturned && (oldest === undefined || oldest > window.from);
            if (windowNotCovered) {
                notes.push(
                    `Workflow "${workflow.name}" (${workflow.id}) ran more often than one query returns (${returned.length} of ${listing.total ?? "more"} executions): ` +
                        `executions before ${oldest?.toISOString() ?? "the newest"} were not checked. Fix: check more often with a shorter --since (e.g. hourly with --since 1h).`,
                );
            }
            coverage.push({ entry: { name: workflow.name, id: workflow.id, executionsInWindow: inWindow.size, windowNotCovered }, workflow });
            for (const instance of returned) {
                const isReplay = replayedInstanceId(instance) !== undefined;
                if (ranClean(instance) && instance.id !== undefined && (isReplay || inWindow.has(instance))) {
                    cleanRuns.push({ instance, workflow, inWindow: inWindow.has(instance) && !isReplay });
                }
            }
            // A replay that failed again is another attempt at the end it re-sent, which stays listed; not a new end.
            for (const instance of [...inWindow].filter((i) => replayedInstanceId(i) === undefined)) {
                const lostEnd = lostEndFromInstance(instance, workflow);
                if (lostEnd) {
                    lostEnds.push(lostEnd);
                }
            }
        }
    }
    const outcomes = await cleanRunOutcomes(cleanRuns.map((run) => run.instance.id ?? ""), history);
    const unknownByWorkflow = new Map<LiveHandoverWorkflow, number>();
    let firstProblem: string | undefined;
    for (const { instance, workflow, inWindow } of cleanRuns) {
        const outcome = outcomes.get(instance.id ?? "") ?? { problem: "no execution data was returned" };
        const replayedId = replayedInstanceId(instance);
        const lostAgain = "reading" in outcome && outcome.reading.kind === "found" && LOST_END_EXIT_REASONS.includes(outcome.reading.exitReason);
        if (replayedId !== undefined) {
            // A replay counts as re-sent unless its own execution data says it was lost again.
            if (!lostAgain) {
                replayed.add(replayedId);
            }
            continue;
        }
        if (!inWindow) {
            continue;
        }
        if ("reading" in outcome && outcome.reading.kind === "found") {
            const lostEnd = lostEndFromExitReason(instance, workflow, outcome.reading.exitReason);
            if (lostEnd) {
                lostEnds.push(lostEnd);
            }
        } else {
            unknownByWorkflow.set(workflow, (unknownByWorkflow.get(workflow) ?? 0) + 1);
            firstProblem ??= "problem" in outcome ? outcome.problem : describeUnreadable(outcome.reading);
        }
    }
    for (const { entry, workflow } of coverage) {
        const outcomeUnknown = workflow === undefined ? 0 : unknownByWorkflow.get(workflow) ?? 0;
        workflows.push({ ...entry, outcomeUnknown });
        if (workflow !== undefined && outcomeUnknown > 0) {
            notes.push(
                `Workflow "${workflow.name}" (${workflow.id}): ${outcomeUnknown} execution(s) ran without an error, but whether they reached Cognigy could not be read ` +
                    `(first: ${firstProblem ?? "unknown"}). Fix: keep the workflows' execution data with workflowLogLevel (README, "Configuration"), then check again; ` +
                    "executions from before the retrying workflow carry no exit reason at all.",
            );
        }
    }
    const byTime = (a: LostEnd, b: LostEnd): number => a.time.localeCompare(b.time) || a.instanceId.localeCompare(b.instanceId);
    return {
        stack: declared.stack,
        region: declared.region,
        apiBaseUrl: org.apiBaseUrl,
        since: window.since,
        from: window.from.toISOString(),
        to: window.to.toISOString(),
        workflows,
        lostEnds: lostEnds.filter((end) => !replayed.has(end.instanceId)).sort(byTime),
        replayedBefore: lostEnds.filter((end) => replayed.has(end.instanceId)).sort(byTime),
        complete: workflows.every((w) => !w.windowNotCovered && w.outcomeUnknown === 0),
        notes,
    };
}

type CleanRunOutcome = { readonly reading: ExitReasonReading } | { readonly problem: string };

/** The exit reason of each clean execution, from its execution data (one download job per batch of ids). */
async function cleanRunOutcomes(instanceIds: readonly string[], history: FlowExecutionHistory): Promise<ReadonlyMap<string, CleanRunOutcome>> {
    if (instanceIds.length === 0) {
        return new Map();
    }
    const data = await history.executionDataOfMany(instanceIds);
    return new Map(
        instanceIds.map((id): [string, CleanRunOutcome] => {
            const result = data.get(id);
            if (result === undefined) {
                return [id, { problem: "Genesys returned no execution data for it" }];
            }
            return [id, "data" in result ? { reading: exitReasonInExecutionData(result.data) } : { problem: result.problem }];
        }),
    );
}

function describeUnreadable(reading: ExitReasonReading): string {
    return reading.kind === "ambiguous"
        ? `its execution data names several exit reasons (${reading.exitReasons.join(", ")})`
        : "its execution data names no exit reason";
}
