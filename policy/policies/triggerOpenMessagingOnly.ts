/**
 * Rule: a trigger on a conversation topic must only fire for Open Messaging conversations.
 *
 * Without `mediaType == MESSAGE` and `messageType == OPEN` Genesys fires the trigger for voice calls, chats,
 * emails and every other messaging channel, and Cognigy ends whichever bot session it finds for that user.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { TOPIC_PREFIX } from "../../components/events";
import { REQUIRED_EVENT_MATCH } from "../../components/handoverContract";
import { PROCESS_AUTOMATION_TRIGGER_TYPE } from "./resourceTypes";
import { describeResource, isRecord } from "./policySupport";

export const TRIGGER_OPEN_MESSAGING_ONLY = "trigger-open-messaging-only";

const CONVERSATION_TOPIC_PREFIX = `${TOPIC_PREFIX}.`;

/** The criteria to write, in the key order the Genesys provider reads back (no perpetual diff). */
export const REQUIRED_MATCH_CRITERIA_JSON = JSON.stringify(
    REQUIRED_EVENT_MATCH.map(({ jsonPath, value }) => ({ jsonPath, operator: "Equal", value })),
);

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

function topLevelField(jsonPath: string): string | undefined {
    for (const spelling of TOP_LEVEL_FIELD_SPELLINGS) {
        const match = spelling.exec(jsonPath.trim());
        if (match) {
            return match[1];
        }
    }
    return undefined;
}

interface Criterion {
    readonly index: number;
    readonly jsonPath: string;
    readonly operator: string;
    readonly value: unknown;
    readonly values: unknown;
}

type ParsedCriteria = { readonly criteria: Criterion[] } | { readonly problem: string };

/** Genesys sends `null` for the unused one of value/values, so null counts as "not set". */
function isSet(value: unknown): boolean {
    return value !== undefined && value !== null;
}

function parseMatchCriteria(matchCriteria: unknown): ParsedCriteria {
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

/** Why `criterion` does not limit `field` to exactly `required`, or undefined when it does. */
function wideningProblem(criterion: Criterion, field: string, required: string): string | undefined {
    const label = `criterion #${criterion.index + 1} on ${field}`;
    if (isSet(criterion.value) && isSet(criterion.values)) {
        return `${label} sets both value and values (Genesys accepts only one)`;
    }
    switch (criterion.operator) {
        case "Equal":
            return criterion.value === required && !isSet(criterion.values)
                ? undefined
                : `${label} is Equal ${JSON.stringify(criterion.value ?? criterion.values)} instead of Equal "${required}"`;
        case "In":
            return Array.isArray(criterion.values) && criterion.values.length === 1 && criterion.values[0] === required
                ? undefined
                : `${label} is In ${JSON.stringify(criterion.values ?? criterion.value)} instead of exactly ["${required}"]`;
        case "NotEqual":
        case "NotIn":
            return `${label} uses ${criterion.operator}, which lets every other ${field} through`;
        default:
            return `${label} uses operator ${criterion.operator}, which does not limit ${field} to exactly "${required}"`;
    }
}

/** Every reason the criteria let more than Open Messaging through (empty when they are exact). */
export function openMessagingProblems(matchCriteria: unknown): string[] {
    const parsed = parseMatchCriteria(matchCriteria);
    if ("problem" in parsed) {
        return [parsed.problem];
    }
    const problems: string[] = [];
    for (const { jsonPath: field, value: required } of REQUIRED_EVENT_MATCH) {
        const onField = parsed.criteria.filter((criterion) => topLevelField(criterion.jsonPath) === field);
        if (onField.length === 0) {
            const nearMisses = parsed.criteria.filter((criterion) => criterion.jsonPath.toLowerCase().includes(field.toLowerCase()));
            const hint = nearMisses.map((criterion) => ` (criterion #${criterion.index + 1} uses jsonPath ${JSON.stringify(criterion.jsonPath)}, which is not the event's top-level ${field})`).join("");
            problems.push(`no criterion restricts ${field} to "${required}"${hint}`);
            continue;
        }
        // All criteria must hold, so a contradicting one (Equal "VOICE" next to Equal "MESSAGE") would make the
        // trigger never fire; require every criterion on the field to be the exact restriction.
        for (const criterion of onField) {
            const problem = wideningProblem(criterion, field, required);
            if (problem !== undefined) {
                problems.push(problem);
            }
        }
    }
    return problems;
}

export const triggerOpenMessagingOnly: ResourceValidationPolicy = {
    name: TRIGGER_OPEN_MESSAGING_ONLY,
    description:
        "Triggers on conversation topics must restrict mediaType to exactly MESSAGE and messageType to exactly OPEN, " +
        "so Cognigy never ends bot sessions of voice calls, chats or other channels.",
    enforcementLevel: "mandatory",
    severity: "critical",
    validateResource: (args, reportViolation) => {
        if (args.type !== PROCESS_AUTOMATION_TRIGGER_TYPE) {
            return args.notApplicable(`Only applies to ${PROCESS_AUTOMATION_TRIGGER_TYPE}`);
        }
        const topic: unknown = args.props["topicName"];
        if (typeof topic !== "string" || !topic.startsWith(CONVERSATION_TOPIC_PREFIX)) {
            return args.notApplicable(`Only applies to triggers on ${CONVERSATION_TOPIC_PREFIX}* topics`);
        }
        const problems = openMessagingProblems(args.props["matchCriteria"]);
        if (problems.length > 0) {
            reportViolation(
                `${describeResource("Trigger", args.name, args.props)} on ${topic} lets more than Open Messaging conversations through: ` +
                    `${problems.join("; ")}. Cognigy would end bot sessions of voice calls, chats and other channels. ` +
                    `Set matchCriteria to ${REQUIRED_MATCH_CRITERIA_JSON} (criteria on other fields may narrow it further).`,
            );
        }
    },
};
