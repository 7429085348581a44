import {
    INTEGRATION_ACTION_TYPE,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    SEND_EVENT_ACTION_NAME,
    SEND_EVENT_INPUT_CONTRACT,
} from "@cognigy-handover/contract";
import { hostMatchesPattern, sendEventAction } from "../policies/sendEventAction";
import { actionProps } from "./handoverFixtures";
import { ResourceUnderTest, STACKS, runResourcePolicy, runResourcePolicyForStack, violationsOf } from "./policyHarness";

const ACTION = `Data action "${SEND_EVENT_ACTION_NAME}" (Pulumi resource send-event-action)`;
const DOCUMENTED_INPUT_CONTRACT =
    '{"title":"properties","type":"object","properties":{"userId":{"type":"string"},"topic":{"type":"string"},"disconnectType":{"type":"string"}},"additionalProperties":true}';

function action(overrides: Record<string, unknown> = {}, requestOverrides: Record<string, unknown> = {}): ResourceUnderTest {
    return { type: INTEGRATION_ACTION_TYPE, name: "send-event-action", props: actionProps(overrides, requestOverrides) };
}

function contractWith(properties: Record<string, unknown>): string {
    return JSON.stringify({ ...SEND_EVENT_INPUT_CONTRACT, properties: { ...SEND_EVENT_INPUT_CONTRACT.properties, ...properties } });
}

test("the contract the policy asks for is the one the Cognigy guide documents", () => {
    expect(JSON.stringify(SEND_EVENT_INPUT_CONTRACT)).toBe(DOCUMENTED_INPUT_CONTRACT);
});

