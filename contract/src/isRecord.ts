/** Property bags, parsed JSON and YAML documents arrive untyped; narrow them to a plain object with this. */
export function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
