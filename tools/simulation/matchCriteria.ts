import { criterionValueProblem, MatchCriterion, parseMatchCriteriaJson } from "@cognigy-handover/contract";
import { JSONPath } from "jsonpath-plus";

/**
 * Process Automation match criteria, evaluated the way Genesys documents them: each criterion's Goessner
 * JSONPath is run against the event body, and every criterion must hold (AND). Genesys normalises a bare
 * path such as `mediaType` to `$['mediaType']` (the trigger test endpoint shows that), so both spellings work.
 */

export interface CriterionResult {
    readonly criterion: MatchCriterion;
    readonly holds: boolean;
    /** What the path extracted; undefined when the field is missing. */
    readonly actual: unknown;
}

export interface CriteriaResult {
    readonly matches: boolean;
    readonly results: readonly CriterionResult[];
}

export class InvalidCriteriaError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "InvalidCriteriaError";
    }
}

/**
 * The trigger's criteria as Genesys accepts them (the shared parser, then each criterion's value rule), or an
 * InvalidCriteriaError saying why Genesys would refuse them. No criteria means every event of the topic fires.
 */
export function acceptedMatchCriteria(matchCriteria: string | undefined): readonly MatchCriterion[] {
    const parsed = parseMatchCriteriaJson(matchCriteria);
    if ("problem" in parsed) {
        throw new InvalidCriteriaError(parsed.problem);
    }
    for (const [index, criterion] of parsed.criteria.entries()) {
        const problem = criterionValueProblem(criterion);
        if (problem !== undefined) {
            throw new InvalidCriteriaError(`matchCriteria[${index}] (${criterion.jsonPath} ${criterion.operator}) ${problem}`);
        }
    }
    return parsed.criteria;
}

/** Bare paths (`mediaType`, `a.b`) are relative to the event body's root. */
export function normaliseJsonPath(path: string): string {
    const trimmed = path.trim();
    if (trimmed.startsWith("$")) {
        return trimmed;
    }
    return trimmed.startsWith("[") ? `$${trimmed}` : `$.${trimmed}`;
}

/** undefined = missing; one hit = that value; several hits (indefinite path) = the list, as Jayway returns. */
export function extract(eventBody: unknown, path: string): unknown {
    const hits = JSONPath({ path: normaliseJsonPath(path), json: eventBody as object, wrap: true }) as unknown[];
    if (hits.length === 0) {
        return undefined;
    }
    return hits.length === 1 ? hits[0] : hits;
}

/** Jayway compares without coercion: the number 5 does not equal the string "5". */
function sameValue(a: unknown, b: unknown): boolean {
    if (typeof a !== typeof b) {
        return false;
    }
    if (typeof a === "object" && a !== null) {
        return JSON.stringify(a) === JSON.stringify(b);
    }
    return a === b;
}

/** Ordering only between two numbers or two strings; anything else never holds. */
function compare(actual: unknown, expected: unknown): number | undefined {
    if (typeof actual === "number" && typeof expected === "number") {
        return actual - expected;
    }
    if (typeof actual === "string" && typeof expected === "string") {
        return actual < expected ? -1 : actual > expected ? 1 : 0;
    }
    return undefined;
}

function ordered(actual: unknown, expected: unknown, test: (difference: number) => boolean): boolean {
    const difference = compare(actual, expected);
    return difference !== undefined && test(difference);
}

/**
 * One criterion. A missing field fails every positive operator; the negative ones (NotEqual, NotIn) hold,
 * as in Jayway, where an undefined left side is "not equal" to anything [inferred, not documented by Genesys].
 */
export function criterionHolds(criterion: MatchCriterion, actual: unknown): boolean {
    const { value } = criterion;
    const values: readonly unknown[] = Array.isArray(criterion.values) ? criterion.values : [];
    switch (criterion.operator) {
        case "Equal":
            return actual !== undefined && sameValue(actual, value);
        case "NotEqual":
            return !sameValue(actual, value);
        case "In":
            return actual !== undefined && values.some((candidate) => sameValue(actual, candidate));
        case "NotIn":
            return !values.some((candidate) => sameValue(actual, candidate));
        case "Contains":
            if (Array.isArray(actual)) {
                return actual.some((element) => sameValue(element, value));
            }
            return typeof actual === "string" && typeof value === "string" && actual.includes(value);
        case "All":
            return Array.isArray(actual) && values.every((candidate) => actual.some((element) => sameValue(element, candidate)));
        case "Exists":
            // `value` says whether the field must be there; null counts as present, as in Jayway.
            return (actual !== undefined) === (value === true || value === "true");
        case "Size":
            return (Array.isArray(actual) || typeof actual === "string") && actual.length === value;
        case "GreaterThan":
            return ordered(actual, value, (d) => d > 0);
        case "GreaterThanOrEqual":
            return ordered(actual, value, (d) => d >= 0);
        case "LessThan":
            return ordered(actual, value, (d) => d < 0);
        case "LessThanOrEqual":
            return ordered(actual, value, (d) => d <= 0);
    }
}

export function evaluateCriteria(criteria: readonly MatchCriterion[], eventBody: unknown): CriteriaResult {
    const results = criteria.map((criterion) => {
        const actual = extract(eventBody, criterion.jsonPath);
        return { criterion, actual, holds: criterionHolds(criterion, actual) };
    });
    return { matches: results.every((result) => result.holds), results };
}

export function describeCriterion(criterion: MatchCriterion): string {
    const expected = criterion.values !== undefined ? JSON.stringify(criterion.values) : JSON.stringify(criterion.value);
    return `${criterion.jsonPath} ${criterion.operator} ${expected}`;
}

export function describeFailedCriteria(result: CriteriaResult): string {
    return result.results
        .filter((entry) => !entry.holds)
        .map((entry) => `${describeCriterion(entry.criterion)} (event has ${entry.actual === undefined ? "no such field" : JSON.stringify(entry.actual)})`)
        .join("; ");
}
