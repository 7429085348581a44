import {
    API_KEY_HEADER,
    EVENTBRIDGE_INTEGRATION_NAME,
    HANDOVER_EVENTS,
    handoverEventPatternJson,
    INTEGRATION_TYPE_EVENTBRIDGE,
    RESOURCE_TYPES,
} from "@cognigy-handover/contract";
import { DEAD_LETTER_RETENTION_SECONDS } from "../../components/eventbridge/deadLetterQueue";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { AWS_RESOURCE_TYPES, byUrn, GENESYS_ORG_ID, ONPREM_CONFIG, ofType, registerStack, single, TEST_API_KEY } from "./registeredStack";

let resources: PlannedResource[];
beforeAll(async () => {
    resources = await registerStack(ONPREM_CONFIG);
});

const partnerSource = `aws.partner/genesys.com/cloud/${GENESYS_ORG_ID}/${ONPREM_CONFIG.cognigyOrganisationId}`;
const get = (type: string) => single(resources, type);
const parentType = (resource: PlannedResource) => byUrn(resources, resource.parent)?.type;
const dependsOn = (resource: PlannedResource, other: PlannedResource) => resource.dependencies.includes(other.urn);

describe("on-prem EventBridge delivery under mocks", () => {
    test("creates exactly the Genesys source and the AWS flow, nothing of the webhook path", () => {
        const custom = resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:")).map((r) => r.type).sort();
        expect(custom).toEqual([...AWS_RESOURCE_TYPES, RESOURCE_TYPES.integration].sort());
        expect(ofType(resources, RESOURCE_TYPES.trigger)).toEqual([]);
        expect(ofType(resources, RESOURCE_TYPES.integrationAction)).toEqual([]);
    });

    test("every concept is a component under EventBridgeDelivery", () => {
        const delivery = get("cognigy:handover:EventBridgeDelivery");
        expect(delivery.name).toBe("handover-eventbridge");
        expect(parentType(delivery)).toBe("cognigy:handover:HandoverEndDetection");
        for (const component of ["EventBridgeSource", "PartnerEventBus", "CognigyApiDestination", "HandoverRoute"]) {
            expect(parentType(get(`cognigy:handover:${component}`))).toBe("cognigy:handover:EventBridgeDelivery");
        }
        expect(parentType(get("cognigy:handover:InvokeApiDestinationRole"))).toBe("cognigy:handover:HandoverRoute");
        expect(parentType(get("cognigy:handover:DeadLetterQueue"))).toBe("cognigy:handover:HandoverRoute");
    });

    test("Genesys integration: type, ENABLED, suffixed name, canonical properties with the release's topics", () => {
        const integration = get(RESOURCE_TYPES.integration);
        expect(integration.name).toBe("handover-eventbridge-source");
        expect(integration.inputs).toMatchObject({ integrationType: INTEGRATION_TYPE_EVENTBRIDGE, intendedState: "ENABLED" });
        const config = integration.inputs["config"] as Record<string, unknown>;
        expect(config["name"]).toBe(`${EVENTBRIDGE_INTEGRATION_NAME} (test)`);
        expect(config["properties"]).toBe(
            JSON.stringify({
                awsAccountId: ONPREM_CONFIG.eventbridgeAwsAccountId,
                awsAccountRegion: ONPREM_CONFIG.eventbridgeAwsRegion,
                eventFilter: [HANDOVER_EVENTS.CustomerEndEvent.topic],
                eventSourceSuffix: ONPREM_CONFIG.cognigyOrganisationId,
            }),
        );
        expect(integration.provider).toMatch(/pulumi:providers:genesyscloud::genesyscloud$/);
    });

    test("every AWS resource uses the explicit AWS provider", () => {
        for (const type of AWS_RESOURCE_TYPES) {
            expect(get(type).provider).toMatch(/pulumi:providers:aws::aws$/);
        }
    });

    test("partner bus: named after the Genesys source, created after the integration", () => {
        const bus = get(RESOURCE_TYPES.eventBus);
        expect(bus.inputs).toMatchObject({ name: partnerSource, eventSourceName: partnerSource });
        expect(dependsOn(bus, get(RESOURCE_TYPES.integration))).toBe(true);
    });

    test("rule: on the partner bus, Cognigy's Open Messaging pattern", () => {
        const rule = get(RESOURCE_TYPES.eventRule);
        expect(rule.inputs).toMatchObject({ eventBusName: partnerSource, eventPattern: handoverEventPatternJson(), state: "ENABLED" });
        expect(dependsOn(rule, get(RESOURCE_TYPES.eventBus))).toBe(true);
    });

    test("connection and API destination: API key in Authorization, POST to the handover URL at 300/s", () => {
        const connection = get(RESOURCE_TYPES.connection);
        expect(connection.inputs).toMatchObject({
            authorizationType: "API_KEY",
            authParameters: { apiKey: { key: API_KEY_HEADER, value: TEST_API_KEY } },
        });
        expect(connection.secretPaths).toEqual(["authParameters.apiKey.value"]);
        const destination = get(RESOURCE_TYPES.apiDestination);
        expect(destination.inputs).toMatchObject({
            invocationEndpoint: "https://endpoint-cognigy.example.com/handover/genesysCloudOM",
            httpMethod: "POST",
            invocationRateLimitPerSecond: 300,
            connectionArn: connection.outputs["arn"],
        });
        expect(dependsOn(destination, connection)).toBe(true);
    });

    test("role: assumable only by EventBridge for this rule and account, allowed only to invoke the destination", () => {
        const rule = get(RESOURCE_TYPES.eventRule);
        const role = get(RESOURCE_TYPES.role);
        const trust = JSON.parse(role.inputs["assumeRolePolicy"] as string);
        expect(trust.Statement).toHaveLength(1);
        expect(trust.Statement[0]).toMatchObject({
            Principal: { Service: "events.amazonaws.com" },
            Action: "sts:AssumeRole",
            Condition: {
                StringEquals: { "aws:SourceAccount": ONPREM_CONFIG.eventbridgeAwsAccountId },
                ArnEquals: { "aws:SourceArn": rule.outputs["arn"] },
            },
        });
        const policy = get(RESOURCE_TYPES.rolePolicy);
        const document = JSON.parse(policy.inputs["policy"] as string);
        expect(document.Statement).toEqual([
            expect.objectContaining({ Effect: "Allow", Action: "events:InvokeApiDestination", Resource: get(RESOURCE_TYPES.apiDestination).outputs["arn"] }),
        ]);
        expect(policy.inputs["role"]).toBe(role.id);
    });

    test("dead-letter queue: encrypted, 14 days, writable only by the rule, alarmed", () => {
        const queue = get(RESOURCE_TYPES.queue);
        expect(queue.inputs).toMatchObject({ sqsManagedSseEnabled: true, messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS });
        expect(DEAD_LETTER_RETENTION_SECONDS).toBe(1209600);
        const queuePolicy = JSON.parse(get(RESOURCE_TYPES.queuePolicy).inputs["policy"] as string);
        expect(queuePolicy.Statement).toEqual([
            expect.objectContaining({
                Principal: { Service: "events.amazonaws.com" },
                Action: "sqs:SendMessage",
                Resource: queue.outputs["arn"],
                Condition: { ArnEquals: { "aws:SourceArn": get(RESOURCE_TYPES.eventRule).outputs["arn"] } },
            }),
        ]);
        const alarm = get(RESOURCE_TYPES.alarm);
        expect(alarm.inputs).toMatchObject({
            namespace: "AWS/SQS",
            metricName: "ApproximateNumberOfMessagesVisible",
            comparisonOperator: "GreaterThanThreshold",
            threshold: 0,
            alarmActions: [ONPREM_CONFIG.eventbridgeAlarmTopicArn],
        });
    });

    test("target: the destination with role, retry policy and DLQ, created after everything it relies on", () => {
        const target = get(RESOURCE_TYPES.eventTarget);
        expect(target.inputs).toMatchObject({
            eventBusName: partnerSource,
            rule: get(RESOURCE_TYPES.eventRule).inputs["name"],
            arn: get(RESOURCE_TYPES.apiDestination).outputs["arn"],
            roleArn: get(RESOURCE_TYPES.role).outputs["arn"],
            retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 185 },
            deadLetterConfig: { arn: get(RESOURCE_TYPES.queue).outputs["arn"] },
        });
        for (const type of [RESOURCE_TYPES.eventRule, RESOURCE_TYPES.rolePolicy, RESOURCE_TYPES.queuePolicy, RESOURCE_TYPES.apiDestination]) {
            expect(dependsOn(target, get(type))).toBe(true);
        }
    });

    test("the API key appears in registered inputs only where it was registered as a secret", () => {
        let found = 0;
        for (const resource of resources) {
            for (const path of pathsContaining(resource.inputs, TEST_API_KEY)) {
                found += 1;
                expect({ resource: resource.name, path, secret: resource.secretPaths.some((secret) => path === secret || path.startsWith(`${secret}.`)) })
                    .toEqual({ resource: resource.name, path, secret: true });
            }
        }
        expect(found).toBe(1);
    });

    test("Cognigy next steps: the Kubernetes secret (secret value) and the feature flag", () => {
        const delivery = get("cognigy:handover:EventBridgeDelivery");
        const steps = delivery.outputs["cognigyNextSteps"] as Record<string, unknown>;
        expect(steps).toMatchObject({
            hosting: "onprem",
            kubernetesSecret: { name: "genesys-handover-secret", key: "GENESYS_EVENTBRIDGE_HANDOVER_API_KEY", value: TEST_API_KEY },
            featureFlags: { FEATURE_USE_GENESYS_OM_HTTP_END_HANDOVER_REQUEST: "true" },
            eventBusName: partnerSource,
        });
        expect(delivery.outputSecretPaths).toContain("cognigyNextSteps.kubernetesSecret.value");
    });

    test("protect follows the setting (off on a test stack)", () => {
        expect(resources.filter((r) => r.custom && r.protect)).toEqual([]);
    });
});

/** Dotted paths (as RegistrationRecorder writes them) of every string value containing `needle`. */
function pathsContaining(value: unknown, needle: string, path = ""): string[] {
    if (typeof value === "string") {
        return value.includes(needle) ? [path] : [];
    }
    if (Array.isArray(value)) {
        return value.flatMap((item, index) => pathsContaining(item, needle, `${path}[${index}]`));
    }
    if (typeof value === "object" && value !== null) {
        return Object.entries(value).flatMap(([key, inner]) => pathsContaining(inner, needle, path === "" ? key : `${path}.${key}`));
    }
    return [];
}
