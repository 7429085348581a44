/**
 * Every key of the README's configuration table, set to a value other than its default, and what a Genesys (or AWS)
 * admin then sees: the registered inputs of each resource, written out here as literals. Nothing below is computed
 * by the code under test; a component that ignores a setting, or a setting read under the wrong key, fails a test
 * that names the key.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { expectedWorkflowHash } from "../helpers/expectedWorkflowHash";
import { ONPREM_CONFIG, registerStack, SAAS_CONFIG, TEST_API_KEY } from "../eventbridge/registeredStack";

/** Running a program under mocks takes seconds, and much longer on a loaded 2-core machine. */
const PROGRAM_EVALUATION_TIMEOUT_MS = 120_000;

const ACTION_ID = "handover-webhook-send-event-action-offline-id";
const CONTRACT_INPUT =
    '{"additionalProperties":true,"properties":{"disconnectType":{"type":"string"},"topic":{"type":"string"},"userId":{"type":"string"}},"title":"properties","type":"object"}';
const CONTRACT_OUTPUT = '{"additionalProperties":true,"properties":{},"type":"object"}';
const OPEN_MESSAGING = '{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":"messageType","operator":"Equal","value":"OPEN"}';
const ACW_DESCRIPTION =
    "Tells Cognigy.AI that a human agent finished after-call work by applying a wrap-up (AfterCallWorkEvent), for Open Messaging conversations only. Managed by Pulumi.";
const USER_END_DESCRIPTION =
    "Tells Cognigy.AI that a human agent's session ended; keeps Cognigy from wrapping up in the middle of a transfer (UserEndEvent), for Open Messaging conversations only. Managed by Pulumi.";
const INTEGRATION_NOTES = "Sends Open Messaging handover-end events to Cognigy.AI. Managed by Pulumi.";

function named(resources: readonly PlannedResource[], name: string): PlannedResource {
    const found = resources.filter((resource) => resource.custom && resource.name === name);
    if (found.length !== 1) {
        throw new Error(`expected one resource named ${name}, found ${found.length}: ${resources.map((r) => r.name).join(", ")}`);
    }
    return found[0];
}

function customNames(resources: readonly PlannedResource[]): string[] {
    return resources.filter((resource) => resource.custom).map((resource) => `${resource.type} ${resource.name}`).sort();
}

/** Which README keys each variant below sets to a non-default value; checked against the README's table. */
const COVERED_KEYS = new Set<string>();
function covers(...keys: string[]): void {
    keys.forEach((key) => COVERED_KEYS.add(key));
}

