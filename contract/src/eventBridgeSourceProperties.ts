/**
 * `config.properties` of the Genesys "Amazon EventBridge Source" integration. The provider, not Genesys,
 * re-serialises what the API returns with Go's json.Marshal (keys sorted, compact) before storing it, and compares
 * it with the configured text as JSON (SuppressEquivalentJsonDiffs), so another spelling of the same object would
 * not diff. The stack writes that spelling anyway, so state, plan and policies all see one text. What does diff: a
 * key the org holds that the configured JSON lacks (the configured object replaces the org's on every update).
 * Imports nothing, so the policy pack can parse properties with it too.
 */
export interface EventBridgeSourceProperties {
    /** The AWS account the partner event source appears in. */
    readonly awsAccountId: string;
    readonly awsAccountRegion: string;
    /** The Cognigy `organisationId`: the last part of the partner event source name. */
    readonly eventSourceSuffix: string;
    /** Topics Genesys forwards, with the `{id}` placeholder. */
    readonly eventFilter: readonly string[];
}

export function eventBridgeSourcePropertiesJson(properties: EventBridgeSourceProperties): string {
    // Written out in sorted key order rather than sorted at runtime, so a reader sees the stored spelling.
    return JSON.stringify({
        awsAccountId: properties.awsAccountId,
        awsAccountRegion: properties.awsAccountRegion,
        eventFilter: [...properties.eventFilter],
        eventSourceSuffix: properties.eventSourceSuffix,
    });
}

/** The properties back from their JSON, or why they cannot be read. */
export function parseEventBridgeSourceProperties(json: unknown): EventBridgeSourceProperties | { readonly problem: string } {
    if (typeof json !== "string") {
        return { problem: `config.properties must be a JSON string, but it is ${json === undefined ? "missing" : `a ${typeof json}`}` };
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(json);
    } catch (error) {
        return { problem: `config.properties is not valid JSON (${(error as Error).message})` };
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        return { problem: "config.properties must be a JSON object" };
    }
    const record = parsed as Record<string, unknown>;
    const strings = ["awsAccountId", "awsAccountRegion", "eventSourceSuffix"] as const;
    const missing = strings.filter((key) => typeof record[key] !== "string" || record[key] === "");
    const filter = record["eventFilter"];
    const filterOk = Array.isArray(filter) && filter.every((topic) => typeof topic === "string");
    if (missing.length > 0 || !filterOk) {
        const problems = missing.map((key) => `${key} is not a non-empty string`);
        if (!filterOk) {
            problems.push("eventFilter is not an array of topic strings");
        }
        return { problem: `config.properties: ${problems.join("; ")}` };
    }
    return {
        awsAccountId: record["awsAccountId"] as string,
        awsAccountRegion: record["awsAccountRegion"] as string,
        eventSourceSuffix: record["eventSourceSuffix"] as string,
        eventFilter: filter,
    };
}
