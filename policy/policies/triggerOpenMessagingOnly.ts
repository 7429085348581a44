/**
 * Rule: a trigger on a conversation topic must only fire for Open Messaging conversations.
 *
 * Without `mediaType == MESSAGE` and `messageType == OPEN` Genesys fires the trigger for voice calls, chats,
 * emails and every other messaging channel, and Cognigy ends whichever bot session it finds for that user.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { criterionValueProblem, handoverMatchCriteriaJson, REQUIRED_EVENT_MATCH } from "@cognigy-handover/contract";
import { describeResource } from "./policySupport";
import { conversationTriggerTopic, criteriaOnField, NumberedCriterion, requiredTriggerCriteria } from "./triggerCriteria";

export const TRIGGER_OPEN_MESSAGING_ONLY = "trigger-open-messaging-only";

/** The criteria to write: the program's own, as the Genesys provider reads them back (no perpetual diff). */
export const REQUIRED_MATCH_CRITERIA_JSON = handoverMatchCriteriaJson();

/**
 * How one criterion on a required field relates to the required value. Genesys ANDs all criteria, so next to
 * an exact restriction (Equal "MESSAGE" or In ["MESSAGE"]) a criterion that also holds for "MESSAGE" changes
 * nothing, while one that does not hold for it makes the trigger never fire.
 */
type Relation =
    | { readonly kind: "exact" }
    /** Holds for the required value but, on its own, lets other values through. */
    | { readonly kind: "consistent"; readonly alone: string }
    /** Never holds for the required value. */
    | { readonly kind: "contradicts"; readonly alone: string; readonly next: string }
    /** Wrongly shaped, or an operator whose effect this policy does not evaluate. */
    | { readonly kind: "invalid"; readonly problem: string };

function relationTo({ index, criterion }: NumberedCriterion, field: string, required: string): Relation {
    const label = `criterion #${index + 1} on ${field}`;
    const { operator, value, values } = criterion;
    if (value !== undefined && values !== undefined) {
        return { kind: "invalid", problem: `${label} ${criterionValueProblem(criterion)}` };
    }
    const contradicts = (alone: string, what: string): Relation => ({
        kind: "contradicts",
        alone,
        next: `${label} (${what}) contradicts the restriction to "${required}"`,
    });
    switch (operator) {
        case "Equal": {
            const alone = `${label} is Equal ${JSON.stringify(value ?? values)} instead of Equal "${required}"`;
            if (value === undefined) {
                return { kind: "invalid", problem: alone };
            }
            return value === required ? { kind: "exact" } : contradicts(alone, `Equal ${JSON.stringify(value)}`);
        }
        case "In": {
            const alone = `${label} is In ${JSON.stringify(values ?? value)} instead of exactly ["${required}"]`;
            if (!Array.isArray(values)) {
                return { kind: "invalid", problem: alone };
            }
            if (values.length === 1 && values[0] === required) {
                return { kind: "exact" };
            }
            return values.includes(required) ? { kind: "consistent", alone } : contradicts(alone, `In ${JSON.stringify(values)}`);
        }
        case "NotEqual":
        case "NotIn": {
            const alone = `${label} uses ${operator}, which lets every other ${field} through`;
            const excluded = operator === "NotEqual" ? [value] : values;
            if (!Array.isArray(excluded) || excluded[0] === undefined || excluded[0] === null) {
                return { kind: "invalid", problem: `${label} uses ${operator} without ${operator === "NotEqual" ? "a value" : "a list in values"}` };
            }
            return excluded.includes(required) ? contradicts(alone, `${operator} ${JSON.stringify(operator === "NotEqual" ? value : values)}`) : { kind: "consistent", alone };
        }
        case "Exists": {
            const alone = `${label} uses operator Exists, which does not limit ${field} to exactly "${required}"`;
            return value === true || value === "true" ? { kind: "consistent", alone } : contradicts(alone, `Exists ${JSON.stringify(value)}`);
        }
        default:
            return { kind: "invalid", problem: `${label} uses operator ${operator}, which does not limit ${field} to exactly "${required}"` };
    }
}

export interface CriteriaProblems {
    /** Why the criteria let more than Open Messaging through. */
    readonly widening: string[];
    /** Why the trigger could never fire (contradicting criteria: all must hold). */
    readonly neverFires: string[];
}

/**
 * Every reason the criteria are not "Open Messaging, possibly narrowed further". Criteria on other fields
 * always narrow (AND); criteria on mediaType/messageType are accepted next to the exact restriction when they
 * also hold for the required value.
 */
export function matchCriteriaProblems(matchCriteria: unknown): CriteriaProblems {
    const parsed = requiredTriggerCriteria(matchCriteria);
    if ("problem" in parsed) {
        return { widening: [parsed.problem], neverFires: [] };
    }
    const widening: string[] = [];
    const neverFires: string[] = [];
    for (const { jsonPath: field, value: required } of REQUIRED_EVENT_MATCH) {
        const onField = criteriaOnField(parsed.criteria, field);
        if (onField.length === 0) {
            const hint = parsed.criteria
                .map((criterion, index) => ({ criterion, index }))
                .filter(({ criterion }) => criterion.jsonPath.toLowerCase().includes(field.toLowerCase()))
                .map(({ criterion, index }) => ` (criterion #${index + 1} uses jsonPath ${JSON.stringify(criterion.jsonPath)}, which is not the event's top-level ${field})`)
                .join("");
            widening.push(`no criterion restricts ${field} to "${required}"${hint}`);
            continue;
        }
        const relations = onField.map((criterion) => relationTo(criterion, field, required));
        const restricted = relations.some((relation) => relation.kind === "exact");
        for (const relation of relations) {
            if (relation.kind === "invalid") {
                widening.push(relation.problem);
            } else if (relation.kind === "consistent" && !restricted) {
                widening.push(relation.alone);
            } else if (relation.kind === "contradicts") {
                (restricted ? neverFires : widening).push(restricted ? relation.next : relation.alone);
            }
        }
    }
    return { widening, neverFires };
}

export const triggerOpenMessagingOnly: ResourceValidationPolicy = {
    name: TRIGGER_OPEN_MESSAGING_ONLY,
    description:
        "Triggers on conversation topics must restrict mediaType to exactly MESSAGE and messageType to exactly OPEN, " +
        "so Cognigy never ends bot sessions of voice calls, chats or other channels.",
    enforcementLevel: "mandatory",
    severity: "critical",
    validateResource: (args, reportViolation) => {
        const topic = conversationTriggerTopic(args);
        const { widening, neverFires } = matchCriteriaProblems(args.props["matchCriteria"]);
        const trigger = describeResource("Trigger", args.name, args.props);
        if (widening.length > 0) {
            reportViolation(
                `${trigger} on ${topic} lets more than Open Messaging conversations through: ` +
                    `${widening.join("; ")}. Cognigy would end bot sessions of voice calls, chats and other channels. ` +
                    `Set matchCriteria to ${REQUIRED_MATCH_CRITERIA_JSON} (criteria on other fields may narrow it further).`,
            );
        }
        if (neverFires.length > 0) {
            reportViolation(
                `${trigger} on ${topic} can never fire: ${neverFires.join("; ")}. Genesys requires every criterion to hold, ` +
                    `so Cognigy would never learn that these handovers ended. Remove the contradicting criteria; ` +
                    `keep ${REQUIRED_MATCH_CRITERIA_JSON} (criteria on other fields may narrow it further).`,
            );
        }
    },
};
