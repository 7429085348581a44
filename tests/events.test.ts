import {
    ALL_EVENTS,
    eventByTopic,
    eventByTopicLiteral,
    HANDOVER_EVENTS,
    WEBHOOK_EVENTS,
} from "@cognigy-handover/contract";

describe("the handover event catalogue", () => {
    it("spells the webhook events exactly as the Cognigy guide does", () => {
        expect(WEBHOOK_EVENTS.map((event) => [event.name, event.topic, event.topicLiteral, event.workflowName, event.triggerName])).toEqual([
            [
                "AfterCallWorkEvent",
                "v2.detail.events.conversation.{id}.acw",
                "v2.detail.events.conversation.id.acw",
                "Workflow conversation.id.acw",
                "Trigger conversation.id.acw",
            ],
            [
                "UserEndEvent",
                "v2.detail.events.conversation.{id}.user.end",
                "v2.detail.events.conversation.id.user.end",
                "Workflow conversation.id.user.end",
                "Trigger conversation.id.user.end",
            ],
        ]);
    });

    it("knows the EventBridge-only events of newer Cognigy releases", () => {
        expect(HANDOVER_EVENTS.CustomerEndEvent.topic).toBe("v2.detail.events.conversation.{id}.customer.end");
        expect(HANDOVER_EVENTS.UserStartEvent.topic).toBe("v2.detail.events.conversation.{id}.user.start");
    });

    it("sends Cognigy a literal without the {id} placeholder", () => {
        for (const event of ALL_EVENTS) {
            expect(event.topicLiteral).not.toMatch(/[{}]/);
            expect(event.topic.replace(".{id}.", ".id.")).toBe(event.topicLiteral);
        }
    });

    it("records that AfterCallWorkEvent carries no disconnectType", () => {
        expect(HANDOVER_EVENTS.AfterCallWorkEvent.carriesDisconnectType).toBe(false);
        expect(HANDOVER_EVENTS.UserEndEvent.carriesDisconnectType).toBe(true);
    });

    it("has unique topics, literals and names", () => {
        for (const field of ["topic", "topicLiteral", "workflowName", "triggerName"] as const) {
            expect(new Set(ALL_EVENTS.map((event) => event[field])).size).toBe(ALL_EVENTS.length);
        }
    });

    it("looks events up by topic and by literal", () => {
        expect(eventByTopic("v2.detail.events.conversation.{id}.acw")?.name).toBe("AfterCallWorkEvent");
        expect(eventByTopicLiteral("v2.detail.events.conversation.id.user.end")?.name).toBe("UserEndEvent");
        expect(eventByTopic("v2.detail.events.conversation.id.acw")).toBeUndefined();
    });
});
