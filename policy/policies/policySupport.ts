/**
 * Small helpers every rule shares: reading typed settings from a policy's configuration (the Pulumi CLI fills the
 * schema defaults before the analyzer sees it, pulumi/pulumi `pkg/resource/analyzer/config.go`), reading untyped
 * resource properties, and naming a resource in a violation message.
 */

/**
 * A wrong configuration type is an operator mistake, not a resource violation: fail loudly (the CLI validates
 * the schema first, so this only fires when a caller skips it).
 */
function invalidSetting(policyName: string, key: string, expected: string, actual: unknown): Error {
    return new Error(`Policy "${policyName}": configuration "${key}" must be ${expected}, got ${JSON.stringify(actual)}.`);
}

export function booleanSetting(policyName: string, settings: Readonly<Record<string, unknown>>, key: string): boolean {
    const value = settings[key];
    if (typeof value !== "boolean") {
        throw invalidSetting(policyName, key, "a boolean", value);
    }
    return value;
}

export function stringListSetting(policyName: string, settings: Readonly<Record<string, unknown>>, key: string): string[] {
    const value = settings[key];
    if (!Array.isArray(value) || !value.every((item): item is string => typeof item === "string")) {
        throw invalidSetting(policyName, key, "an array of strings", value);
    }
    return [...value];
}

/**
 * `trigger "Trigger conversation.id.acw" (Pulumi resource acw-trigger)`: the Genesys name is what people
 * see in the Genesys UI, the logical name is what they search for in the program.
 */
export function describeResource(kind: string, logicalName: string, props: Record<string, unknown>): string {
    const genesysName = props["name"];
    return typeof genesysName === "string" && genesysName !== ""
        ? `${kind} "${genesysName}" (Pulumi resource ${logicalName})`
        : `${kind} ${logicalName}`;
}

/** Renders a list for a message: `"a", "b"`. */
export function quoteAll(values: readonly string[]): string {
    return values.map((value) => JSON.stringify(value)).join(", ");
}