describe("a webhook stack with every webhook setting changed (user-defined credential)", () => {
    covers(
        "cognigyRelease",
        "delivery",
        "cognigyEndpoint",
        "genesysRegion",
        "nameSuffix",
        "protect",
        "architectDivision",
        "handoverQueueIds",
        "triggersEnabled",
        "triggerEventTtlSeconds",
        "dataActionTimeoutSeconds",
        "dataActionAttempts",
        "workflowLogLevel",
        "credentialType",
        "userDefinedCredentialFields",
    );
    const CONFIG: Record<string, string> = {
        cognigyRelease: "4.98",
        delivery: "webhook",
        cognigyEndpoint: "https://cognigy.internal.example:8443",
        genesysRegion: "AP-Southeast-2",
        nameSuffix: " [qa]",
        protect: "true",
        architectDivision: "Contact Center EU",
        handoverQueueIds: '["0b9c0c2e-3f45-4e6d-9a1b-2c3d4e5f6a7b","9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"]',
        triggersEnabled: "false",
        triggerEventTtlSeconds: "120",
        dataActionTimeoutSeconds: "25",
        dataActionAttempts: "5",
        workflowLogLevel: "All",
        credentialType: "userDefined",
        userDefinedCredentialFields: '{"x-api-key":"api-key-not-real","X_Tenant":"tenant-7"}',
    };
    let resources: PlannedResource[];

    beforeAll(async () => {
        resources = await registerStack(CONFIG, ["userDefinedCredentialFields"], "qa");
    }, PROGRAM_EVALUATION_TIMEOUT_MS);

    it("genesysRegion: the provider logs in to that region, with the OAuth client of the environment (none in its inputs)", () => {
        const provider = named(resources, "genesyscloud");
        expect(provider.inputs).toEqual({ awsRegion: "ap-southeast-2" });
        expect(provider.secretPaths).toEqual([]);
    });

    it.each([
        ["acw", "handover-webhook-workflow-acw-offline-id"],
        ["user-end", "handover-webhook-workflow-user-end-offline-id"],
    ])("workflowLogLevel All: the %s workflow's executions are recorded with their inputs", (key, flowId) => {
        const logLevel = named(resources, `handover-webhook-workflow-${key}-log-level`);
        expect(logLevel.type).toBe("genesyscloud:index/flowLoglevel:FlowLoglevel");
        expect(logLevel.inputs).toEqual({ flowId, flowLogLevel: "All" });
    });

    it("protect true on a stack not named prod: every Genesys resource is protected", () => {
        const unprotected = resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:") && !r.protect).map((r) => r.name);
        expect(unprotected).toEqual([]);
    });

    it("credentialType userDefined, userDefinedCredentialFields, nameSuffix: a userDefined credential holding the fields, as a secret", () => {
        const credential = named(resources, "handover-webhook-integration-credential");
        expect(credential.inputs).toEqual({
            name: "Web Services Data Actions Integration [qa] Credential",
            credentialTypeName: "userDefined",
            fields: { "x-api-key": "api-key-not-real", X_Tenant: "tenant-7" },
        });
        expect(credential.secretPaths).toEqual(["fields"]);
    });

    it("nameSuffix: the integration carries it, and uses the credential", () => {
        expect(named(resources, "handover-webhook-integration").inputs).toEqual({
            integrationType: "custom-rest-actions",
            intendedState: "ENABLED",
            config: {
                name: "Web Services Data Actions Integration [qa]",
                notes: INTEGRATION_NOTES,
                properties: "{}",
                advanced: "{}",
                credentials: { basicAuth: "handover-webhook-integration-credential-offline-id" },
            },
        });
    });

    it("cognigyEndpoint with a port, dataActionTimeoutSeconds, userDefinedCredentialFields: the action's URL keeps :8443, waits 25 s, sends each field as a header", () => {
        expect(named(resources, "handover-webhook-send-event-action").inputs).toEqual({
            name: "Send Event to Cognigy [contract 739f49e] [qa]",
            category: "Web Services Data Actions Integration [qa]",
            integrationId: "handover-webhook-integration-offline-id",
            contractInput: CONTRACT_INPUT,
            contractOutput: CONTRACT_OUTPUT,
            secure: false,
            configRequest: {
                requestType: "POST",
                requestUrlTemplate: "https://cognigy.internal.example:8443/handover/genesysCloudOM",
                requestTemplate: "${input.rawRequest}",
                headers: {
                    "Content-Type": "application/json",
                    "x-api-key": "${credentials.x-api-key}",
                    X_Tenant: "${credentials.X_Tenant}",
                },
            },
            configResponse: { successTemplate: "${rawResult}" },
            configTimeoutSeconds: 25,
        });
    });

    it.each([
        ["acw", "Workflow conversation.id.acw [qa]", "v2.detail.events.conversation.id.acw"],
        ["user-end", "Workflow conversation.id.user.end [qa]", "v2.detail.events.conversation.id.user.end"],
    ])("architectDivision, nameSuffix, dataActionAttempts: the %s workflow is published into Contact Center EU under its suffixed name", (key, workflowName, topicLiteral) => {
        const substitutions = {
            workflow_name: workflowName,
            division_name: "Contact Center EU",
            data_action_category: "Web Services Data Actions Integration [qa]",
            data_action_name: "Send Event to Cognigy [contract 739f49e] [qa]",
            topic_literal: topicLiteral,
            data_action_attempts: "5",
        };
        expect(named(resources, `handover-webhook-workflow-${key}`).inputs).toEqual({
            name: workflowName,
            filepath: "components/webhook/handover-workflow.yaml",
            substitutions,
            updateTriggerHash: expectedWorkflowHash(substitutions, ACTION_ID),
        });
    });

    it.each([
        ["acw", "Trigger conversation.id.acw [qa]", "v2.detail.events.conversation.{id}.acw", ACW_DESCRIPTION],
        ["user-end", "Trigger conversation.id.user.end [qa]", "v2.detail.events.conversation.{id}.user.end", USER_END_DESCRIPTION],
    ])("triggersEnabled false, triggerEventTtlSeconds, handoverQueueIds: the %s trigger is off, drops events after 120 s, on the two queues", (key, name, topic, description) => {
        expect(named(resources, `handover-webhook-trigger-${key}`).inputs).toEqual({
            name,
            description,
            topicName: topic,
            enabled: false,
            target: { type: "Workflow", id: `handover-webhook-workflow-${key}-offline-id`, workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } },
            matchCriteria: `[${OPEN_MESSAGING},{"jsonPath":"queueId","operator":"In","values":["0b9c0c2e-3f45-4e6d-9a1b-2c3d4e5f6a7b","9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f"]}]`,
            eventTtlSeconds: 120,
        });
    });
});

