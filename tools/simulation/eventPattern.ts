import { isRecord } from "@cognigy-handover/contract";

/**
 * Amazon EventBridge event-pattern matching (AWS "Event patterns" and "Content filtering" docs): every key of
 * the pattern must match; an object recurses into the event's object; a leaf is an array of alternatives
 * (literal values or content filters); an event array matches when any of its elements does. Supported filters:
 * exact values (string, number, boolean, null), prefix, suffix, equals-ignore-case, anything-but (value, list
 * or prefix), numeric, exists, and `$or`.
 */

export class InvalidEventPatternError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "InvalidEventPatternError";
    }
}

export function parseEventPattern(text: string | undefined): Record<string, unknown> {
    if (text === undefined) {
        throw new InvalidEventPatternError("the rule has no eventPattern");
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        throw new InvalidEventPatternError(`eventPattern is not JSON: ${(error as Error).message}`);
    }
    if (!isRecord(parsed)) {
        throw new InvalidEventPatternError("eventPattern must be a JSON object");
    }
    return parsed;
}

export function matchesEventPattern(pattern: Record<string, unknown>, event: unknown): boolean {
    return matchObject(pattern, event, "");
}

function matchObject(pattern: Record<string, unknown>, event: unknown, where: string): boolean {
    return Object.entries(pattern).every(([key, subPattern]) => {
        const path = where === "" ? key : `${where}.${key}`;
        if (key === "$or") {
            if (!Array.isArray(subPattern) || !subPattern.every(isRecord)) {
                throw new InvalidEventPatternError(`${path} must be a list of patterns`);
            }
            return subPattern.some((alternative) => matchObject(alternative, event, where));
        }
        const field = isRecord(event) ? event[key] : undefined;
        if (isRecord(subPattern)) {
            return matchObject(subPattern, field, path);
        }
        if (!Array.isArray(subPattern)) {
            throw new InvalidEventPatternError(`${path}: a pattern leaf must be an array of values, got ${JSON.stringify(subPattern)}`);
        }
        return matchLeaf(subPattern, field, path);
    });
}

function matchLeaf(alternatives: readonly unknown[], field: unknown, path: string): boolean {
    return alternatives.some((alternative) => {
        if (isRecord(alternative)) {
            return matchFilter(alternative, field, path);
        }
        // Exact matching: an event array matches when one of its elements is the value.
        const candidates = Array.isArray(field) ? field : [field];
        return field !== undefined && candidates.some((candidate) => candidate === alternative);
    });
}

function scalars(field: unknown): unknown[] {
    return Array.isArray(field) ? field : [field];
}

function matchFilter(filter: Record<string, unknown>, field: unknown, path: string): boolean {
    const keys = Object.keys(filter);
    if (keys.length !== 1) {
        throw new InvalidEventPatternError(`${path}: a content filter has exactly one key, got ${JSON.stringify(filter)}`);
    }
    const [kind] = keys;
    const argument = filter[kind];
    if (kind === "exists") {
        if (typeof argument !== "boolean") {
            throw new InvalidEventPatternError(`${path}: exists takes true or false`);
        }
        // AWS: exists matches leaf fields only; a null value counts as present.
        return (field !== undefined && !isRecord(field)) === argument;
    }
    if (field === undefined) {
        // Every other filter, including anything-but, needs the field to be there.
        return false;
    }
    const values = scalars(field);
    switch (kind) {
        case "prefix":
            return stringFilter(argument, path, kind, (s, a) => s.startsWith(a), values);
        case "suffix":
            return stringFilter(argument, path, kind, (s, a) => s.endsWith(a), values);
        case "equals-ignore-case":
            return stringFilter(argument, path, kind, (s, a) => s.toLowerCase() === a.toLowerCase(), values);
        case "anything-but":
            return values.some((value) => !anythingButExcludes(argument, value, path));
        case "numeric":
            return values.some((value) => typeof value === "number" && numericHolds(argument, value, path));
        default:
            throw new InvalidEventPatternError(`${path}: content filter '${kind}' is not supported by the simulation`);
    }
}

function stringFilter(
    argument: unknown,
    path: string,
    kind: string,
    test: (value: string, argument: string) => boolean,
    values: readonly unknown[],
): boolean {
    if (typeof argument !== "string") {
        throw new InvalidEventPatternError(`${path}: ${kind} takes a string`);
    }
    return values.some((value) => typeof value === "string" && test(value, argument));
}

/** True when anything-but's argument rules the value out. */
function anythingButExcludes(argument: unknown, value: unknown, path: string): boolean {
    if (isRecord(argument)) {
        const prefix = argument.prefix;
        if (typeof prefix !== "string" || Object.keys(argument).length !== 1) {
            throw new InvalidEventPatternError(`${path}: anything-but supports a value, a list or {"prefix": "..."}`);
        }
        return typeof value === "string" && value.startsWith(prefix);
    }
    const excluded = Array.isArray(argument) ? argument : [argument];
    return excluded.some((candidate) => candidate === value);
}

const NUMERIC_OPERATORS: Readonly<Record<string, (value: number, bound: number) => boolean>> = {
    "=": (v, b) => v === b,
    "<": (v, b) => v < b,
    "<=": (v, b) => v <= b,
    ">": (v, b) => v > b,
    ">=": (v, b) => v >= b,
};

function numericHolds(argument: unknown, value: number, path: string): boolean {
    if (!Array.isArray(argument) || argument.length === 0 || argument.length % 2 !== 0) {
        throw new InvalidEventPatternError(`${path}: numeric takes operator/number pairs, e.g. [">", 0, "<=", 5]`);
    }
    for (let index = 0; index < argument.length; index += 2) {
        const operator = NUMERIC_OPERATORS[String(argument[index])];
        const bound: unknown = argument[index + 1];
        if (operator === undefined || typeof bound !== "number") {
            throw new InvalidEventPatternError(`${path}: numeric pair ${JSON.stringify(argument.slice(index, index + 2))} is not valid`);
        }
        if (!operator(value, bound)) {
            return false;
        }
    }
    return true;
}

