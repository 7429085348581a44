import {
    INTEGRATION_ACTION_TYPE,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    SEND_EVENT_ACTION_NAME,
    SEND_EVENT_INPUT_CONTRACT,
} from "@cognigy-handover/contract";
import { sendEventAction } from "../policies/sendEventAction";
import { actionProps } from "./handoverFixtures";
import { ResourceUnderTest, RULE_CASE_STACK, runResourcePolicy, runResourcePolicyForStack, violationsOf } from "./policyHarness";

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

describe(`rule cases (${RULE_CASE_STACK} config)`, () => {
    const stack = RULE_CASE_STACK;
    const violationsFor = async (resource: ResourceUnderTest) =>
        violationsOf((await runResourcePolicyForStack(stack, sendEventAction, resource)).outcome);

    test("policy is mandatory and the documented action passes", async () => {
        const run = await runResourcePolicyForStack(stack, sendEventAction, action());
        expect(run.enforcementLevel).toBe("mandatory");
        expect(violationsOf(run.outcome)).toEqual([]);
    });

    test.each([
        ["an upper-case host", "https://ENDPOINT-PROD.cognigy.acme-contact.example/handover/genesysCloudOM"],
        ["an explicit default port", "https://endpoint-prod.cognigy.acme-contact.example:443/handover/genesysCloudOM"],
    ])("passes with %s", async (_label, requestUrlTemplate) => {
        expect(await violationsFor(action({}, { requestUrlTemplate }))).toEqual([]);
    });

    test.each([
        ["plain http", { requestUrlTemplate: "http://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM" }, `${ACTION} calls http, which sends conversation user ids unencrypted; use https: https://endpoint-<your-environment>/handover/genesysCloudOM.`],
        ["another path", { requestUrlTemplate: "https://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloud" }, `${ACTION} calls path "/handover/genesysCloud"; Cognigy only takes handover events at "/handover/genesysCloudOM" (no query), so set requestUrlTemplate to https://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM.`],
        ["a trailing slash", { requestUrlTemplate: "https://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM/" }, `${ACTION} calls path "/handover/genesysCloudOM/"`],
        ["a query string", { requestUrlTemplate: "https://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM?debug=1" }, `${ACTION} calls path "/handover/genesysCloudOM?debug=1"`],
        ["a host that is not a Cognigy endpoint", { requestUrlTemplate: "https://app.cognigy.ai/handover/genesysCloudOM" }, `${ACTION} calls host "app.cognigy.ai", which is not one of the allowed hosts "endpoint-prod.cognigy.acme-contact.example"; point it at your Cognigy endpoint (cognigyEndpoint), or add that exact host to allowedHosts in the stack's policy config.`],
        ["another endpoint- host: the default pattern endpoint-* is gone", { requestUrlTemplate: "https://endpoint-evil.example.com/handover/genesysCloudOM" }, `${ACTION} calls host "endpoint-evil.example.com", which is not one of the allowed hosts`],
        ["the known SaaS host, not on prod's list", { requestUrlTemplate: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM" }, `${ACTION} calls host "endpoint-app.cognigy.ai", which is not one of the allowed hosts`],
        ["a subdomain of the allowed host", { requestUrlTemplate: "https://x.endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM" }, `${ACTION} calls host "x.endpoint-prod.cognigy.acme-contact.example", which is not one of the allowed hosts`],
        ["a Velocity placeholder in the host", { requestUrlTemplate: "https://endpoint-${input.x}.example/handover/genesysCloudOM" }, `${ACTION} calls host "endpoint-\${input.x}.example", which is not one of the allowed hosts`],
        ["credentials in the URL, masked", { requestUrlTemplate: "https://cognigy:hunter2@endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM" }, `${ACTION} has credentials in its URL "https://[secret]@endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM"; credentials go into the integration's credential, never the URL.`],
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
    test("each stack allows its own Cognigy endpoint only: dev's action may not call prod's host, nor prod's dev's", async () => {
        const devHost = action({}, { requestUrlTemplate: "https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM" });
        expect(violationsOf((await runResourcePolicyForStack("dev", sendEventAction, devHost)).outcome)).toEqual([]);
        expect(violationsOf((await runResourcePolicyForStack("dev", sendEventAction, action())).outcome)).toEqual([
            `${ACTION} calls host "endpoint-prod.cognigy.acme-contact.example", which is not one of the allowed hosts "endpoint-dev.cognigy.acme-contact.example"; ` +
                "point it at your Cognigy endpoint (cognigyEndpoint), or add that exact host to allowedHosts in the stack's policy config.",
        ]);
        expect(violationsOf((await runResourcePolicyForStack("prod", sendEventAction, devHost)).outcome)).toHaveLength(1);
    });

    test("by default only the known Cognigy SaaS host, compared exactly", async () => {
        const saas = action({}, { requestUrlTemplate: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM" });
        expect(violationsOf(await runResourcePolicy(sendEventAction, saas))).toEqual([]);
        for (const host of ["endpoint-trial.cognigy.ai", "endpoint-app.cognigy.ai.evil.com", "endpoint-appxcognigy.ai", "endpoint-anything.example"]) {
            const violations = violationsOf(await runResourcePolicy(sendEventAction, action({}, { requestUrlTemplate: `https://${host}/handover/genesysCloudOM` })));
            expect(violations).toEqual([
                `${ACTION} calls host "${host}", which is not one of the allowed hosts "endpoint-app.cognigy.ai"; ` +
                    "point it at your Cognigy endpoint (cognigyEndpoint), or add that exact host to allowedHosts in the stack's policy config.",
            ]);
        }
    });

    test("a stack lists its own hosts", async () => {
        const config = { allowedHosts: ["endpoint-trial.cognigy.ai"] };
        const trial = action({}, { requestUrlTemplate: "https://endpoint-trial.cognigy.ai/handover/genesysCloudOM" });
        expect(violationsOf(await runResourcePolicy(sendEventAction, trial, config))).toEqual([]);
    });

    test.each([["endpoint-*"], ["endpoint-?.example.com"], ["*.cognigy.ai"], ["Endpoint-App.cognigy.ai"], ["https://endpoint-app.cognigy.ai"], ["endpoint-${x}.example"]])(
        "refuses the pattern or non-host %s in the policy config",
        async (entry) => {
            await expect(runResourcePolicy(sendEventAction, action(), { allowedHosts: [entry] })).rejects.toThrow(/allowedHosts/);
        },
    );
});

test("other resource types are not applicable", async () => {
    expect((await runResourcePolicy(sendEventAction, { type: PROCESS_AUTOMATION_TRIGGER_TYPE, name: "trigger", props: {} })).kind).toBe("notApplicable");
});
