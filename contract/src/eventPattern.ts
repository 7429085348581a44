import { REQUIRED_EVENT_MATCH } from "./handoverContract";

/**
 * The EventBridge rule's event pattern, derived from the same Open Messaging restriction the webhook
 * triggers use. Genesys puts the analytics event under `detail.eventBody`, so the trigger's top-level
 * `mediaType` becomes `detail.eventBody.mediaType`. This file imports only the contract, so the policy
 * pack can import it too.
 *
 * Deliberately no `detail-type` (topic) condition: the Genesys source's eventFilter already limits the
 * topics, and the bus is dedicated to that one source. The envelope's `detail-type` spelling is not
 * documented by Genesys; guessing it wrong would make the rule match nothing and silently drop every
 * handover end, which is worse than the nothing a second topic filter would add.
 */
export type EventPattern = { readonly detail: { readonly eventBody: Readonly<Record<string, readonly string[]>> } };

/** The field of the event envelope that holds the analytics event the trigger criteria look at. */
export const EVENT_BODY_PATH = ["detail", "eventBody"] as const;

export function handoverEventPattern(): EventPattern {
    const eventBody: Record<string, readonly string[]> = {};
    for (const { jsonPath, value } of REQUIRED_EVENT_MATCH) {
        eventBody[jsonPath] = [value];
    }
    return { detail: { eventBody } };
}

/** Compact, in the order Cognigy's guide writes it (mediaType, messageType), as the rule stores it. */
export function handoverEventPatternJson(): string {
    return JSON.stringify(handoverEventPattern());
}
