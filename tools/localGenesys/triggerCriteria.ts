/**
 * How the local Genesys API judges an event against a trigger's match criteria: its own small evaluator, written
 * from Genesys' documentation and deliberately sharing no code with the simulation (tools/simulation/matchCriteria.ts)
 * or contract/, so the doctor's and the simulation's verdicts are checked against a second reading of the rules.
 *
 * What Genesys documents:
 * - Each criterion is `{jsonPath, operator, value | values}`: "the Goessner json path of the field to match", "only one of
 *   value and values can be included", operators GreaterThanOrEqual, LessThanOrEqual, Equal, NotEqual, LessThan,
 *   GreaterThan, NotIn, In, Contains, All, Exists, Size (MatchCriteria model of the Platform API,
 *   https://developer.genesys.cloud/platform/process-automation/ and the SDKs' MatchCriteria docs).
 * - The criteria "run against the event body"; "'Equal' would expect a 'value' while 'In' would expect a list in the
 *   'values' field"; a bare path such as `mediaType` is extracted as `$['mediaType']` (Genesys Developer Center blog
 *   "Process Automation Triggers", 2022-11-08, https://developer.genesys.cloud/blog/2022-11-08-process-automation-triggers/,
 *   including its trigger test response).
 * - Every condition must be met to invoke the trigger (https://help.mypurecloud.com/articles/create-a-trigger/); without
 *   criteria every event of the topic fires it (CreateTriggerRequest: "When not provided, all events will fire the
 *   trigger").
 *
 * Inferred, not documented: the meaning of the operators beyond their names (ordering only between two numbers or two
 * strings; Contains on a string is a substring test, on a list a membership test; All = the list holds every value;
 * Exists compares presence with a boolean value; Size compares a list's or string's length); and that a missing field
 * fails every operator except NotEqual, NotIn and `Exists false`. Paths: dotted names, `['name']` and `[index]` only;
 * anything else (filters, wildcards) matches nothing here.
 */
import type { Models } from "purecloud-platform-client-v2";
import { SentMatchCriterion, StoredTrigger } from "./orgState";

/** A criterion as a read returns it: `value`/`values` sent as null are left out (the provider stores the read-back array). */
export function criterionAsRead(criterion: SentMatchCriterion): Models.MatchCriteria {
    const read: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(criterion)) {
        if (value !== null && value !== undefined) {
            read[key] = value;
        }
    }
    // The stored criterion minus nulls: the API's MatchCriteria shape (jsonPath, operator, value?, values?).
    return read;
}

/** A criterion as the API returns it; the SDK types `value` as an object, the API sends any JSON value. */
export interface Criterion {
    readonly jsonPath?: string;
    readonly operator?: string;
    readonly value?: unknown;
    readonly values?: unknown;
}

export interface CriterionVerdict {
    readonly criterion: Models.MatchCriteria;
    readonly match: boolean;
    /** What the path found, as the test endpoint's `jsonPathExtraction` shows it; empty when the field is missing. */
    readonly extraction: readonly { readonly value: unknown; readonly path: string }[];
}

export interface TriggerVerdict {
    readonly matches: boolean;
    readonly criteria: readonly CriterionVerdict[];
}

const NOT_FOUND: unique symbol = Symbol("not found");
/** The value at a path, or NOT_FOUND (`unknown` includes it; the name says to expect it). */
type Found = unknown;

/** The path's steps: `a.b[0]`, `$.a.b`, `$['a']['b']`; undefined for anything else. */
export function pathSteps(jsonPath: string): (string | number)[] | undefined {
    let rest = jsonPath.trim();
    if (rest.startsWith("$")) {
        rest = rest.slice(1);
    } else if (rest !== "" && !rest.startsWith("[")) {
        rest = `.${rest}`;
    }
    const steps: (string | number)[] = [];
    const step = /^(?:\.([A-Za-z_][A-Za-z0-9_-]*)|\['([^']*)'\]|\[(\d+)\])/;
    while (rest !== "") {
        const found = step.exec(rest);
        if (!found) {
            return undefined;
        }
        steps.push(found[1] ?? found[2] ?? Number(found[3]));
        rest = rest.slice(found[0].length);
    }
    return steps.length > 0 ? steps : undefined;
}

