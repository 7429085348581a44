/**
 * Which handover ends were lost in a window: every failed or errored execution of the stack's handover workflows,
 * found through Genesys' flow execution history. Reads only.
 */
import type { DeclaredStack } from "../genesys/declaredStack";
import type { GenesysOrgReader } from "../genesys/genesysClient";
import { FlowExecutionHistory, MAX_INSTANCES_PER_QUERY } from "../genesys/flowExecutions";
import { UserError } from "../userError";
import { executionsOfWorkflowQuery, LiveHandoverWorkflow, LostEnd, lostEndFromInstance, ranClean, replayedInstanceId, startedAt } from "./lostEndFromInstance";
import { SinceWindow } from "./sinceWindow";

export interface WorkflowCoverage {
    readonly name: string;
    /** Absent when the org has no workflow of this name. */
    readonly id?: string;
    /** Executions Genesys returned that started in the window. */
    readonly executionsInWindow: number;
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
    /** Every execution in the window was seen. */
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
    const lostEnds: LostEnd[] = [];
    const notes: string[] = [];
    const replayed = new Set<string>();
    for (const declaredWorkflow of declaredWorkflows) {
        const found = live.filter((flow) => flow.name === declaredWorkflow.name && flow.id !== undefined);
        if (found.length === 0) {
            workflows.push({ name: declaredWorkflow.name, executionsInWindow: 0, windowNotCovered: true });
            notes.push(`Workflow "${declaredWorkflow.name}" is not in the org, so its executions were not checked. Fix: npm run doctor -- --stack ${declared.stack} shows why; pulumi up creates it.`);
            continue;
        }
        for (const flow of found) {
            const workflow: LiveHandoverWorkflow = { name: declaredWorkflow.name, id: flow.id ?? "", topicLiteral: declaredWorkflow.topicLiteral };
            const listing = await history.queryInstances(executionsOfWorkflowQuery(workflow.id));
            const returned = listing.entities ?? [];
            const inWindow = returned.filter((instance) => {
                const started = startedAt(instance);
                return started !== undefined && started >= window.from && started <= window.to;
            });
            const oldest = returned.map(startedAt).reduce<Date | undefined>((min, d) => (d !== undefined && (min === undefined || d < min) ? d : min), undefined);
            const moreThanReturned = (listing.total ?? returned.length) > returned.length || returned.length >= MAX_INSTANCES_PER_QUERY;
            const windowNotCovered = moreThanReturned && (oldest === undefined || oldest > window.from);
            if (windowNotCovered) {
                notes.push(
                    `Workflow "${workflow.name}" (${workflow.id}) ran more often than one query returns (${returned.length} of ${listing.total ?? "more"} executions): ` +
                        `executions before ${oldest?.toISOString() ?? "the newest"} were not checked. Fix: check more often with a shorter --since (e.g. hourly with --since 1h).`,
                );
            }
            workflows.push({ name: workflow.name, id: workflow.id, executionsInWindow: inWindow.length, windowNotCovered });
            for (const instance of returned) {
                const replayedId = replayedInstanceId(instance);
                if (replayedId !== undefined && ranClean(instance)) {
                    replayed.add(replayedId);
                }
            }
            // A replay that failed again is another attempt at the end it re-sent, which stays listed; not a new end.
            for (const instance of inWindow.filter((i) => replayedInstanceId(i) === undefined)) {
                const lostEnd = lostEndFromInstance(instance, workflow);
                if (lostEnd) {
                    lostEnds.push(lostEnd);
                }
            }
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
        complete: workflows.every((w) => !w.windowNotCovered),
        notes,
    };
}