describe("a webhook stack named prod-eu with basic auth, a delay, protection off and a setup that predates 4.100", () => {
    covers("webhookSetupPredates4100", "triggerDelayBySeconds", "basicAuthUsername", "basicAuthPassword");
    const SUFFIX = " - Contact centre EU, shared org with the German team (QA-1)";
    const CONFIG: Record<string, string> = {
        cognigyRelease: "2025.11",
        webhookSetupPredates4100: "true",
        cognigyEndpoint: "https://endpoint-eu.cognigy.example",
        genesysRegion: "eu-west-1",
        nameSuffix: SUFFIX,
        protect: "false",
        triggerDelayBySeconds: "300",
        credentialType: "basicAuth",
        basicAuthUsername: "genesys-proxy-user",
        basicAuthPassword: "proxy-password-not-real",
    };
    let resources: PlannedResource[];

    beforeAll(async () => {
        resources = await registerStack(CONFIG, ["basicAuthPassword"], "prod-eu");
    }, PROGRAM_EVALUATION_TIMEOUT_MS);

    it("nameSuffix of 60 characters is used whole", () => {
        expect(SUFFIX).toHaveLength(60);
        expect(named(resources, "handover-webhook-trigger-acw").inputs.name).toBe(
            "Trigger conversation.id.acw - Contact centre EU, shared org with the German team (QA-1)",
        );
    });

    it("webhookSetupPredates4100 on 2025.11: the webhook path is still declared, and nothing of EventBridge", () => {
        expect(customNames(resources)).toEqual([
            "genesyscloud:index/flow:Flow handover-webhook-workflow-acw",
            "genesyscloud:index/flow:Flow handover-webhook-workflow-user-end",
            "genesyscloud:index/integration:Integration handover-webhook-integration",
            "genesyscloud:index/integrationAction:IntegrationAction handover-webhook-send-event-action",
            "genesyscloud:index/integrationCredential:IntegrationCredential handover-webhook-integration-credential",
            "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger handover-webhook-trigger-acw",
            "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger handover-webhook-trigger-user-end",
            "pulumi:providers:genesyscloud genesyscloud",
        ]);
        expect(named(resources, "genesyscloud").inputs).toEqual({ awsRegion: "eu-west-1" });
    });

    it("protect false on a prod stack: nothing is protected", () => {
        expect(resources.filter((r) => r.custom && r.protect).map((r) => r.name)).toEqual([]);
    });

    it("basicAuthUsername, basicAuthPassword: a basicAuth credential with Genesys' field names, as a secret", () => {
        const credential = named(resources, "handover-webhook-integration-credential");
        expect(credential.inputs).toEqual({
            name: `Web Services Data Actions Integration${SUFFIX} Credential`,
            credentialTypeName: "basicAuth",
            fields: { userName: "genesys-proxy-user", password: "proxy-password-not-real" },
        });
        expect(credential.secretPaths).toEqual(["fields"]);
    });

    it("credentialType basicAuth: the action sends JSON only and the default 10 s timeout", () => {
        const action = named(resources, "handover-webhook-send-event-action");
        expect(action.inputs.configRequest).toEqual({
            requestType: "POST",
            requestUrlTemplate: "https://endpoint-eu.cognigy.example/handover/genesysCloudOM",
            requestTemplate: "${input.rawRequest}",
            headers: { "Content-Type": "application/json" },
        });
        expect(action.inputs.configTimeoutSeconds).toBe(10);
    });

    it("architectDivision unset: Home", () => {
        expect(named(resources, "handover-webhook-workflow-acw").inputs.substitutions).toMatchObject({ division_name: "Home" });
    });

    it("triggerDelayBySeconds: both triggers start their workflow 300 s late, enabled, with no TTL and no queue scope", () => {
        for (const key of ["acw", "user-end"]) {
            const inputs = named(resources, `handover-webhook-trigger-${key}`).inputs;
            expect([key, inputs.enabled, inputs.delayBySeconds, "eventTtlSeconds" in inputs, inputs.matchCriteria]).toEqual([
                key,
                true,
                300,
                false,
                `[${OPEN_MESSAGING}]`,
            ]);
        }
    });
});