function extract(eventBody: unknown, steps: readonly (string | number)[]): Found {
    let current: unknown = eventBody;
    for (const step of steps) {
        if (typeof step === "number" ? !Array.isArray(current) || step >= current.length : typeof current !== "object" || current === null || Array.isArray(current) || !(step in current)) {
            return NOT_FOUND;
        }
        current = (current as Record<string | number, unknown>)[step];
    }
    return current;
}

/** The `$['a'][0]` spelling the test endpoint shows. */
function normalisedPath(steps: readonly (string | number)[]): string {
    return `$${steps.map((s) => (typeof s === "number" ? `[${s}]` : `['${s}']`)).join("")}`;
}

/** Equal compares without coercion: the number 5 is not the string "5". */
function equal(a: unknown, b: unknown): boolean {
    if (typeof a === "object" && a !== null && typeof b === "object" && b !== null) {
        return JSON.stringify(a) === JSON.stringify(b);
    }
    return a === b;
}

function order(found: unknown, value: unknown): number | undefined {
    if (typeof found === "number" && typeof value === "number") {
        return Math.sign(found - value);
    }
    if (typeof found === "string" && typeof value === "string") {
        return found === value ? 0 : found < value ? -1 : 1;
    }
    return undefined;
}

function holds(operator: string | undefined, found: Found, value: unknown, values: readonly unknown[]): boolean {
    const present = found !== NOT_FOUND;
    const ordered = (accept: (sign: number) => boolean): boolean => {
        const sign = present ? order(found, value) : undefined;
        return sign !== undefined && accept(sign);
    };
    switch (operator) {
        case "Equal":
            return present && equal(found, value);
        case "NotEqual":
            return !present || !equal(found, value);
        case "In":
            return present && values.some((candidate) => equal(found, candidate));
        case "NotIn":
            return !present || !values.some((candidate) => equal(found, candidate));
        case "GreaterThan":
            return ordered((sign) => sign > 0);
        case "GreaterThanOrEqual":
            return ordered((sign) => sign >= 0);
        case "LessThan":
            return ordered((sign) => sign < 0);
        case "LessThanOrEqual":
            return ordered((sign) => sign <= 0);
        case "Contains":
            if (Array.isArray(found)) {
                return found.some((element) => equal(element, value));
            }
            return typeof found === "string" && typeof value === "string" && found.includes(value);
        case "All":
            return Array.isArray(found) && values.every((candidate) => found.some((element) => equal(element, candidate)));
        case "Exists":
            return present === (value === true || value === "true");
        case "Size":
            return (Array.isArray(found) || typeof found === "string") && found.length === value;
        default:
            return false;
    }
}

export function judgeCriterion(criterion: Criterion, eventBody: unknown): CriterionVerdict {
    const steps = pathSteps(criterion.jsonPath ?? "");
    const found: Found = steps ? extract(eventBody, steps) : NOT_FOUND;
    const values: readonly unknown[] = Array.isArray(criterion.values) ? criterion.values : [];
    return {
        criterion: criterion as Models.MatchCriteria,
        match: holds(criterion.operator, found, criterion.value, values),
        extraction: steps && found !== NOT_FOUND ? [{ value: found, path: normalisedPath(steps) }] : [],
    };
}

/** How the trigger's criteria judge one event body: all must hold; none means every event fires. */
export function evaluateTriggerCriteria(trigger: StoredTrigger, eventBody: unknown): TriggerVerdict {
    const criteria = (trigger.matchCriteria ?? []).map(criterionAsRead).map((criterion) => judgeCriterion(criterion, eventBody));
    return { matches: criteria.every((verdict) => verdict.match), criteria };
}
