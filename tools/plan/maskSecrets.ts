import { propertyPath } from "../evaluate/wireValues";

export const SECRET_MASK = "[secret]";

/** A copy of `values` with every value at one of `secretPaths` (as the evaluator records them) replaced by `[secret]`. */
export function maskSecrets(values: Readonly<Record<string, unknown>>, secretPaths: readonly string[]): Record<string, unknown> {
    const secrets = new Set(secretPaths);
    const mask = (value: unknown, path: string): unknown => {
        if (secrets.has(path)) {
            return SECRET_MASK;
        }
        if (Array.isArray(value)) {
            return value.map((item, index) => mask(item, propertyPath(path, index)));
        }
        if (typeof value === "object" && value !== null) {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mask(inner, propertyPath(path, key))]));
        }
        return value;
    };
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, mask(value, key)]));
}
