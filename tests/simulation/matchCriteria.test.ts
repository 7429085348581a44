import { handoverMatchCriteriaJson, MatchCriterion } from "@cognigy-handover/contract";
import { acceptedMatchCriteria, criterionHolds, describeFailedCriteria, evaluateCriteria, extract, InvalidCriteriaError } from "../../tools/simulation/matchCriteria";
import {
    afterCallWorkEvent,
    AfterCallWorkEvent,
    DEV_QUEUE_ID,
    OTHER_INTEGRATION_QUEUE_ID,
    PROD_QUEUE_ID,
    userEndEvent,
    UserEndEvent,
} from "./fixtures/genesysEvents";

const body = {
    mediaType: "MESSAGE",
    messageType: "OPEN",
    interactingDurationMs: 1200,
    count: 5,
    queueId: null,
    callbackNumbers: ["+491", "+492"],
    nested: { level: "deep" },
    flag: true,
};

function holds(criterion: MatchCriterion): boolean {
    return criterionHolds(criterion, extract(body, criterion.jsonPath));
}

describe("match criteria operators", () => {
    test.each<[string, MatchCriterion, boolean]>([
        ["Equal on a matching string", { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" }, true],
        ["Equal on another string", { jsonPath: "mediaType", operator: "Equal", value: "VOICE" }, false],
        ["Equal is case-sensitive", { jsonPath: "mediaType", operator: "Equal", value: "message" }, false],
        ["Equal on a missing field", { jsonPath: "disconnectType", operator: "Equal", value: "CLIENT" }, false],
        ["Equal: number vs string of the number", { jsonPath: "count", operator: "Equal", value: "5" }, false],
        ["Equal: number vs number", { jsonPath: "count", operator: "Equal", value: 5 }, true],
        ["Equal on a boolean", { jsonPath: "flag", operator: "Equal", value: true }, true],
        ["NotEqual on another value", { jsonPath: "messageType", operator: "NotEqual", value: "WHATSAPP" }, true],
        ["NotEqual on the same value", { jsonPath: "messageType", operator: "NotEqual", value: "OPEN" }, false],
        ["NotEqual on a missing field holds", { jsonPath: "disconnectType", operator: "NotEqual", value: "CLIENT" }, true],
        ["In with the value listed", { jsonPath: "messageType", operator: "In", values: ["OPEN", "WHATSAPP"] }, true],
        ["In without it", { jsonPath: "messageType", operator: "In", values: ["SMS", "WHATSAPP"] }, false],
        ["In on a missing field", { jsonPath: "disconnectType", operator: "In", values: ["CLIENT"] }, false],
        ["In: number vs strings", { jsonPath: "count", operator: "In", values: ["5"] }, false],
        ["NotIn without it", { jsonPath: "messageType", operator: "NotIn", values: ["SMS"] }, true],
        ["NotIn with it", { jsonPath: "messageType", operator: "NotIn", values: ["OPEN"] }, false],
        ["NotIn on a missing field holds", { jsonPath: "disconnectType", operator: "NotIn", values: ["CLIENT"] }, true],
        ["Contains on an array", { jsonPath: "callbackNumbers", operator: "Contains", value: "+492" }, true],
        ["Contains on an array without it", { jsonPath: "callbackNumbers", operator: "Contains", value: "+493" }, false],
        ["Contains on a string (substring)", { jsonPath: "mediaType", operator: "Contains", value: "ESS" }, true],
        ["Contains on a missing field", { jsonPath: "missing", operator: "Contains", value: "x" }, false],
        ["All present", { jsonPath: "callbackNumbers", operator: "All", values: ["+491", "+492"] }, true],
        ["All, one missing", { jsonPath: "callbackNumbers", operator: "All", values: ["+491", "+493"] }, false],
        ["Exists true on a present field", { jsonPath: "mediaType", operator: "Exists", value: true }, true],
        ["Exists true on a null field (present)", { jsonPath: "queueId", operator: "Exists", value: true }, true],
        ["Exists true on a missing field", { jsonPath: "disconnectType", operator: "Exists", value: true }, false],
        ["Exists false on a missing field", { jsonPath: "disconnectType", operator: "Exists", value: false }, true],
        ["Exists false on a present field", { jsonPath: "mediaType", operator: "Exists", value: false }, false],
        ["Size of an array", { jsonPath: "callbackNumbers", operator: "Size", value: 2 }, true],
        ["GreaterThan numbers", { jsonPath: "interactingDurationMs", operator: "GreaterThan", value: 1000 }, true],
        ["GreaterThan equal number", { jsonPath: "interactingDurationMs", operator: "GreaterThan", value: 1200 }, false],
        ["GreaterThanOrEqual equal number", { jsonPath: "interactingDurationMs", operator: "GreaterThanOrEqual", value: 1200 }, true],
        ["LessThan numbers", { jsonPath: "count", operator: "LessThan", value: 6 }, true],
        ["LessThanOrEqual numbers", { jsonPath: "count", operator: "LessThanOrEqual", value: 4 }, false],
        ["GreaterThan: number vs string never holds", { jsonPath: "count", operator: "GreaterThan", value: "1" }, false],
        ["GreaterThan on a missing field", { jsonPath: "missing", operator: "GreaterThan", value: 1 }, false],
        ["$.x path", { jsonPath: "$.mediaType", operator: "Equal", value: "MESSAGE" }, true],
        ["$['x'] path", { jsonPath: "$['mediaType']", operator: "Equal", value: "MESSAGE" }, true],
        ["nested dotted path", { jsonPath: "nested.level", operator: "Equal", value: "deep" }, true],
        ["nested $ path", { jsonPath: "$.nested.level", operator: "Equal", value: "deep" }, true],
    ])("%s", (_label, criterion, expected) => {
        expect(holds(criterion)).toBe(expected);
    });
});

describe("parsing matchCriteria", () => {
    test("no criteria means every event of the topic", () => {
        expect(acceptedMatchCriteria(undefined)).toEqual([]);
        expect(acceptedMatchCriteria("[]")).toEqual([]);
        expect(evaluateCriteria([], body).matches).toBe(true);
    });

    test("the provider's `values: null` next to value counts as unset", () => {
        expect(acceptedMatchCriteria('[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE","values":null}]')).toEqual([
            { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
        ]);
    });

    test.each([
        ["both value and values", '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE","values":["MESSAGE"]}]', /both value and values/],
        ["In with value instead of values", '[{"jsonPath":"mediaType","operator":"In","value":"MESSAGE"}]', /needs a list in values/],
        ["Equal with values instead of value", '[{"jsonPath":"mediaType","operator":"Equal","values":["MESSAGE"]}]', /needs a single value/],
        ["unknown operator", '[{"jsonPath":"mediaType","operator":"Equals","value":"MESSAGE"}]', /unknown operator "Equals"/],
        ["no jsonPath", '[{"operator":"Equal","value":"MESSAGE"}]', /no jsonPath/],
        ["not JSON", "[{", /not valid JSON/],
        ["not an array", '{"jsonPath":"mediaType"}', /JSON array/],
    ])("rejects %s", (_label, text, message) => {
        expect(() => acceptedMatchCriteria(text)).toThrow(InvalidCriteriaError);
        expect(() => acceptedMatchCriteria(text)).toThrow(message);
    });
});

describe("all criteria must hold", () => {
    const openMessaging = acceptedMatchCriteria(
        '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":"messageType","operator":"Equal","value":"OPEN"}]',
    );

    test.each([
        [{ mediaType: "MESSAGE", messageType: "OPEN" }, true],
        [{ mediaType: "MESSAGE", messageType: "WHATSAPP" }, false],
        [{ mediaType: "VOICE" }, false],
        [{}, false],
    ])("%j → %s", (event, expected) => {
        expect(evaluateCriteria(openMessaging, event).matches).toBe(expected);
    });
});

describe("queue scope (handoverQueueIds)", () => {
    const scoped = acceptedMatchCriteria(handoverMatchCriteriaJson([PROD_QUEUE_ID]));
    const matches = (event: AfterCallWorkEvent | UserEndEvent) => evaluateCriteria(scoped, event).matches;

    test("an Open Messaging end on one of the stack's queues matches", () => {
        expect(matches(afterCallWorkEvent())).toBe(true);
        expect(matches(userEndEvent())).toBe(true);
        expect(evaluateCriteria(acceptedMatchCriteria(handoverMatchCriteriaJson([DEV_QUEUE_ID, PROD_QUEUE_ID])), userEndEvent()).matches).toBe(true);
    });

    test("another environment's queue, another integration's queue, or no queue at all does not", () => {
        expect(matches(afterCallWorkEvent({ queueId: DEV_QUEUE_ID }))).toBe(false);
        expect(matches(userEndEvent({ queueId: OTHER_INTEGRATION_QUEUE_ID }))).toBe(false);
        const { queueId: _queueId, ...withoutQueue } = userEndEvent();
        const result = evaluateCriteria(scoped, withoutQueue);
        expect(result.matches).toBe(false);
        expect(describeFailedCriteria(result)).toBe(`queueId In ["${PROD_QUEUE_ID}"] (event has no such field)`);
    });

    test("the queue narrows MESSAGE/OPEN, never widens it", () => {
        expect(matches(userEndEvent({ mediaType: "VOICE" }))).toBe(false);
        expect(matches(afterCallWorkEvent({ messageType: "WHATSAPP" }))).toBe(false);
    });

    test("queue ids compare exactly: an upper-case id is another queue", () => {
        expect(matches(afterCallWorkEvent({ queueId: PROD_QUEUE_ID.toUpperCase() }))).toBe(false);
    });
});
