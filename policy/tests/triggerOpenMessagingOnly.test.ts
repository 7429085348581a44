import {
    FLOW_TYPE,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    WEBHOOK_EVENTS,
} from "@cognigy-handover/contract";
import { REQUIRED_MATCH_CRITERIA_JSON, triggerOpenMessagingOnly } from "../policies/triggerOpenMessagingOnly";
import { acw, DOCUMENTED_MATCH_CRITERIA, triggerProps } from "./handoverFixtures";
import {
    PREVIEW_UNKNOWN_STRING,
    ResourceUnderTest,
    RULE_CASE_STACK, runResourcePolicy,
    runResourcePolicyForStack,
    violationsOf,
} from "./policyHarness";


function triggerWithCriteria(matchCriteria: unknown): ResourceUnderTest {
    return { type: PROCESS_AUTOMATION_TRIGGER_TYPE, name: "acw-trigger", props: triggerProps(acw, { matchCriteria }) };
}

const criteria = (...entries: object[]): string => JSON.stringify(entries);
const MEDIA_MESSAGE = { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" };
const MESSAGE_OPEN = { jsonPath: "messageType", operator: "Equal", value: "OPEN" };

test("the JSON the policy asks for is the one the Cognigy guide documents", () => {
    expect(REQUIRED_MATCH_CRITERIA_JSON).toBe(DOCUMENTED_MATCH_CRITERIA);
});

describe(`rule cases (${RULE_CASE_STACK} config)`, () => {
    const stack = RULE_CASE_STACK;
    test("policy is mandatory", async () => {
        const run = await runResourcePolicyForStack(stack, triggerOpenMessagingOnly, triggerWithCriteria(DOCUMENTED_MATCH_CRITERIA));
        expect(run.enforcementLevel).toBe("mandatory");
    });

    test.each(WEBHOOK_EVENTS.map((event) => [event.name, event] as const))("the documented criteria pass on the %s trigger", async (_name, event) => {
        const run = await runResourcePolicyForStack(stack, triggerOpenMessagingOnly, {
            type: PROCESS_AUTOMATION_TRIGGER_TYPE,
            name: "trigger",
            props: triggerProps(event),
        });
        expect(violationsOf(run.outcome)).toEqual([]);
    });

    test.each([
        ["In with exactly the required value", criteria({ jsonPath: "mediaType", operator: "In", values: ["MESSAGE"] }, { jsonPath: "messageType", operator: "In", values: ["OPEN"] })],
        ["$.field paths", criteria({ ...MEDIA_MESSAGE, jsonPath: "$.mediaType" }, { ...MESSAGE_OPEN, jsonPath: "$.messageType" })],
        ["$['field'] paths", criteria({ ...MEDIA_MESSAGE, jsonPath: "$['mediaType']" }, { ...MESSAGE_OPEN, jsonPath: '$["messageType"]' })],
        ["other key order, whitespace and order of criteria", JSON.stringify([{ value: "OPEN", operator: "Equal", jsonPath: "messageType" }, { value: "MESSAGE", jsonPath: "mediaType", operator: "Equal" }], null, 2)],
        ["extra criteria that narrow further", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "direction", operator: "Equal", value: "inbound" }, { jsonPath: "queueId", operator: "Exists", value: true })],
        ["values: null next to value (as the provider sends it)", criteria({ ...MEDIA_MESSAGE, values: null }, { ...MESSAGE_OPEN, values: null })],
        ["a queue scope (what handoverQueueIds adds)", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "queueId", operator: "In", values: ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"] })],
        // All criteria must hold: next to Equal "MESSAGE", criteria that also hold for MESSAGE change nothing.
        ["a second mediaType criterion that MESSAGE satisfies (In)", criteria(MEDIA_MESSAGE, { jsonPath: "mediaType", operator: "In", values: ["MESSAGE", "CHAT"] }, MESSAGE_OPEN)],
        ["a second mediaType criterion that MESSAGE satisfies (NotEqual)", criteria(MEDIA_MESSAGE, { jsonPath: "$.mediaType", operator: "NotEqual", value: "VOICE" }, MESSAGE_OPEN)],
        ["a second messageType criterion that OPEN satisfies (NotIn, Exists)", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "messageType", operator: "NotIn", values: ["SMS", "WHATSAPP"] }, { jsonPath: "messageType", operator: "Exists", value: true })],
    ])("equivalent spelling passes: %s", async (_label, matchCriteria) => {
        const run = await runResourcePolicyForStack(stack, triggerOpenMessagingOnly, triggerWithCriteria(matchCriteria));
        expect(violationsOf(run.outcome)).toEqual([]);
    });

    test.each([
        ["missing criteria", undefined, 'matchCriteria is not set, so every conversation event on the topic fires the trigger'],
        ["an empty string", "", "matchCriteria is an empty string"],
        ["an empty array", "[]", 'no criterion restricts mediaType to "MESSAGE"; no criterion restricts messageType to "OPEN"'],
        ["only mediaType", criteria(MEDIA_MESSAGE), 'no criterion restricts messageType to "OPEN"'],
        ["another media type", criteria({ ...MEDIA_MESSAGE, value: "VOICE" }, MESSAGE_OPEN), 'criterion #1 on mediaType is Equal "VOICE" instead of Equal "MESSAGE"'],
        ["lower-case value", criteria(MEDIA_MESSAGE, { ...MESSAGE_OPEN, value: "open" }), 'criterion #2 on messageType is Equal "open" instead of Equal "OPEN"'],
        ["In with more values", criteria({ jsonPath: "mediaType", operator: "In", values: ["MESSAGE", "VOICE"] }, MESSAGE_OPEN), 'criterion #1 on mediaType is In ["MESSAGE","VOICE"] instead of exactly ["MESSAGE"]'],
        ["NotEqual", criteria({ jsonPath: "mediaType", operator: "NotEqual", value: "VOICE" }, MESSAGE_OPEN), "criterion #1 on mediaType uses NotEqual, which lets every other mediaType through"],
        ["NotIn", criteria(MEDIA_MESSAGE, { jsonPath: "messageType", operator: "NotIn", values: ["SMS"] }), "criterion #2 on messageType uses NotIn, which lets every other messageType through"],
        ["In with more values and no exact restriction", criteria({ jsonPath: "mediaType", operator: "In", values: ["MESSAGE", "CHAT"] }, { jsonPath: "mediaType", operator: "NotEqual", value: "VOICE" }, MESSAGE_OPEN), 'criterion #1 on mediaType is In ["MESSAGE","CHAT"] instead of exactly ["MESSAGE"]; criterion #2 on mediaType uses NotEqual, which lets every other mediaType through'],
        ["an unevaluated operator next to the exact restriction", criteria(MEDIA_MESSAGE, { jsonPath: "mediaType", operator: "GreaterThan", value: "A" }, MESSAGE_OPEN), 'criterion #2 on mediaType uses operator GreaterThan, which does not limit mediaType to exactly "MESSAGE"'],
        ["unparseable JSON", '[{"jsonPath":"mediaType"', "matchCriteria is not valid JSON"],
        ["a JSON object instead of an array", JSON.stringify(MEDIA_MESSAGE), "matchCriteria must be a JSON array of criteria"],
        ["a criterion on the wrong path", criteria({ ...MEDIA_MESSAGE, jsonPath: "$.conversation.mediaType" }, MESSAGE_OPEN), `no criterion restricts mediaType to "MESSAGE" (criterion #1 uses jsonPath "$.conversation.mediaType", which is not the event's top-level mediaType)`],
        ["value and values both set", criteria({ ...MEDIA_MESSAGE, values: ["MESSAGE"] }, MESSAGE_OPEN), "criterion #1 on mediaType sets both value and values (Genesys accepts only one)"],
        ["Equal with values instead of value", criteria({ jsonPath: "mediaType", operator: "Equal", values: ["MESSAGE"] }, MESSAGE_OPEN), 'criterion #1 on mediaType is Equal ["MESSAGE"] instead of Equal "MESSAGE"'],
        ["Exists", criteria({ jsonPath: "mediaType", operator: "Exists", value: true }, MESSAGE_OPEN), 'criterion #1 on mediaType uses operator Exists, which does not limit mediaType to exactly "MESSAGE"'],
        ["a criterion that is not an object", '["mediaType == MESSAGE"]', 'criterion #1 ("mediaType == MESSAGE") is not an object with a string jsonPath and operator'],
        ["In with one value that is not the required one", criteria({ jsonPath: "mediaType", operator: "In", values: ["VOICE"] }, MESSAGE_OPEN), 'criterion #1 on mediaType is In ["VOICE"] instead of exactly ["MESSAGE"]'],
        ["In with value instead of values", criteria({ jsonPath: "mediaType", operator: "In", value: "MESSAGE" }, MESSAGE_OPEN), 'criterion #1 on mediaType is In "MESSAGE" instead of exactly ["MESSAGE"]'],
        ["Equal without a value", criteria({ jsonPath: "mediaType", operator: "Equal" }, MESSAGE_OPEN), 'criterion #1 on mediaType is Equal undefined instead of Equal "MESSAGE"'],
        ["NotEqual without a value next to the exact restriction", criteria(MEDIA_MESSAGE, { jsonPath: "mediaType", operator: "NotEqual" }, MESSAGE_OPEN), "criterion #2 on mediaType uses NotEqual without a value"],
        ["NotIn without values next to the exact restriction", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "messageType", operator: "NotIn", values: [] }), "criterion #3 on messageType uses NotIn without a list in values"],
    ])("violates with %s", async (_label, matchCriteria, problem) => {
        const run = await runResourcePolicyForStack(stack, triggerOpenMessagingOnly, triggerWithCriteria(matchCriteria));
        const violations = violationsOf(run.outcome);
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(`Trigger "${acw.triggerName}" (Pulumi resource acw-trigger) on ${acw.topic} lets more than Open Messaging conversations through: `);
        expect(violations[0]).toContain(problem);
        expect(violations[0]).toContain(`Set matchCriteria to ${DOCUMENTED_MATCH_CRITERIA}`);
    });
});

