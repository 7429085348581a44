/**
 * Reading a Process Automation trigger's `matchCriteria` for the trigger policies: the JSON string parsed into
 * criteria, and which top-level event field each criterion addresses. Genesys ANDs all criteria.
 */
import type { ResourceValidationArgs } from "@pulumi/policy";
import { isRecord, PROCESS_AUTOMATION_TRIGGER_TYPE, TOPIC_PREFIX } from "@cognigy-handover/contract";

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

export interface Criterion {
    /** Position in the array, for messages (`criterion #1`). */
    readonly index: number;
    readonly jsonPath: string;
    readonly operator: string;
    readonly value: unknown;
    readonly values: unknown;
}

export type ParsedCriteria = { readonly criteria: Criterion[] } | { readonly problem: string };

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

/** Genesys sends `null` for the unused one of value/values, so null counts as "not set". */
export function isSet(value: unknown): boolean {
    return value !== undefined && value !== null;
}

export function parseMatchCriteria(matchCriteria: unknown): ParsedCriteria {
    const matchesEverything = "so every conversation event on the topic fires the trigger";
    if (matchCriteria === undefined || matchCriteria === null) {
        return { problem: `matchCriteria is not set, ${matchesEverything}` };
    }
    if (typeof matchCriteria !== "string") {
        return { problem: `matchCriteria must be a JSON string, but it is a ${typeof matchCriteria}` };
    }
    if (matchCriteria.trim() === "") {
        return { problem: `matchCriteria is an empty string, ${matchesEverything}` };
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(matchCriteria);
    } catch (error) {
        return { problem: `matchCriteria is not valid JSON (${(error as Error).message})` };
    }
    if (!Array.isArray(parsed)) {
        return { problem: "matchCriteria must be a JSON array of criteria" };
    }
    const criteria: Criterion[] = [];
    for (const [index, entry] of parsed.entries()) {
        if (!isRecord(entry) || typeof entry["jsonPath"] !== "string" || typeof entry["operator"] !== "string") {
            return { problem: `criterion #${index + 1} (${JSON.stringify(entry)}) is not an object with a string jsonPath and operator` };
        }
        criteria.push({ index, jsonPath: entry["jsonPath"], operator: entry["operator"], value: entry["value"], values: entry["values"] });
    }
    return { criteria };
}

/** The criteria on one top-level field, whatever spelling their jsonPath uses. */
export function criteriaOnField(criteria: readonly Criterion[], field: string): Criterion[] {
    return criteria.filter((criterion) => topLevelField(criterion.jsonPath) === field);
}