describe("an EventBridge SaaS stack with UserStartEvent, during the webhook migration", () => {
    covers("includeUserStartEvent", "cognigyOrganisationId", "eventbridgeHosting", "eventbridgeAwsAccountId", "eventbridgeAwsRegion", "keepWebhookDuringMigration");
    let resources: PlannedResource[];

    beforeAll(async () => {
        resources = await registerStack(
            {
                ...SAAS_CONFIG,
                cognigyOrganisationId: "acme.eu_prod-7",
                eventbridgeAwsAccountId: "210987654321",
                eventbridgeAwsRegion: "us-west-2",
                keepWebhookDuringMigration: "true",
            },
            [],
            "qa",
        );
    }, PROGRAM_EVALUATION_TIMEOUT_MS);

    it("includeUserStartEvent, cognigyOrganisationId, eventbridgeAwsAccountId/Region: the source forwards both topics to that account", () => {
        expect(named(resources, "handover-eventbridge-source").inputs).toEqual({
            integrationType: "amazon-eventbridge-source",
            intendedState: "ENABLED",
            config: {
                name: "Amazon EventBridge Source (test)",
                notes: "Sends every conversation's CustomerEndEvent, UserStartEvent in this org (all media types, voice calls included, with participants' addresses) to AWS account 210987654321 (us-west-2) for Cognigy.AI, which acts only on Open Messaging handovers. Managed by Pulumi; see docs/eventbridge-migration.md, What leaves Genesys.",
                properties:
                    '{"awsAccountId":"210987654321","awsAccountRegion":"us-west-2","eventFilter":["v2.detail.events.conversation.{id}.customer.end","v2.detail.events.conversation.{id}.user.start"],"eventSourceSuffix":"acme.eu_prod-7"}',
                advanced: "{}",
            },
        });
    });

    it("eventbridgeHosting saas: no AWS resource and no AWS provider; keepWebhookDuringMigration: the webhook path stays", () => {
        expect(customNames(resources)).toEqual([
            "genesyscloud:index/flow:Flow handover-webhook-workflow-acw",
            "genesyscloud:index/flow:Flow handover-webhook-workflow-user-end",
            "genesyscloud:index/integration:Integration handover-eventbridge-source",
            "genesyscloud:index/integration:Integration handover-webhook-integration",
            "genesyscloud:index/integrationAction:IntegrationAction handover-webhook-send-event-action",
            "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger handover-webhook-trigger-acw",
            "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger handover-webhook-trigger-user-end",
            "pulumi:providers:genesyscloud genesyscloud",
        ]);
    });
});

