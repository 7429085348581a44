import { ConfigReader } from "../../components/config/configReader";
import { parseCognigyRelease } from "@cognigy-handover/contract";
import {
    DEFAULT_API_DESTINATION_RATE_LIMIT,
    DEFAULT_MAXIMUM_EVENT_AGE_SECONDS,
    DEFAULT_MAXIMUM_RETRY_ATTEMPTS,
    readEventBridgeSettings,
} from "../../components/eventbridge/eventbridgeSettings";
import { loadSettingsFrom } from "../../components/settings";
import { memoryConfigSource } from "../helpers/memoryConfigSource";
import { ONPREM_CONFIG, SAAS_CONFIG, TEST_API_KEY } from "../helpers/stackConfigs";

function read(values: Record<string, string | undefined>, secretKeys: readonly string[] = ["eventbridgeApiKey"]) {
    const reader = new ConfigReader(memoryConfigSource("dev", values, secretKeys));
    const settings = readEventBridgeSettings(reader, parseCognigyRelease(values.cognigyRelease ?? ""));
    return { settings, problems: reader.problems };
}

function problemFor(values: Record<string, string | undefined>, key: string, secretKeys?: readonly string[]): string {
    const { problems } = read(values, secretKeys);
    const problem = problems.find((candidate) => candidate.key === key);
    if (problem === undefined) {
        throw new Error(`expected a problem on ${key}, got ${JSON.stringify(problems)}`);
    }
    return problem.message;
}

