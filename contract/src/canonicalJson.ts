/** What Go's encoder escapes beyond JSON's own rules. Outside strings they cannot occur in JSON text. */
const GO_ESCAPED = /[<>&\u2028\u2029]/g;

/**
 * JSON as the genesyscloud provider stores it: Go's json.Marshal of the decoded value (e.g. the trigger's
 * `matchCriteria` read-back, process_automation_trigger/process_automations_triggers_struct.go): compact, object
 * keys sorted, and `<`, `>`, `&`, U+2028, U+2029 escaped as `\u003c`-style sequences (encoding/json escapes
 * HTML-sensitive characters by default: encode.go, "String values encode as JSON strings ..."). The provider
 * compares `matchCriteria` as text, so any other spelling shows a diff on every preview.
 */
export function canonicalJson(value: unknown): string {
    return JSON.stringify(sortKeys(value)).replace(GO_ESCAPED, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
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
