import {
    EVENT_API_DESTINATION_TYPE,
    EVENT_CONNECTION_TYPE,
    EVENT_RULE_TYPE,
    eventBridgeSourcePropertiesJson,
    HANDOVER_EVENTS,
    handoverEventPatternJson,
    INTEGRATION_ACTION_TYPE,
    INTEGRATION_TYPE,
    INTEGRATION_TYPE_EVENTBRIDGE,
    INTEGRATION_TYPE_WEB_SERVICES,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
} from "@cognigy-handover/contract";
import { deliveryPathsExclusive } from "../policies/deliveryPathsExclusive";
import { eventbridgeApiDestination } from "../policies/eventbridgeApiDestination";
import { eventbridgeConnectionApiKey } from "../policies/eventbridgeConnectionApiKey";
import { eventbridgeRuleOpenMessagingOnly } from "../policies/eventbridgeRuleOpenMessagingOnly";
import { eventbridgeSourceTopics } from "../policies/eventbridgeSourceTopics";
import { eventbridgeEgressAccepted } from "../policies/eventbridgeEgressAccepted";
import { runResourcePolicy, runStackPolicy, StackResourceUnderTest, violationsOf } from "./policyHarness";

const rule = (eventPattern: unknown) => ({ type: EVENT_RULE_TYPE, name: "handover-eventbridge-route-rule", props: { eventPattern } });

describe("eventbridge-rule-open-messaging-only", () => {
    test.each([
        ["the stack's pattern", handoverEventPatternJson()],
        ["reordered and pretty-printed", '{ "detail": { "eventBody": { "messageType": ["OPEN"], "mediaType": [ "MESSAGE" ] } } }'],
        ["a repeated value", '{"detail":{"eventBody":{"mediaType":["MESSAGE","MESSAGE"],"messageType":["OPEN"]}}}'],
        ["extra narrowing", '{"source":["aws.partner/genesys.com/cloud/x/y"],"detail":{"eventBody":{"mediaType":["MESSAGE"],"messageType":["OPEN"],"direction":["INBOUND"]}}}'],
    ])("passes %s", async (_label, pattern) => {
        expect(violationsOf(await runResourcePolicy(eventbridgeRuleOpenMessagingOnly, rule(pattern)))).toEqual([]);
    });

    test.each([
        ["no pattern", undefined, "not set"],
        ["no messageType", '{"detail":{"eventBody":{"mediaType":["MESSAGE"]}}}', "messageType is not restricted"],
        ["a second channel", '{"detail":{"eventBody":{"mediaType":["MESSAGE","VOICE"],"messageType":["OPEN"]}}}', '["MESSAGE","VOICE"]'],
        ["a prefix filter", '{"detail":{"eventBody":{"mediaType":[{"prefix":"MESS"}],"messageType":["OPEN"]}}}', "instead of exactly"],
        ["a bare string", '{"detail":{"eventBody":{"mediaType":"MESSAGE","messageType":["OPEN"]}}}', "must be a list"],
        ["top-level fields", '{"mediaType":["MESSAGE"],"messageType":["OPEN"]}', "detail.eventBody.mediaType is not restricted"],
        ["$or", '{"detail":{"eventBody":{"mediaType":["MESSAGE"],"messageType":["OPEN"]}},"$or":[{"source":["a"]},{"account":["b"]}]}', "$or"],
        ["broken JSON", "{", "not valid JSON"],
    ])("fails %s, giving the JSON to write", async (_label, pattern, problem) => {
        const [violation] = violationsOf(await runResourcePolicy(eventbridgeRuleOpenMessagingOnly, rule(pattern)));
        expect(violation).toContain(problem);
        expect(violation).toContain(handoverEventPatternJson());
    });

    test("does not apply to other resources", async () => {
        expect((await runResourcePolicy(eventbridgeRuleOpenMessagingOnly, { type: EVENT_CONNECTION_TYPE, name: "c", props: {} })).kind).toBe("notApplicable");
    });
});

const customerEnd = HANDOVER_EVENTS.CustomerEndEvent.topic;
const userStart = HANDOVER_EVENTS.UserStartEvent.topic;
const acw = HANDOVER_EVENTS.AfterCallWorkEvent.topic;
const userEnd = HANDOVER_EVENTS.UserEndEvent.topic;

function source(eventFilter: string[], intendedState = "ENABLED") {
    return {
        type: INTEGRATION_TYPE,
        name: "handover-eventbridge-source",
        props: {
            integrationType: INTEGRATION_TYPE_EVENTBRIDGE,
            intendedState,
            config: {
                name: "Amazon EventBridge Source",
                properties: eventBridgeSourcePropertiesJson({ awsAccountId: "111122223333", awsAccountRegion: "eu-central-1", eventSourceSuffix: "org", eventFilter }),
            },
        },
    };
}

