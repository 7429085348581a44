import { UNKNOWN_VALUE } from "../evaluate/plannedResource";

/** Longest rendering of one input value in the tree before it is cut with `…`. */
export const MAX_VALUE_LENGTH = 120;

/**
 * One-line rendering of an input for the plan tree: scalars as they are, strings that hold JSON (match criteria,
 * contracts, integration properties, event patterns) parsed and re-rendered compactly and never cut, because
 * they are what a reviewer must read in full; other long values are cut to `maxLength`.
 */
export function formatValue(value: unknown, maxLength = MAX_VALUE_LENGTH): string {
    const rendered = render(value);
    return rendered.startsWith("json ") ? rendered : shorten(rendered, maxLength);
}

/** How a value the engine does not know yet (ids, provider-computed outputs on a first preview) reads. */
export const UNKNOWN_RENDERING = "[unknown until the update]";

function render(value: unknown): string {
    if (value === UNKNOWN_VALUE) {
        return UNKNOWN_RENDERING;
    }
    if (typeof value === "string") {
        const json = parseJsonContainer(value);
        return json === undefined ? JSON.stringify(value) : `json ${JSON.stringify(json)}`;
    }
    if (value === undefined) {
        return "undefined";
    }
    // JSON has no form for a function or a symbol (the engine never sends one); say which it was.
    return JSON.stringify(value) ?? `<${typeof value}>`;
}

/** Only objects and arrays count as "JSON strings": "42" or "true" are plain strings to a reader. */
function parseJsonContainer(text: string): unknown {
    const trimmed = text.trim();
    if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
        return undefined;
    }
    try {
        return JSON.parse(trimmed);
    } catch {
        return undefined;
    }
}

function shorten(text: string, maxLength: number): string {
    const oneLine = text.replace(/\s*\n\s*/g, " ");
    return oneLine.length <= maxLength ? oneLine : `${oneLine.slice(0, maxLength - 1)}…`;
}
