/**
 * The handover event catalogue: the single source of every Genesys topic, the literal Cognigy receives,
 * and the names the Cognigy guide gives the workflow and trigger of each event.
 *
 * Workflows, triggers, the EventBridge source, the policy pack, the simulation and the README all derive
 * from this file; nothing else spells a topic. It imports nothing so that the policy pack (its own npm
 * project) can import it too.
 */

export type HandoverEventName = "AfterCallWorkEvent" | "UserEndEvent" | "CustomerEndEvent" | "UserStartEvent";

export interface HandoverEvent {
    readonly name: HandoverEventName;
    /** The part after `conversation.{id}.`, e.g. `acw` or `user.end`. */
    readonly topicSuffix: string;
    /** The Process Automation / EventBridge topic, with the `{id}` placeholder Genesys uses. */
    readonly topic: string;
    /** What the workflow sends Cognigy as `topic`: the topic with `.id.` instead of `.{id}.`. */
    readonly topicLiteral: string;
    /** Workflow name from the Cognigy guide, before any per-environment suffix. */
    readonly workflowName: string;
    /** Trigger name from the Cognigy guide, before any per-environment suffix. */
    readonly triggerName: string;
    /**
     * Whether Genesys' event schema has `disconnectType`. AfterCallWorkEvent has none, so its workflow
     * sends an empty `disconnectType` (the variable stays unset).
     */
    readonly carriesDisconnectType: boolean;
    /** Why Cognigy listens to it, in the guide's words. */
    readonly purpose: string;
}

export const TOPIC_PREFIX = "v2.detail.events.conversation";

function handoverEvent(
    name: HandoverEventName,
    topicSuffix: string,
    carriesDisconnectType: boolean,
    purpose: string,
): HandoverEvent {
    return {
        name,
        topicSuffix,
        topic: `${TOPIC_PREFIX}.{id}.${topicSuffix}`,
        topicLiteral: `${TOPIC_PREFIX}.id.${topicSuffix}`,
        workflowName: `Workflow conversation.id.${topicSuffix}`,
        triggerName: `Trigger conversation.id.${topicSuffix}`,
        carriesDisconnectType,
        purpose,
    };
}

export const HANDOVER_EVENTS: Readonly<Record<HandoverEventName, HandoverEvent>> = {
    AfterCallWorkEvent: handoverEvent(
        "AfterCallWorkEvent",
        "acw",
        false,
        "a human agent finished after-call work by applying a wrap-up",
    ),
    UserEndEvent: handoverEvent(
        "UserEndEvent",
        "user.end",
        true,
        "a human agent's session ended; keeps Cognigy from wrapping up in the middle of a transfer",
    ),
    CustomerEndEvent: handoverEvent(
        "CustomerEndEvent",
        "customer.end",
        true,
        "the customer's session ended, e.g. the customer left the chat",
    ),
    UserStartEvent: handoverEvent(
        "UserStartEvent",
        "user.start",
        false,
        "a human agent's session started or was transferred; lets Cognigy show the agent's name and image",
    ),
};

/** The events of the HTTP-webhook path (Cognigy.AI 4.99 and earlier), in the guide's order. */
export const WEBHOOK_EVENTS: readonly HandoverEvent[] = [
    HANDOVER_EVENTS.AfterCallWorkEvent,
    HANDOVER_EVENTS.UserEndEvent,
];

export const ALL_EVENTS: readonly HandoverEvent[] = Object.values(HANDOVER_EVENTS);

export function eventByTopic(topic: string): HandoverEvent | undefined {
    return ALL_EVENTS.find((event) => event.topic === topic);
}

export function eventByTopicLiteral(literal: string): HandoverEvent | undefined {
    return ALL_EVENTS.find((event) => event.topicLiteral === literal);
}