describe("EventBridge settings", () => {
    test("saas: events follow the release, no AWS side", () => {
        const { settings, problems } = read(SAAS_CONFIG);
        expect(problems).toEqual([]);
        expect(settings).toMatchObject({
            hosting: "saas",
            organisationId: SAAS_CONFIG.cognigyOrganisationId,
            awsAccountId: SAAS_CONFIG.eventbridgeAwsAccountId,
            awsRegion: SAAS_CONFIG.eventbridgeAwsRegion,
            keepWebhookDuringMigration: false,
        });
        expect(settings?.events.map((event) => event.name)).toEqual(["CustomerEndEvent", "UserStartEvent"]);
        expect(settings?.onPrem).toBeUndefined();
    });

    test("onprem: API key kept secret, documented defaults for rate, retries and age", () => {
        const { settings, problems } = read(ONPREM_CONFIG);
        expect(problems).toEqual([]);
        expect(settings?.onPrem?.apiKey.reveal()).toBe(TEST_API_KEY);
        expect(JSON.stringify(settings)).not.toContain(TEST_API_KEY);
        expect(settings?.onPrem).toMatchObject({
            rateLimitPerSecond: DEFAULT_API_DESTINATION_RATE_LIMIT,
            retryPolicy: { maximumEventAgeSeconds: DEFAULT_MAXIMUM_EVENT_AGE_SECONDS, maximumRetryAttempts: DEFAULT_MAXIMUM_RETRY_ATTEMPTS },
            alarmTopicArn: ONPREM_CONFIG.eventbridgeAlarmTopicArn,
        });
        expect(DEFAULT_API_DESTINATION_RATE_LIMIT).toBe(300);
    });

    test("hosting has no default: guessing either way leaves events undelivered", () => {
        expect(problemFor({ ...SAAS_CONFIG, eventbridgeHosting: undefined }, "eventbridgeHosting")).toContain("pulumi config set eventbridgeHosting saas -s dev");
        expect(problemFor({ ...SAAS_CONFIG, eventbridgeHosting: "cloud" }, "eventbridgeHosting")).toContain('"cloud" is not one of');
    });

    test.each([
        ["cognigyOrganisationId", "org id with spaces", "1 to 64 characters"],
        ["cognigyOrganisationId", "x".repeat(65), "1 to 64 characters"],
        ["eventbridgeAwsAccountId", "1234", "12-digit"],
        ["eventbridgeAwsRegion", "Frankfurt", "not an AWS region"],
    ])("%s=%s is rejected naming value and fix", (key, value, message) => {
        const problem = problemFor({ ...SAAS_CONFIG, [key]: value }, key);
        expect(problem).toContain(message);
        expect(problem).toContain("Fix:");
    });

    test("UserStartEvent needs 2025.22", () => {
        expect(problemFor({ ...SAAS_CONFIG, cognigyRelease: "2025.21" }, "includeUserStartEvent")).toContain("2025.22");
    });

    test("on-prem keys are rejected on a saas stack", () => {
        for (const key of ["eventbridgeApiKey", "eventbridgeRateLimitPerSecond", "eventbridgeMaximumEventAgeSeconds", "eventbridgeMaximumRetryAttempts", "eventbridgeAlarmTopicArn"]) {
            expect(problemFor({ ...SAAS_CONFIG, [key]: "1" }, key)).toContain(`pulumi config rm ${key} -s dev`);
        }
    });

    test("the API key must be a Pulumi secret and is never echoed", () => {
        const problem = problemFor(ONPREM_CONFIG, "eventbridgeApiKey", []);
        expect(problem).toContain("must be a Pulumi secret");
        expect(problem).not.toContain(TEST_API_KEY);
        const weak = problemFor({ ...ONPREM_CONFIG, eventbridgeApiKey: "short secret" }, "eventbridgeApiKey");
        expect(weak).toContain("value not shown");
        expect(weak).not.toContain("short secret");
        expect(problemFor({ ...ONPREM_CONFIG, eventbridgeApiKey: undefined }, "eventbridgeApiKey")).toContain("--secret");
    });

    test.each([
        ["eventbridgeRateLimitPerSecond", "301"],
        ["eventbridgeMaximumEventAgeSeconds", "59"],
        ["eventbridgeMaximumEventAgeSeconds", "86401"],
        ["eventbridgeMaximumRetryAttempts", "186"],
        ["eventbridgeAlarmTopicArn", "ops-alerts"],
    ])("on-prem %s=%s is out of AWS's range", (key, value) => {
        const problem = problemFor({ ...ONPREM_CONFIG, [key]: value }, key);
        expect(problem).toContain(`"${value}"`);
        expect(problem).toContain("Fix:");
    });

    test.each([
        ["4.99", "cognigyRelease: Cognigy.AI 4.99 predates EventBridge delivery (4.100 and later). Fix: pulumi config set delivery webhook -s dev"],
        ["latest", 'cognigyRelease: "latest" is not a Cognigy.AI release such as 4.99, 4.100 or 2025.22. Fix: pulumi config set cognigyRelease 2025.22 -s dev'],
    ])("through the stack settings, cognigyRelease=%s is rejected naming value and fix", (release, message) => {
        expect(() => loadSettingsFrom(memoryConfigSource("dev", { ...SAAS_CONFIG, cognigyRelease: release }))).toThrow(message);
    });

    test("without a valid release there are no EventBridge settings", () => {
        expect(read({ ...SAAS_CONFIG, cognigyRelease: "4.99" }).settings).toBeUndefined();
        expect(read({ ...SAAS_CONFIG, cognigyRelease: undefined }).settings).toBeUndefined();
    });

    test("through the stack settings: only read for delivery eventbridge, all problems at once", () => {
        const { cognigyOrganisationId: _org, eventbridgeHosting: _hosting, eventbridgeAwsAccountId: _account, eventbridgeAwsRegion: _region, includeUserStartEvent: _userStart, ...webhookKeys } = SAAS_CONFIG;
        expect(loadSettingsFrom(memoryConfigSource("dev", { ...webhookKeys, delivery: "webhook", webhookSetupPredates4100: "true" })).eventbridge).toBeUndefined();
        expect(() =>
            loadSettingsFrom(memoryConfigSource("dev", { ...SAAS_CONFIG, cognigyOrganisationId: undefined, eventbridgeAwsAccountId: "x" })),
        ).toThrow(/cognigyOrganisationId[\s\S]*eventbridgeAwsAccountId/);
    });
});
