import { WorkflowVariable } from "./workflowDefinition";

/**
 * How a trigger hands the event to its workflow. `TopLevelPrimitives` (the default): only the top-level strings,
 * numbers and booleans of the event body, each field `x` into the workflow variable `Flow.x`, and only when that
 * variable is declared "Input to flow" (`isInput: true`); arrays, objects and everything else are dropped.
 * `Json`: the whole body into the input variable `Flow.jsonData`.
 */

export type DataFormat = "TopLevelPrimitives" | "Json";

export interface WorkflowInputs {
    /** Variable name (`Flow.x`) → value. */
    readonly values: ReadonlyMap<string, unknown>;
    /** Why event fields that look meant for the workflow did not reach it. */
    readonly notes: readonly string[];
}

export function flowVariableFor(field: string): string {
    return `Flow.${field}`;
}

function isPrimitive(value: unknown): value is string | number | boolean {
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

/** A primitive as the declared variable type holds it; undefined when it cannot. */
function convert(value: string | number | boolean, type: string): unknown {
    switch (type) {
        case "string":
            // Enums and ids arrive as strings; a number into a string variable is assumed converted [inferred].
            return String(value);
        case "integer":
            return typeof value === "number" && Number.isInteger(value) ? value : undefined;
        case "decimal":
            return typeof value === "number" ? value : undefined;
        case "boolean":
            return typeof value === "boolean" ? value : undefined;
        default:
            return value;
    }
}

export function workflowInputs(eventBody: Record<string, unknown>, variables: readonly WorkflowVariable[], format: DataFormat): WorkflowInputs {
    const byName = new Map(variables.map((variable) => [variable.name, variable]));
    const values = new Map<string, unknown>();
    const notes: string[] = [];
    if (format === "Json") {
        const jsonData = byName.get("Flow.jsonData");
        if (jsonData?.isInput === true) {
            values.set(jsonData.name, eventBody);
        } else {
            notes.push("data format Json needs an input variable Flow.jsonData; the workflow declares none, so it gets nothing");
        }
        return { values, notes };
    }
    for (const [field, value] of Object.entries(eventBody)) {
        const variable = byName.get(flowVariableFor(field));
        if (variable === undefined) {
            continue;
        }
        if (!variable.isInput) {
            notes.push(`event field '${field}' does not reach ${variable.name}: the variable is not marked isInput: true`);
            continue;
        }
        if (!isPrimitive(value)) {
            notes.push(`event field '${field}' is not a top-level primitive, so TopLevelPrimitives does not pass it to ${variable.name}`);
            continue;
        }
        const converted = convert(value, variable.type);
        if (converted === undefined) {
            notes.push(`event field '${field}' (${typeof value}) does not fit ${variable.name} (${variable.type})`);
            continue;
        }
        values.set(variable.name, converted);
    }
    return { values, notes };
}
