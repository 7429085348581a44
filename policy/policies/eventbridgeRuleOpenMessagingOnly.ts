/**
 * Rule: an EventBridge rule must only pass Open Messaging events, exactly like the webhook triggers.
 *
 * The pattern may be spelled differently (key order, whitespace, repeated values, extra narrowing fields),
 * but `detail.eventBody.mediaType` and `.messageType` must each allow exactly the one required value. A
 * missing field, a second value, a content filter (prefix, anything-but, wildcard, exists, …) or `$or`
 * lets other channels through, and Cognigy would end the wrong bot sessions.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import {
    EVENT_BODY_PATH,
    EVENT_RULE_TYPE,
    handoverEventPatternJson,
    isRecord,
    REQUIRED_EVENT_MATCH,
} from "@cognigy-handover/contract";
import { describeResource } from "./policySupport";

export const EVENTBRIDGE_RULE_OPEN_MESSAGING_ONLY = "eventbridge-rule-open-messaging-only";

const OR_OPERATOR = "$or";

function containsOr(value: unknown): boolean {
    if (Array.isArray(value)) {
        return value.some(containsOr);
    }
    return isRecord(value) && Object.entries(value).some(([key, inner]) => key === OR_OPERATOR || containsOr(inner));
}

/** Every reason the pattern lets more than Open Messaging through (empty when it is exact). */
export function eventPatternProblems(eventPattern: unknown): string[] {
    if (typeof eventPattern !== "string" || eventPattern.trim() === "") {
        return ["eventPattern is not set, so the rule passes every event on the bus"];
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(eventPattern);
    } catch (error) {
        return [`eventPattern is not valid JSON (${(error as Error).message})`];
    }
    if (!isRecord(parsed)) {
        return ["eventPattern must be a JSON object"];
    }
    if (containsOr(parsed)) {
        return [`eventPattern uses ${OR_OPERATOR}, which matches events that satisfy either branch`];
    }
    let body: unknown = parsed;
    for (const key of EVENT_BODY_PATH) {
        body = isRecord(body) ? body[key] : undefined;
    }
    const bodyPath = EVENT_BODY_PATH.join(".");
    const problems: string[] = [];
    for (const { jsonPath: field, value: required } of REQUIRED_EVENT_MATCH) {
        const allowed = isRecord(body) ? body[field] : undefined;
        if (allowed === undefined) {
            problems.push(`${bodyPath}.${field} is not restricted`);
        } else if (!Array.isArray(allowed) || allowed.length === 0) {
            problems.push(`${bodyPath}.${field} must be a list of values, but is ${JSON.stringify(allowed)}`);
        } else if (!allowed.every((value) => value === required)) {
            problems.push(`${bodyPath}.${field} allows ${JSON.stringify(allowed)} instead of exactly ["${required}"]`);
        }
    }
    return problems;
}

export const eventbridgeRuleOpenMessagingOnly: ResourceValidationPolicy = {
    name: EVENTBRIDGE_RULE_OPEN_MESSAGING_ONLY,
    description:
        "EventBridge rules must restrict detail.eventBody.mediaType to exactly MESSAGE and messageType to exactly OPEN, " +
        "like the webhook triggers, so Cognigy never ends bot sessions of other channels.",
    enforcementLevel: "mandatory",
    severity: "critical",
    validateResource: (args, reportViolation) => {
        if (args.type !== EVENT_RULE_TYPE) {
            return args.notApplicable(`Only applies to ${EVENT_RULE_TYPE}`);
        }
        if (args.props["scheduleExpression"] !== undefined && args.props["eventPattern"] === undefined) {
            return args.notApplicable("Scheduled rules carry no events");
        }
        const problems = eventPatternProblems(args.props["eventPattern"]);
        if (problems.length > 0) {
            reportViolation(
                `${describeResource("EventBridge rule", args.name, args.props)} lets more than Open Messaging events through: ` +
                    `${problems.join("; ")}. Set eventPattern to ${handoverEventPatternJson()} (fields outside detail.eventBody may narrow it further).`,
            );
        }
    },
};