describe("eventbridge-source-topics", () => {
    test.each([
        [{ cognigyRelease: "2025.11" }, [userEnd, acw]],
        [{ cognigyRelease: "4.100" }, [acw, userEnd]],
        [{ cognigyRelease: "2025.12" }, [customerEnd]],
        [{ cognigyRelease: "2025.22" }, [customerEnd]],
        [{ cognigyRelease: "2025.22", includeUserStartEvent: true }, [userStart, customerEnd]],
        [{}, [customerEnd, userStart]],
    ])("passes %j with %j", async (config, topics) => {
        expect(violationsOf(await runResourcePolicy(eventbridgeSourceTopics, source(topics), config))).toEqual([]);
    });

    test.each([
        [{ cognigyRelease: "2025.12" }, [acw, userEnd], "missing"],
        [{ cognigyRelease: "2025.12" }, [customerEnd, acw], "unexpected"],
        [{ cognigyRelease: "2025.21", includeUserStartEvent: true }, [customerEnd, userStart], "unexpected"],
        [{ cognigyRelease: "2025.22", includeUserStartEvent: true }, [customerEnd], "missing"],
        [{ cognigyRelease: "2025.11" }, [acw], "missing"],
        [{}, [acw], "no Cognigy.AI release expects"],
    ])("fails %j with %j", async (config, topics, problem) => {
        const [violation] = violationsOf(await runResourcePolicy(eventbridgeSourceTopics, source(topics), config));
        expect(violation).toContain(problem);
    });

    test("fails unreadable properties", async () => {
        const broken = { ...source([]), props: { integrationType: INTEGRATION_TYPE_EVENTBRIDGE, config: { properties: "{}" } } };
        expect(violationsOf(await runResourcePolicy(eventbridgeSourceTopics, broken, { cognigyRelease: "2025.22" }))[0]).toContain("eventFilter");
    });

    test("ignores other integrations", async () => {
        const webhook = { type: INTEGRATION_TYPE, name: "w", props: { integrationType: INTEGRATION_TYPE_WEB_SERVICES } };
        expect((await runResourcePolicy(eventbridgeSourceTopics, webhook)).kind).toBe("notApplicable");
    });
});

describe("eventbridge-egress-accepted", () => {
    test("an EventBridge source is refused until its AWS account is accepted by name, saying what leaves the org", async () => {
        const violations = violationsOf(await runResourcePolicy(eventbridgeEgressAccepted, source([userEnd, acw])));
        expect(violations).toEqual([
            'EventBridge source "Amazon EventBridge Source" (Pulumi resource handover-eventbridge-source) sends every conversation\'s UserEndEvent, AfterCallWorkEvent ' +
                "in this org (all media types, voice calls included, with participants' addresses such as phone numbers) to AWS account 111122223333 (eu-central-1); " +
                'Genesys filters only by topic. Accept it explicitly: add "111122223333" to acceptedAwsAccounts of eventbridge-egress-accepted in the stack\'s policy config ' +
                '(accepted now: none; docs/eventbridge-migration.md, "What leaves Genesys").',
        ]);
    });

    test("passes when the stack's policy config lists the account, and not when it lists another", async () => {
        expect(violationsOf(await runResourcePolicy(eventbridgeEgressAccepted, source([userEnd, acw]), { acceptedAwsAccounts: ["111122223333"] }))).toEqual([]);
        const other = violationsOf(await runResourcePolicy(eventbridgeEgressAccepted, source([userEnd, acw]), { acceptedAwsAccounts: ["999988887777"] }));
        expect(other[0]).toContain('(accepted now: "999988887777";');
    });

    test("refuses an entry that is not a 12-digit account id in the policy config", async () => {
        await expect(runResourcePolicy(eventbridgeEgressAccepted, source([userEnd]), { acceptedAwsAccounts: ["*"] })).rejects.toThrow(/acceptedAwsAccounts/);
    });

    test("ignores other integrations", async () => {
        const webhook = { type: INTEGRATION_TYPE, name: "w", props: { integrationType: INTEGRATION_TYPE_WEB_SERVICES } };
        expect((await runResourcePolicy(eventbridgeEgressAccepted, webhook)).kind).toBe("notApplicable");
    });
});

const destination = (invocationEndpoint: unknown, httpMethod: unknown = "POST") => ({
    type: EVENT_API_DESTINATION_TYPE,
    name: "handover-eventbridge-api-destination",
    props: { invocationEndpoint, httpMethod },
});