describe(`criteria that contradict the restriction (${RULE_CASE_STACK} config)`, () => {
    const stack = RULE_CASE_STACK;
    test.each([
        ["a second mediaType Equal", criteria(MEDIA_MESSAGE, { ...MEDIA_MESSAGE, value: "CHAT" }, MESSAGE_OPEN), 'criterion #2 on mediaType (Equal "CHAT") contradicts the restriction to "MESSAGE"'],
        ["In without the required value", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "messageType", operator: "In", values: ["SMS", "WHATSAPP"] }), 'criterion #3 on messageType (In ["SMS","WHATSAPP"]) contradicts the restriction to "OPEN"'],
        ["NotEqual the required value", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "$['mediaType']", operator: "NotEqual", value: "MESSAGE" }), 'criterion #3 on mediaType (NotEqual "MESSAGE") contradicts the restriction to "MESSAGE"'],
        ["NotIn with the required value", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "messageType", operator: "NotIn", values: ["OPEN"] }), 'criterion #3 on messageType (NotIn ["OPEN"]) contradicts the restriction to "OPEN"'],
        ["Exists false", criteria(MEDIA_MESSAGE, MESSAGE_OPEN, { jsonPath: "mediaType", operator: "Exists", value: false }), 'criterion #3 on mediaType (Exists false) contradicts the restriction to "MESSAGE"'],
    ])("never fires with %s", async (_label, matchCriteria, problem) => {
        const run = await runResourcePolicyForStack(stack, triggerOpenMessagingOnly, triggerWithCriteria(matchCriteria));
        const violations = violationsOf(run.outcome);
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(`Trigger "${acw.triggerName}" (Pulumi resource acw-trigger) on ${acw.topic} can never fire: ${problem}.`);
        expect(violations[0]).toContain("so Cognigy would never learn that these handovers ended");
        expect(violations[0]).toContain(`keep ${DOCUMENTED_MATCH_CRITERIA}`);
    });
});

