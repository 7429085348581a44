import { InvalidEventPatternError, matchesEventPattern, parseEventPattern } from "../../tools/simulation/eventPattern";

const event = {
    "detail-type": "v2.detail.events.conversation.{id}.customer.end",
    source: "aws.partner/genesys.com/cloud/org/suffix",
    resources: [],
    detail: {
        topicName: "v2.detail.events.conversation.c1.customer.end",
        eventBody: { mediaType: "MESSAGE", messageType: "OPEN", interactingDurationMs: 1200, tags: ["a", "b"], queueId: null, count: 5 },
    },
};

describe("EventBridge event patterns", () => {
    test.each<[string, Record<string, unknown>, boolean]>([
        ["Cognigy's pattern on an Open Messaging event", { detail: { eventBody: { mediaType: ["MESSAGE"], messageType: ["OPEN"] } } }, true],
        ["exact value among alternatives", { detail: { eventBody: { messageType: ["WHATSAPP", "OPEN"] } } }, true],
        ["exact value not listed", { detail: { eventBody: { messageType: ["WHATSAPP"] } } }, false],
        ["exact value is case-sensitive", { detail: { eventBody: { messageType: ["open"] } } }, false],
        ["top-level field", { "detail-type": ["v2.detail.events.conversation.{id}.customer.end"] }, true],
        ["missing field never matches a value", { detail: { eventBody: { disconnectType: ["CLIENT"] } } }, false],
        ["nested object where the event has a string", { detail: { topicName: { x: ["y"] } } }, false],
        ["event array: any element", { detail: { eventBody: { tags: ["b"] } } }, true],
        ["number matches number", { detail: { eventBody: { count: [5] } } }, true],
        ["number does not match string", { detail: { eventBody: { count: ["5"] } } }, false],
        ["null literal matches null", { detail: { eventBody: { queueId: [null] } } }, true],
        ["prefix", { source: [{ prefix: "aws.partner/genesys.com/cloud/" }] }, true],
        ["prefix not matching", { source: [{ prefix: "aws.partner/other" }] }, false],
        ["suffix", { detail: { topicName: [{ suffix: ".customer.end" }] } }, true],
        ["equals-ignore-case", { detail: { eventBody: { messageType: [{ "equals-ignore-case": "open" }] } } }, true],
        ["anything-but a value", { detail: { eventBody: { messageType: [{ "anything-but": "WHATSAPP" }] } } }, true],
        ["anything-but the value", { detail: { eventBody: { messageType: [{ "anything-but": "OPEN" }] } } }, false],
        ["anything-but a list", { detail: { eventBody: { messageType: [{ "anything-but": ["OPEN", "SMS"] }] } } }, false],
        ["anything-but prefix", { detail: { eventBody: { messageType: [{ "anything-but": { prefix: "OP" } }] } } }, false],
        ["anything-but on a missing field", { detail: { eventBody: { disconnectType: [{ "anything-but": "CLIENT" }] } } }, false],
        ["exists true", { detail: { eventBody: { mediaType: [{ exists: true }] } } }, true],
        ["exists true on null (present)", { detail: { eventBody: { queueId: [{ exists: true }] } } }, true],
        ["exists false on missing", { detail: { eventBody: { disconnectType: [{ exists: false }] } } }, true],
        ["exists true on missing", { detail: { eventBody: { disconnectType: [{ exists: true }] } } }, false],
        ["numeric range", { detail: { eventBody: { interactingDurationMs: [{ numeric: [">", 1000, "<=", 1200] }] } } }, true],
        ["numeric outside", { detail: { eventBody: { interactingDurationMs: [{ numeric: ["<", 1000] }] } } }, false],
        ["numeric on a string", { detail: { eventBody: { mediaType: [{ numeric: [">", 0] }] } } }, false],
        ["$or one branch", { $or: [{ detail: { eventBody: { mediaType: ["VOICE"] } } }, { detail: { eventBody: { messageType: ["OPEN"] } } }] }, true],
        ["$or no branch", { $or: [{ detail: { eventBody: { mediaType: ["VOICE"] } } }, { source: ["x"] }] }, false],
        ["every key must match", { detail: { eventBody: { mediaType: ["MESSAGE"], messageType: ["WHATSAPP"] } } }, false],
        ["empty pattern matches everything", {}, true],
    ])("%s", (_label, pattern, expected) => {
        expect(matchesEventPattern(pattern, event)).toBe(expected);
    });

    test.each([
        ["a scalar leaf", { detail: { eventBody: { mediaType: "MESSAGE" } } }, /must be an array/],
        ["an unknown filter", { source: [{ wildcard: "aws.*" }] }, /not supported/],
        ["a bad numeric", { detail: { eventBody: { count: [{ numeric: [">"] }] } } }, /operator\/number pairs/],
    ])("rejects %s", (_label, pattern, message) => {
        expect(() => matchesEventPattern(pattern, event)).toThrow(InvalidEventPatternError);
        expect(() => matchesEventPattern(pattern, event)).toThrow(message);
    });

    test("parses the rule's JSON string", () => {
        expect(parseEventPattern('{"detail":{"eventBody":{"mediaType":["MESSAGE"]}}}')).toEqual({ detail: { eventBody: { mediaType: ["MESSAGE"] } } });
        expect(() => parseEventPattern("[]")).toThrow(/JSON object/);
        expect(() => parseEventPattern(undefined)).toThrow(/no eventPattern/);
    });
});
