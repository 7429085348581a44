/**
 * JSON as the genesyscloud provider stores it: compact, object keys sorted (Go's encoding/json sorts map
 * keys). The provider compares `matchCriteria` as text, so any other spelling shows a diff on every preview.
 */
export function canonicalJson(value: unknown): string {
    return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(sortKeys);
    }
    if (value !== null && typeof value === "object") {
        const object = value as Record<string, unknown>;
        return Object.fromEntries(
            Object.keys(object)
                .sort()
                .filter((key) => object[key] !== undefined)
                .map((key) => [key, sortKeys(object[key])]),
        );
    }
    return value;
}
