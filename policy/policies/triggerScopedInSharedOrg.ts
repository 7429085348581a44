/**
 * Rule: in a Genesys org shared with other environments (dev next to prod) or with Open Messaging integrations
 * that are not this Cognigy, an enabled trigger must be scoped to the queues of this stack's Cognigy bot.
 *
 * MESSAGE/OPEN cannot tell environments apart: without `queueId` in the criteria every Open Messaging handover
 * end of the org, with the customer's address, is posted to every stack's Cognigy endpoint.
 */
import type { PolicyConfigSchema, ResourceValidationPolicy } from "@pulumi/policy";
import { GENESYS_ID_PATTERN, QUEUE_SCOPE_FIELD } from "@cognigy-handover/contract";
import { booleanSetting, describeResource } from "./policySupport";
import { conversationTriggerTopic, criteriaOnField, NumberedCriterion, requiredTriggerCriteria } from "./triggerCriteria";

export const TRIGGER_SCOPED_IN_SHARED_ORG = "trigger-scoped-in-shared-org";

const configSchema: PolicyConfigSchema = {
    properties: {
        sharedOrg: {
            type: "boolean",
            default: false,
            description:
                "The stack's Genesys org is shared with other stacks (e.g. dev and prod) or with Open Messaging integrations " +
                "that are not this Cognigy. Its enabled triggers must then require queueId to be one of the stack's queues.",
        },
    },
};

const SCOPE_FIX =
    `name the queues this stack's Cognigy bot hands over to (pulumi config set --path 'handoverQueueIds[0]' <queue id> -s <stack>, ` +
    `which adds {"jsonPath":"${QUEUE_SCOPE_FIELD}","operator":"In","values":[<queue ids>]}) or switch the triggers off ` +
    `(pulumi config set triggersEnabled false -s <stack>)`;

/** The queue ids a scoping criterion admits, or a problem; undefined for criteria that do not scope (NotIn, Exists …). */
function admittedQueues({ index, criterion }: NumberedCriterion): { ids: string[] } | { problem: string } | undefined {
    const label = `criterion #${index + 1} on ${QUEUE_SCOPE_FIELD}`;
    let ids: unknown[];
    if (criterion.operator === "Equal") {
        ids = [criterion.value];
    } else if (criterion.operator === "In") {
        if (!Array.isArray(criterion.values) || criterion.values.length === 0) {
            return { problem: `${label} is In ${JSON.stringify(criterion.values)}, which is not a non-empty list of queue ids` };
        }
        ids = criterion.values;
    } else {
        return undefined;
    }
    const notIds = ids.filter((id) => typeof id !== "string" || !GENESYS_ID_PATTERN.test(id));
    if (notIds.length > 0) {
        return {
            problem: `${label} admits ${notIds.map((id) => JSON.stringify(id)).join(", ")}, which ${notIds.length === 1 ? "is not a queue id" : "are not queue ids"} (lower-case UUIDs), so no event ever matches it`,
        };
    }
    return { ids: ids as string[] };
}

/** Why the criteria do not scope the trigger to some queues (empty when they do). */
export function queueScopeProblems(matchCriteria: unknown): string[] {
    const parsed = requiredTriggerCriteria(matchCriteria);
    if ("problem" in parsed) {
        return [parsed.problem];
    }
    const onQueue = criteriaOnField(parsed.criteria, QUEUE_SCOPE_FIELD);
    const admitted = onQueue.map(admittedQueues).filter((result) => result !== undefined);
    const problems = admitted.flatMap((result) => ("problem" in result ? [result.problem] : []));
    if (problems.length > 0) {
        return problems;
    }
    const sets = admitted.flatMap((result) => ("ids" in result ? [result.ids] : []));
    if (sets.length === 0) {
        return [`no criterion requires ${QUEUE_SCOPE_FIELD} to be one of this stack's queues (Equal or In)`];
    }
    // All criteria must hold: the queues that can still match are those every scoping criterion admits.
    const common = sets.reduce((left, right) => left.filter((id) => right.includes(id)));
    return common.length === 0 ? [`the ${QUEUE_SCOPE_FIELD} criteria admit no queue in common, so the trigger can never fire`] : [];
}

export const triggerScopedInSharedOrg: ResourceValidationPolicy = {
    name: TRIGGER_SCOPED_IN_SHARED_ORG,
    description:
        "In a Genesys org shared with other environments or Open Messaging integrations (policy config sharedOrg: true), " +
        "every enabled trigger requires queueId to be one of the stack's queues, so no stack receives another's customers.",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema,
    validateResource: (args, reportViolation) => {
        const topic = conversationTriggerTopic(args);
        const settings = args.getConfig<Record<string, unknown>>();
        if (!booleanSetting(TRIGGER_SCOPED_IN_SHARED_ORG, settings, "sharedOrg")) {
            return args.notApplicable("The stack's policy config does not say its Genesys org is shared (sharedOrg: false)");
        }
        if (args.props["enabled"] === false) {
            return;
        }
        const problems = queueScopeProblems(args.props["matchCriteria"]);
        if (problems.length > 0) {
            reportViolation(
                `${describeResource("Trigger", args.name, args.props)} on ${topic} is enabled in a Genesys org this stack shares (sharedOrg: true) ` +
                    `but is not scoped to this stack's queues: ${problems.join("; ")}. Handover ends of other environments' and other ` +
                    `integrations' customers would be posted, with their addresses, to this stack's Cognigy. Fix: ${SCOPE_FIX}.`,
            );
        }
    },
};