describe("eventbridge-api-destination", () => {
    test("passes https POST to the handover path", async () => {
        expect(violationsOf(await runResourcePolicy(eventbridgeApiDestination, destination("https://endpoint-app.cognigy.ai/handover/genesysCloudOM")))).toEqual([]);
    });

    test.each([
        ["http", destination("http://endpoint-app.cognigy.ai/handover/genesysCloudOM"), "not https"],
        ["another path", destination("https://endpoint-app.cognigy.ai/handover"), "does not end in exactly"],
        ["a query", destination("https://endpoint-app.cognigy.ai/handover/genesysCloudOM?x=1"), "does not end in exactly"],
        ["GET", destination("https://endpoint-app.cognigy.ai/handover/genesysCloudOM", "GET"), "instead of POST"],
        ["no endpoint", destination(undefined), "not set"],
        ["a host not on the allowlist", destination("https://endpoint-evil.example/handover/genesysCloudOM"), 'invocationEndpoint calls host "endpoint-evil.example", which is not one of the allowed hosts "endpoint-app.cognigy.ai"'],
        ["credentials in the URL, masked", destination("https://u:hunter2@endpoint-app.cognigy.ai/handover/genesysCloudOM"), 'invocationEndpoint has credentials in its URL "https://[secret]@endpoint-app.cognigy.ai/handover/genesysCloudOM"'],
    ])("fails %s", async (_label, resource, problem) => {
        const violations = violationsOf(await runResourcePolicy(eventbridgeApiDestination, resource));
        expect(violations[0]).toContain(problem);
        expect(violations.join("\n")).not.toContain("hunter2");
    });

    test("a stack's own host passes when its policy config lists it", async () => {
        const onprem = destination("https://endpoint-cognigy.acme-contact.example/handover/genesysCloudOM");
        expect(violationsOf(await runResourcePolicy(eventbridgeApiDestination, onprem, { allowedHosts: ["endpoint-cognigy.acme-contact.example"] }))).toEqual([]);
        expect(violationsOf(await runResourcePolicy(eventbridgeApiDestination, onprem))).toHaveLength(1);
    });
});

const SECRET_MARKER = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value: "k" };
const connection = (authorizationType: unknown, apiKey: unknown) => ({
    type: EVENT_CONNECTION_TYPE,
    name: "handover-eventbridge-api-destination-connection",
    props: { authorizationType, authParameters: { apiKey } },
});

describe("eventbridge-connection-api-key", () => {
    test.each([
        ["a value (as the analyzer shows secrets)", connection("API_KEY", { key: "Authorization", value: "c2VjcmV0LWtleS12YWx1ZQ==" })],
        ["a secret-marked value", connection("API_KEY", { key: "Authorization", value: SECRET_MARKER })],
    ])("passes %s", async (_label, resource) => {
        expect(violationsOf(await runResourcePolicy(eventbridgeConnectionApiKey, resource))).toEqual([]);
    });

    test.each([
        ["basic auth", connection("BASIC", { key: "Authorization", value: "v" }), "instead of API_KEY"],
        ["another header", connection("API_KEY", { key: "x-api-key", value: "v" }), "instead of Authorization"],
        ["an empty value", connection("API_KEY", { key: "Authorization", value: " " }), "empty"],
        ["no api key", connection("API_KEY", undefined), "not set"],
    ])("fails %s without echoing the value", async (_label, resource, problem) => {
        const [violation] = violationsOf(await runResourcePolicy(eventbridgeConnectionApiKey, resource));
        expect(violation).toContain(problem);
        expect(violation).not.toContain("c2VjcmV0");
    });
});

const trigger: StackResourceUnderTest = { type: PROCESS_AUTOMATION_TRIGGER_TYPE, name: "handover-webhook-trigger-acw", props: { topicName: acw } };
const action: StackResourceUnderTest = { type: INTEGRATION_ACTION_TYPE, name: "handover-webhook-send-event-action", props: {} };

describe("delivery-paths-exclusive", () => {
    test.each([
        ["webhook only", [trigger, action]],
        ["EventBridge only", [source([customerEnd])]],
        ["webhook next to a disabled source (forwards nothing)", [trigger, action, source([customerEnd], "DISABLED")]],
    ])("passes %s", async (_label, resources) => {
        expect(violationsOf(await runStackPolicy(deliveryPathsExclusive, resources))).toEqual([]);
    });

    test.each([
        ["triggers", [trigger, source([customerEnd])]],
        ["a data action", [action, source([customerEnd])]],
    ])("fails an active source next to webhook %s", async (_label, resources) => {
        const [violation] = violationsOf(await runStackPolicy(deliveryPathsExclusive, resources));
        expect(violation).toContain("twice");
        expect(violation).toContain("handover-eventbridge-source");
    });

    test("a reviewed migration window is configured in the policy, not the stack", async () => {
        expect(violationsOf(await runStackPolicy(deliveryPathsExclusive, [trigger, source([customerEnd])], { allowMigrationOverlap: true }))).toEqual([]);
    });
});
