/**
 * The sample events doctor hands Genesys' trigger test endpoints, typed with the Platform API SDK's own event
 * models. One handover end per topic that must fire the stack's trigger, and two near misses that must not:
 * the same end on a voice call, and on a messaging conversation that is not Open Messaging.
 */
import type { Models } from "purecloud-platform-client-v2";
import { HANDOVER_EVENTS, HandoverEvent, REQUIRED_EVENT_MATCH } from "@cognigy-handover/contract";

export type HandoverEventBody = Models.AcwDetailEventTopicAfterCallWorkEvent | Models.UserEndDetailEventTopicUserEndEvent;

export interface SampleEvent {
    readonly name: string;
    readonly body: HandoverEventBody;
    /** Whether the stack's own trigger for this topic must match it. */
    readonly mustMatch: boolean;
}

/** The address Cognigy would see as `userId`; no Cognigy session has it. */
export const PROBE_ADDRESS = "cognigy-genesys-handover-doctor-probe";

const OPEN_MESSAGING = Object.fromEntries(REQUIRED_EVENT_MATCH.map(({ jsonPath, value }) => [jsonPath, value])) as {
    mediaType: string;
    messageType: string;
};

function baseBody(event: HandoverEvent): HandoverEventBody {
    const common = {
        eventTime: Date.UTC(2026, 0, 1),
        conversationId: "00000000-0000-4000-8000-00000000d0c7",
        participantId: "00000000-0000-4000-8000-00000000d0c8",
        sessionId: "00000000-0000-4000-8000-00000000d0c9",
        mediaType: OPEN_MESSAGING.mediaType,
        messageType: OPEN_MESSAGING.messageType,
        provider: "PureCloud Messaging",
        direction: "INBOUND",
        addressTo: PROBE_ADDRESS,
        addressFrom: "Cognigy Open Messaging",
        userId: "00000000-0000-4000-8000-00000000d0ca",
        queueId: "00000000-0000-4000-8000-00000000d0cb",
    };
    if (event.name === HANDOVER_EVENTS.UserEndEvent.name) {
        const userEnd: Models.UserEndDetailEventTopicUserEndEvent = { ...common, disconnectType: "CLIENT" };
        return userEnd;
    }
    const afterCallWork: Models.AcwDetailEventTopicAfterCallWorkEvent = { ...common, wrapupCode: "00000000-0000-4000-8000-00000000d0cc", wrapupDurationMs: 1000 };
    return afterCallWork;
}

/**
 * Event fields the stack's own criteria pin beyond MESSAGE/OPEN (e.g. a queue scope), taken from the criteria
 * the program registers, so the must-match sample is one this stack is meant to fire on. Only top-level
 * `Equal` / `In` criteria can be satisfied this way; others are left to the event's defaults.
 */
export function fieldsSatisfying(criteria: readonly object[]): Record<string, unknown> {
    const fields: Record<string, unknown> = {};
    for (const criterion of criteria as readonly Record<string, unknown>[]) {
        const path = typeof criterion.jsonPath === "string" ? criterion.jsonPath.replace(/^\$\.?/, "") : "";
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(path) || path in OPEN_MESSAGING) {
            continue;
        }
        if (criterion.operator === "Equal" && criterion.value !== undefined && criterion.value !== null) {
            fields[path] = criterion.value;
        } else if (criterion.operator === "In" && Array.isArray(criterion.values) && criterion.values.length > 0) {
            fields[path] = criterion.values[0];
        }
    }
    return fields;
}

/** The three samples for one topic: Open Messaging (must match), voice and web messaging (must not). */
export function samplesFor(event: HandoverEvent, ownCriteria: readonly object[]): SampleEvent[] {
    const handoverEnd = { ...baseBody(event), ...fieldsSatisfying(ownCriteria) };
    const voice: HandoverEventBody = { ...handoverEnd, mediaType: "VOICE", messageType: undefined };
    const webMessaging: HandoverEventBody = { ...handoverEnd, messageType: "WEBMESSAGING" };
    return [
        { name: `${event.name} of an Open Messaging conversation`, body: handoverEnd, mustMatch: true },
        { name: `${event.name} of a voice call`, body: withoutUndefined(voice), mustMatch: false },
        { name: `${event.name} of a web messaging conversation`, body: webMessaging, mustMatch: false },
    ];
}

function withoutUndefined<T extends object>(value: T): T {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
