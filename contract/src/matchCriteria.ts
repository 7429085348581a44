import { isRecord } from "./isRecord";

/**
 * A Process Automation trigger's `matchCriteria`: a JSON string holding an array of criteria, each a Goessner
 * JSONPath into the event body, an operator and a `value` or a list in `values`. Genesys ANDs all criteria; no
 * criteria means every event of the topic fires the trigger.
 */

export const CRITERIA_OPERATORS = [
    "Equal",
    "NotEqual",
    "In",
    "NotIn",
    "Contains",
    "All",
    "Exists",
    "Size",
    "GreaterThan",
    "GreaterThanOrEqual",
    "LessThan",
    "LessThanOrEqual",
] as const;

export type CriteriaOperator = (typeof CRITERIA_OPERATORS)[number];

/** Operators that compare against a list in `values`; all others take a single `value`. */
const LIST_OPERATORS: ReadonlySet<CriteriaOperator> = new Set<CriteriaOperator>(["In", "NotIn", "All"]);

/** One criterion, as a stack writes it and as the parser reads it back. `value`/`values` absent means not set. */
export interface MatchCriterion {
    readonly jsonPath: string;
    readonly operator: CriteriaOperator;
    readonly value?: unknown;
    readonly values?: unknown;
}

export type ParsedMatchCriteria = { readonly criteria: readonly MatchCriterion[] } | { readonly problem: string };

/**
 * Reads `matchCriteria` (the trigger's JSON string) into criteria, or says why it cannot: not a string, not JSON,
 * not an array, or an entry without a jsonPath or with an operator Genesys does not know. Absent or blank means no
 * criteria. It does not judge `value`/`values` (see criterionValueProblem): callers word that per criterion.
 */
export function parseMatchCriteriaJson(matchCriteria: unknown): ParsedMatchCriteria {
    if (matchCriteria === undefined || matchCriteria === null) {
        return { criteria: [] };
    }
    if (typeof matchCriteria !== "string") {
        return { problem: `matchCriteria must be a JSON string, but it is a ${typeof matchCriteria}` };
    }
    if (matchCriteria.trim() === "") {
        return { criteria: [] };
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
    const criteria: MatchCriterion[] = [];
    for (const [index, entry] of parsed.entries()) {
        const criterion = criterionFrom(entry, `criterion #${index + 1} (${JSON.stringify(entry)})`);
        if ("problem" in criterion) {
            return criterion;
        }
        criteria.push(criterion);
    }
    return { criteria };
}

function criterionFrom(entry: unknown, label: string): MatchCriterion | { readonly problem: string } {
    if (!isRecord(entry) || typeof entry["operator"] !== "string") {
        return { problem: `${label} is not an object with a string jsonPath and operator` };
    }
    const { jsonPath, operator, value, values } = entry;
    if (typeof jsonPath !== "string" || jsonPath.trim() === "") {
        return { problem: `${label} has no jsonPath` };
    }
    if (!isCriteriaOperator(operator)) {
        return { problem: `${label} has unknown operator ${JSON.stringify(operator)} (one of ${CRITERIA_OPERATORS.join(", ")})` };
    }
    // The Terraform provider sends `"values": null` next to `value` (and the reverse); null means "not set".
    return {
        jsonPath,
        operator,
        ...(value !== undefined && value !== null ? { value } : {}),
        ...(values !== undefined && values !== null ? { values } : {}),
    };
}

function isCriteriaOperator(operator: string): operator is CriteriaOperator {
    return (CRITERIA_OPERATORS as readonly string[]).includes(operator);
}

/** Why Genesys refuses this criterion's value(s): exactly one of them, a list for the list operators. */
export function criterionValueProblem(criterion: MatchCriterion): string | undefined {
    const hasValue = criterion.value !== undefined;
    const hasValues = criterion.values !== undefined;
    if (hasValue && hasValues) {
        return "sets both value and values (Genesys accepts only one)";
    }
    if (LIST_OPERATORS.has(criterion.operator)) {
        return hasValues && Array.isArray(criterion.values) ? undefined : "needs a list in values, not value";
    }
    return hasValue ? undefined : "needs a single value, not values";
}
