import { ALL_EVENTS, eventByTopic, eventByTopicLiteral, HANDOVER_EVENTS } from "@cognigy-handover/contract";
import { bundledSamples } from "../../tools/simulation/bundledSamples";
import { expectationFor, parseEventsText, toSimulationEvents } from "../../tools/simulation/simulationEvent";
import { templateOf, topicMatchesTemplate } from "../../tools/simulation/topics";
import { UserError } from "../../tools/userError";
import { OPEN_MESSAGING_ACW_AND_USER_END_SAMPLES } from "./fixtures/bundledSampleNames";

const ACW = HANDOVER_EVENTS.AfterCallWorkEvent;

describe("reading a user's events", () => {
    test("a JSON array, a single object and NDJSON all work", () => {
        expect(parseEventsText('[{"a":1},{"b":2}]', "f")).toEqual([{ a: 1 }, { b: 2 }]);
        expect(parseEventsText('{"a":1}', "f")).toEqual([{ a: 1 }]);
        expect(parseEventsText('{"a":1}\n\n{"b":2}\n', "f")).toEqual([{ a: 1 }, { b: 2 }]);
    });

    test("a broken NDJSON line is reported with its number", () => {
        expect(() => parseEventsText('{"a":1}\n{oops', "events.ndjson")).toThrow("events.ndjson line 2 is not JSON");
    });

    test("exported notifications keep their concrete topic; bare bodies take --topic with {id} = conversationId", () => {
        const [exported, bare] = toSimulationEvents(
            [{ topicName: "v2.detail.events.conversation.c9.acw", eventBody: { conversationId: "c9" } }, { conversationId: "c7", mediaType: "MESSAGE" }],
            "mine.json",
            ACW.topic,
        );
        expect(exported.topicName).toBe("v2.detail.events.conversation.c9.acw");
        expect(bare.topicName).toBe("v2.detail.events.conversation.c7.acw");
        expect(bare.eventBody).toEqual({ conversationId: "c7", mediaType: "MESSAGE" });
        expect(bare.name).toBe("mine.json#2");
    });

    test("a bare body without a topic is an input error naming the fix", () => {
        expect(() => toSimulationEvents([{ conversationId: "c7" }], "mine.json")).toThrow(UserError);
        expect(() => toSimulationEvents([{ conversationId: "c7" }], "mine.json")).toThrow("pass --topic");
    });

    test("expectations are validated", () => {
        expect(() => toSimulationEvents([{ topicName: "t", eventBody: {}, expect: { webhooks: { delivered: true } } }], "f")).toThrow("keyed by 'webhook' or 'eventbridge'");
        expect(() => toSimulationEvents([{ topicName: "t", eventBody: {}, expect: { webhook: { delivered: "yes" } } }], "f")).toThrow('true, false or "whenSubscribed"');
    });
});

describe("topics", () => {
    test.each([
        [ACW.topic, "v2.detail.events.conversation.0b7e.acw", true],
        [ACW.topic, ACW.topic, true],
        [ACW.topic, "v2.detail.events.conversation.0b7e.acw.extra", false],
        [ACW.topic, "v2.detail.events.conversation.0b7e.user.end", false],
        [ACW.topic, "v2.detail.events.conversation.a.b.acw", false],
    ])("%s ~ %s → %s", (template, topic, expected) => {
        expect(topicMatchesTemplate(template, topic)).toBe(expected);
    });

    test("templateOf finds the filter entry", () => {
        expect(templateOf("v2.detail.events.conversation.x.user.end", ALL_EVENTS.map((event) => event.topic))).toBe(HANDOVER_EVENTS.UserEndEvent.topic);
    });
});

describe("the bundled samples", () => {
    const samples = bundledSamples();

    test("every sample has expectations for both delivery paths and a unique name", () => {
        expect(new Set(samples.map((sample) => sample.name)).size).toBe(samples.length);
        for (const sample of samples) {
            expect(Object.keys(sample.expect ?? {}).sort()).toEqual(["eventbridge", "webhook"]);
        }
    });

    test("their literals agree with the event catalogue (the samples state them independently on purpose)", () => {
        for (const sample of samples) {
            const body = sample.expect?.webhook?.body;
            if (body?.topic !== undefined) {
                expect(typeof body.topic).toBe("string");
                const catalogued = eventByTopicLiteral(body.topic as string);
                expect(catalogued).toBeDefined();
                expect(topicMatchesTemplate(catalogued?.topic ?? "", sample.topicName)).toBe(true);
            }
            const detailType = (sample.expect?.eventbridge?.body as { "detail-type"?: string } | undefined)?.["detail-type"];
            if (detailType !== undefined) {
                expect(eventByTopic(detailType)).toBeDefined();
            }
        }
    });

    test("the webhook path expects exactly the Open Messaging acw and user.end to arrive, userId = addressTo", () => {
        const arriving = samples.filter((sample) => sample.expect?.webhook?.delivered === true);
        expect(arriving.map((sample) => sample.name)).toEqual(OPEN_MESSAGING_ACW_AND_USER_END_SAMPLES);
        for (const sample of arriving) {
            expect(sample.expect?.webhook?.body?.userId).toBe(sample.eventBody.addressTo);
            expect(sample.eventBody).toMatchObject({ mediaType: "MESSAGE", messageType: "OPEN" });
        }
        for (const sample of arriving) {
            const acw = sample.topicName.endsWith(".acw");
            expect(sample.expect?.webhook?.body?.disconnectType).toBe(acw ? null : sample.eventBody.disconnectType);
        }
    });

    test("in the committed shared org, each stack expects only its own queue; another queue or none reaches nobody", () => {
        const arriving = (stack: string) =>
            samples.filter((sample) => expectationFor(sample, "webhook", stack)?.delivered === true).map((sample) => `${sample.name} ${String(sample.eventBody.queueId)}`);
        expect(arriving("prod")).toEqual(["acw-open-messaging a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "user-end-open-messaging a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"]);
        expect(arriving("dev")).toEqual(["acw-open-messaging-dev-queue d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01", "user-end-open-messaging-dev-queue d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01"]);
    });

    test("expectByStack is validated like expect", () => {
        const item = { topicName: "v2.detail.events.conversation.{id}.acw", eventBody: {}, expectByStack: { dev: { webhook: { delivered: "yes" } } } };
        expect(() => toSimulationEvents([item], "x.json")).toThrow("x.json item 1 (expectByStack.dev): expect.webhook.delivered is missing or not true, false or \"whenSubscribed\". Fix: set it to one of them");
        expect(() => toSimulationEvents([{ ...item, expectByStack: [] }], "x.json")).toThrow("x.json item 1: expectByStack is not an object. Fix: make it an object of stack name → expectations");
    });

    test("they cover the near misses: VOICE, CHAT, WHATSAPP, WEBMESSAGING and another topic", () => {
        const missing = samples.filter((sample) => sample.expect?.webhook?.delivered === false && sample.expect?.eventbridge?.delivered === false);
        const kinds = missing.map((sample) => `${sample.eventBody.mediaType as string}/${(sample.eventBody.messageType as string | undefined) ?? "-"}`);
        expect(kinds).toEqual(expect.arrayContaining(["VOICE/-", "CHAT/-", "MESSAGE/WHATSAPP", "MESSAGE/WEBMESSAGING", "MESSAGE/OPEN"]));
        expect(missing.some((sample) => !ALL_EVENTS.some((event) => topicMatchesTemplate(event.topic, sample.topicName)))).toBe(true);
    });
});