describe.each(STACKS)("%s stack", (stack) => {
    const violationsFor = async (resource: ResourceUnderTest) =>
        violationsOf((await runResourcePolicyForStack(stack, sendEventAction, resource)).outcome);

    test("policy is mandatory and the documented action passes", async () => {
        const run = await runResourcePolicyForStack(stack, sendEventAction, action());
        expect(run.enforcementLevel).toBe("mandatory");
        expect(violationsOf(run.outcome)).toEqual([]);
    });

    test.each([
        ["an upper-case host", "https://ENDPOINT-APP.cognigy.ai/handover/genesysCloudOM"],
        ["an explicit port", "https://endpoint-app.cognigy.ai:443/handover/genesysCloudOM"],
        ["another Cognigy domain", "https://endpoint-eu.cognigy.cloud/handover/genesysCloudOM"],
    ])("passes with %s", async (_label, requestUrlTemplate) => {
        expect(await violationsFor(action({}, { requestUrlTemplate }))).toEqual([]);
    });

    test.each([
        ["plain http", { requestUrlTemplate: "http://endpoint-app.cognigy.ai/handover/genesysCloudOM" }, `${ACTION} calls http, which sends conversation user ids unencrypted; use https: https://endpoint-<your-environment>/handover/genesysCloudOM.`],
        ["another path", { requestUrlTemplate: "https://endpoint-app.cognigy.ai/handover/genesysCloud" }, `${ACTION} calls path "/handover/genesysCloud"; Cognigy only takes handover events at "/handover/genesysCloudOM" (no query), so set requestUrlTemplate to https://endpoint-app.cognigy.ai/handover/genesysCloudOM.`],
        ["a trailing slash", { requestUrlTemplate: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM/" }, `${ACTION} calls path "/handover/genesysCloudOM/"`],
        ["a query string", { requestUrlTemplate: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM?debug=1" }, `${ACTION} calls path "/handover/genesysCloudOM?debug=1"`],
        ["a host that is not a Cognigy endpoint", { requestUrlTemplate: "https://app.cognigy.ai/handover/genesysCloudOM" }, `${ACTION} calls host "app.cognigy.ai", which matches none of the allowed hosts "endpoint-*"; point it at your Cognigy endpoint host (https://endpoint-<your-environment>/handover/genesysCloudOM) or add the host to allowedHosts in the policy config.`],
        ["the documentation's typo endpoint.<domain>", { requestUrlTemplate: "https://endpoint.app.cognigy.ai/handover/genesysCloudOM" }, `${ACTION} calls host "endpoint.app.cognigy.ai", which matches none of the allowed hosts`],
        ["a templated URL", { requestUrlTemplate: "${input.cognigyUrl}" }, `${ACTION} has requestUrlTemplate "\${input.cognigyUrl}", which is not a literal URL; set it to https://endpoint-<your-environment>/handover/genesysCloudOM.`],
        ["GET", { requestType: "GET" }, `${ACTION} uses HTTP method "GET"; Cognigy's handover endpoint takes events by POST, so set configRequest.requestType to "POST".`],
        ["a custom request template", { requestTemplate: '{"userId":"${input.userId}"}' }, `${ACTION} has requestTemplate "{\\"userId\\":\\"\${input.userId}\\"}"; Cognigy parses the inputs as sent, so set configRequest.requestTemplate to "\${input.rawRequest}".`],
        ["no request template", { requestTemplate: undefined }, `${ACTION} has requestTemplate undefined; Cognigy parses the inputs as sent`],
    ])("violates with %s", async (_label, requestOverrides, message) => {
        const violations = await violationsFor(action({}, requestOverrides));
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(message);
    });

    test.each([
        ["topic missing", JSON.stringify({ ...SEND_EVENT_INPUT_CONTRACT, properties: { userId: { type: "string" }, disconnectType: { type: "string" } } }), "input topic is missing"],
        ["userId as a number", contractWith({ userId: { type: "number" } }), 'input userId has type "number" instead of "string"'],
        ["disconnectType without a type", contractWith({ disconnectType: {} }), 'input disconnectType has type undefined instead of "string"'],
        ["an array at the top level", JSON.stringify({ ...SEND_EVENT_INPUT_CONTRACT, type: "array" }), 'its type is "array" instead of "object"'],
        ["invalid JSON", "{title:", "contractInput is not valid JSON"],
        ["no contract", undefined, "contractInput is not set"],
    ])("violates with an input contract with %s", async (_label, contractInput, problem) => {
        const violations = await violationsFor(action({ contractInput }));
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(`${ACTION} does not have the input contract Cognigy's guide prescribes: ${problem}`);
        expect(violations[0]).toContain(`Set contractInput to ${DOCUMENTED_INPUT_CONTRACT}`);
    });

    test("reports every problem separately", async () => {
        const violations = await violationsFor(action({ contractInput: "{}" }, { requestType: "PUT", requestUrlTemplate: "http://example.com/hook" }));
        expect(violations).toHaveLength(5);
        expect(violations[0]).toContain("input userId is missing; input topic is missing; input disconnectType is missing");
        expect(violations[1]).toContain('HTTP method "PUT"');
        expect(violations[2]).toContain("calls http");
        expect(violations[3]).toContain('calls path "/hook"');
        expect(violations[4]).toContain('calls host "example.com"');
    });

    test("an action without request configuration is reported once", async () => {
        const violations = await violationsFor(action({ configRequest: undefined }));
        expect(violations).toEqual([
            `${ACTION} has no configRequest; set it to { requestType: "POST", requestUrlTemplate: "https://endpoint-<your-environment>/handover/genesysCloudOM", requestTemplate: "\${input.rawRequest}" }.`,
        ]);
    });
});

describe("allowedHosts", () => {
    test("narrows the hosts to the configured patterns", async () => {
        const config = { allowedHosts: ["endpoint-app.cognigy.ai"] };
        expect(violationsOf(await runResourcePolicy(sendEventAction, action(), config))).toEqual([]);
        const violations = violationsOf(await runResourcePolicy(sendEventAction, action({}, { requestUrlTemplate: "https://endpoint-trial.cognigy.ai/handover/genesysCloudOM" }), config));
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain('calls host "endpoint-trial.cognigy.ai", which matches none of the allowed hosts "endpoint-app.cognigy.ai"');
    });

    test.each([
        ["endpoint-*", "endpoint-app.cognigy.ai", true],
        ["endpoint-*", "my-endpoint-app.cognigy.ai", false],
        ["endpoint-*.cognigy.ai", "endpoint-app.cognigy.ai", true],
        ["endpoint-*.cognigy.ai", "endpoint-app.cognigy.ai.evil.com", false],
        ["endpoint-?.example.com", "endpoint-a.example.com", true],
        ["endpoint-?.example.com", "endpoint-ab.example.com", false],
        ["endpoint-app.cognigy.ai", "endpoint-appxcognigy.ai", false],
    ])("pattern %s against %s: %p", (pattern, host, matches) => {
        expect(hostMatchesPattern(host, pattern)).toBe(matches);
    });
});

test("other resource types are not applicable", async () => {
    expect((await runResourcePolicy(sendEventAction, { type: PROCESS_AUTOMATION_TRIGGER_TYPE, name: "trigger", props: {} })).kind).toBe("notApplicable");
});
