import { createHash } from "crypto";
import { partnerEventSourceName } from "@cognigy-handover/contract";

/**
 * The event as EventBridge hands it to rules and targets when Genesys' Amazon EventBridge Source publishes it:
 * `detail-type` is the topic template, `source` the partner event source, `detail` the notification
 * (`topicName` with the concrete conversation id, `version`, `eventBody`, `metadata`). Shape from Genesys'
 * published samples; `detail.version` is not documented and assumed "2" like the v2 notification topics.
 */

/** Stands in for the Genesys org id when the stack does not name its partner event bus. */
export const SIMULATED_ORG_ID = "00000000-0000-4000-8000-000000000000";

export interface EnvelopeSource {
    readonly orgId: string;
    readonly suffix: string;
    readonly account: string;
    readonly region: string;
}

/** Stable per event so repeated runs print the same ids. */
function stableUuid(seed: string): string {
    const hex = createHash("sha256").update(seed).digest("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function eventBridgeEnvelope(
    topicTemplate: string,
    topicName: string,
    eventBody: Record<string, unknown>,
    source: EnvelopeSource,
): Record<string, unknown> {
    const eventTime = typeof eventBody.eventTime === "number" ? new Date(eventBody.eventTime) : new Date(0);
    return {
        version: "0",
        id: stableUuid(`${topicName}:${JSON.stringify(eventBody)}`),
        "detail-type": topicTemplate,
        source: partnerEventSourceName(source.orgId, source.suffix),
        account: source.account,
        time: eventTime.toISOString().replace(/\.\d{3}Z$/, "Z"),
        region: source.region,
        resources: [],
        detail: {
            topicName,
            version: "2",
            eventBody,
            metadata: { CorrelationId: stableUuid(`correlation:${topicName}`) },
        },
    };
}