test("widening and contradicting criteria are reported as two violations", async () => {
    const matchCriteria = criteria({ ...MEDIA_MESSAGE, value: "VOICE" }, MESSAGE_OPEN, { ...MESSAGE_OPEN, value: "SMS" });
    const violations = violationsOf(await runResourcePolicy(triggerOpenMessagingOnly, triggerWithCriteria(matchCriteria)));
    expect(violations).toEqual([
        expect.stringContaining('lets more than Open Messaging conversations through: criterion #1 on mediaType is Equal "VOICE" instead of Equal "MESSAGE".'),
        expect.stringContaining('can never fire: criterion #3 on messageType (Equal "SMS") contradicts the restriction to "OPEN".'),
    ]);
});

test("matchCriteria that is not a string is reported", async () => {
    const violations = violationsOf(await runResourcePolicy(triggerOpenMessagingOnly, triggerWithCriteria([MEDIA_MESSAGE, MESSAGE_OPEN])));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain("matchCriteria must be a JSON string, but it is a object");
});

test("triggers on non-conversation topics are not applicable", async () => {
    const outcome = await runResourcePolicy(triggerOpenMessagingOnly, {
        type: PROCESS_AUTOMATION_TRIGGER_TYPE,
        name: "user-presence",
        props: triggerProps(acw, { topicName: "v2.detail.events.user.{id}.presence", matchCriteria: undefined }),
    });
    expect(outcome).toEqual({ kind: "notApplicable", reason: "Only applies to triggers on v2.detail.events.conversation.* topics" });
});

test("other resource types are not applicable", async () => {
    const outcome = await runResourcePolicy(triggerOpenMessagingOnly, { type: FLOW_TYPE, name: "workflow", props: {} });
    expect(outcome.kind).toBe("notApplicable");
});

test("criteria unknown during preview are left to the SDK's unknown handling", async () => {
    const outcome = await runResourcePolicy(triggerOpenMessagingOnly, triggerWithCriteria(PREVIEW_UNKNOWN_STRING));
    expect(outcome).toEqual({ kind: "unknownDuringPreview", message: "string value at .matchCriteria can't be known during preview" });
});