describe("an EventBridge on-prem stack with its retry, rate and alarm settings changed", () => {
    covers("eventbridgeApiKey", "eventbridgeRateLimitPerSecond", "eventbridgeMaximumEventAgeSeconds", "eventbridgeMaximumRetryAttempts", "eventbridgeAlarmTopicArn");
    let resources: PlannedResource[];

    beforeAll(async () => {
        resources = await registerStack(
            {
                ...ONPREM_CONFIG,
                eventbridgeRateLimitPerSecond: "50",
                eventbridgeMaximumEventAgeSeconds: "7200",
                eventbridgeMaximumRetryAttempts: "20",
                eventbridgeAlarmTopicArn: "arn:aws:sns:eu-west-1:444455556666:handover-pager",
            },
            ["eventbridgeApiKey"],
            "qa",
        );
    }, PROGRAM_EVALUATION_TIMEOUT_MS);

    it("eventbridgeAwsAccountId/Region: the AWS provider is pinned to that account and region", () => {
        expect(named(resources, "aws").inputs).toMatchObject({ region: "eu-west-1", allowedAccountIds: '["444455556666"]' });
    });

    it("eventbridgeApiKey: the connection sends it as the Authorization header, as a secret", () => {
        const connection = named(resources, "handover-eventbridge-api-destination-connection");
        expect(connection.inputs.authParameters).toEqual({ apiKey: { key: "Authorization", value: TEST_API_KEY } });
        expect(connection.secretPaths).toEqual(["authParameters.apiKey.value"]);
    });

    it("eventbridgeRateLimitPerSecond: the API destination invokes Cognigy at most 50 times a second", () => {
        expect(named(resources, "handover-eventbridge-api-destination").inputs).toMatchObject({
            httpMethod: "POST",
            invocationEndpoint: "https://endpoint-cognigy.example.com/handover/genesysCloudOM",
            invocationRateLimitPerSecond: 50,
        });
    });

    it("eventbridgeMaximumEventAgeSeconds, eventbridgeMaximumRetryAttempts: the target retries for 2 hours, 20 times", () => {
        expect(named(resources, "handover-eventbridge-route-target").inputs.retryPolicy).toEqual({ maximumEventAgeInSeconds: 7200, maximumRetryAttempts: 20 });
    });

    it("eventbridgeAlarmTopicArn: the dead-letter alarm notifies that topic", () => {
        expect(named(resources, "handover-eventbridge-route-dlq-alarm").inputs).toMatchObject({
            alarmActions: ["arn:aws:sns:eu-west-1:444455556666:handover-pager"],
            okActions: ["arn:aws:sns:eu-west-1:444455556666:handover-pager"],
        });
    });
});

test("every key of the README's configuration table is set to a non-default value above", () => {
    const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Configuration reference"), readme.indexOf("## Documentation"));
    const keys = table
        .split("\n")
        .filter((line) => line.startsWith("| `"))
        .flatMap((line) => [...(line.split("|")[1] ?? "").matchAll(/`([^`]+)`/g)].map((match) => match[1]));
    expect(keys.length).toBeGreaterThan(25);
    expect(keys.filter((key) => !COVERED_KEYS.has(key))).toEqual([]);
});

describe("the provider's OAuth client in stack configuration", () => {
    covers("genesyscloud:oauthclientId", "genesyscloud:oauthclientSecret");
    it.each([
        ["genesyscloud:oauthclientId", "GENESYSCLOUD_OAUTHCLIENT_ID"],
        ["genesyscloud:oauthclientSecret", "GENESYSCLOUD_OAUTHCLIENT_SECRET"],
    ])("%s is refused, naming %s to use instead", async (key, variable) => {
        const config = { cognigyRelease: "4.98", cognigyEndpoint: "https://endpoint-app.cognigy.ai", genesysRegion: "eu-west-1", [key]: "not-real" };
        await expect(registerStack(config, key.endsWith("Secret") ? [key] : [], "qa")).rejects.toThrow(`${key}: credentials are not accepted in stack configuration`);
        await expect(registerStack(config, key.endsWith("Secret") ? [key] : [], "qa")).rejects.toThrow(`export ${variable}=<value>`);
    }, PROGRAM_EVALUATION_TIMEOUT_MS);
});
