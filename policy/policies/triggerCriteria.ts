/**
 * A Process Automation trigger's `matchCriteria` as the trigger policies read it: the shared parser's criteria,
 * except that absent criteria are a finding here (the trigger would fire for every conversation event), and
 * which top-level event field each criterion addresses. Genesys ANDs all criteria.
 */
import type { ResourceValidationArgs } from "@pulumi/policy";
import { MatchCriterion, ParsedMatchCriteria, parseMatchCriteriaJson, PROCESS_AUTOMATION_TRIGGER_TYPE, TOPIC_PREFIX } from "@cognigy-handover/contract";

export const CONVERSATION_TOPIC_PREFIX = `${TOPIC_PREFIX}.`;

/**
 * The topic of a Process Automation trigger on a conversation topic (the ones that carry mediaType, messageType
 * and queueId): the only resources the trigger policies judge. For anything else they are not applicable.
 */
export function conversationTriggerTopic(args: ResourceValidationArgs): string {
    if (args.type !== PROCESS_AUTOMATION_TRIGGER_TYPE) {
        return args.notApplicable(`Only applies to ${PROCESS_AUTOMATION_TRIGGER_TYPE}`);
    }
    const topic: unknown = args.props["topicName"];
    if (typeof topic !== "string" || !topic.startsWith(CONVERSATION_TOPIC_PREFIX)) {
        return args.notApplicable(`Only applies to triggers on ${CONVERSATION_TOPIC_PREFIX}* topics`);
    }
    return topic;
}

/** The trigger's criteria, or why there are none to judge: unset or blank criteria are a problem, not "no criteria". */
export function requiredTriggerCriteria(matchCriteria: unknown): ParsedMatchCriteria {
    const matchesEverything = "so every conversation event on the topic fires the trigger";
    if (matchCriteria === undefined || matchCriteria === null) {
        return { problem: `matchCriteria is not set, ${matchesEverything}` };
    }
    if (typeof matchCriteria === "string" && matchCriteria.trim() === "") {
        return { problem: `matchCriteria is an empty string, ${matchesEverything}` };
    }
    return parseMatchCriteriaJson(matchCriteria);
}

/** A criterion with its position in the array, for messages (`criterion #1`). */
export interface NumberedCriterion {
    readonly index: number;
    readonly criterion: MatchCriterion;
}

/**
 * Genesys evaluates `jsonPath` as a Goessner path against the event body. These spellings all address the
 * same top-level field; anything else (nested paths, recursive descent, other casing) is a different field.
 */
const TOP_LEVEL_FIELD_SPELLINGS: readonly RegExp[] = [
    /^([A-Za-z_][A-Za-z0-9_]*)$/,
    /^\$\.([A-Za-z_][A-Za-z0-9_]*)$/,
    /^\$\[\s*'([^']+)'\s*\]$/,
    /^\$\[\s*"([^"]+)"\s*\]$/,
];

export function topLevelField(jsonPath: string): string | undefined {
    for (const spelling of TOP_LEVEL_FIELD_SPELLINGS) {
        const match = spelling.exec(jsonPath.trim());
        if (match) {
            return match[1];
        }
    }
    return undefined;
}

/** The criteria on one top-level field, whatever spelling their jsonPath uses, with their positions. */
export function criteriaOnField(criteria: readonly MatchCriterion[], field: string): NumberedCriterion[] {
    return criteria.flatMap((criterion, index) => (topLevelField(criterion.jsonPath) === field ? [{ index, criterion }] : []));
}
