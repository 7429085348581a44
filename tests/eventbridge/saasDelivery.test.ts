import {
    EVENTBRIDGE_INTEGRATION_NAME,
    HANDOVER_EVENTS,
    INTEGRATION_TYPE_EVENTBRIDGE,
    RESOURCE_TYPES,
} from "@cognigy-handover/contract";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { byUrn, customResourceSet, registerStack, SAAS_CONFIG, single } from "./registeredStack";

let resources: PlannedResource[];
beforeAll(async () => {
    resources = await registerStack({ ...SAAS_CONFIG, protect: "true" }, []);
});

describe("SaaS EventBridge delivery under mocks", () => {
    test("creates only the Genesys source: Cognigy support builds the AWS side in Cognigy's account", () => {
        expect(customResourceSet(resources)).toEqual([`${RESOURCE_TYPES.integration} handover-eventbridge-source`]);
        expect(resources.some((resource) => resource.type.startsWith("aws:") || resource.type === "pulumi:providers:aws")).toBe(false);
    });

    test("the integration points at Cognigy's account and region and forwards CustomerEnd + UserStart", () => {
        const integration = single(resources, RESOURCE_TYPES.integration);
        expect(integration.inputs).toMatchObject({ integrationType: INTEGRATION_TYPE_EVENTBRIDGE, intendedState: "ENABLED" });
        const config = integration.inputs["config"] as Record<string, unknown>;
        expect(config["name"]).toBe(`${EVENTBRIDGE_INTEGRATION_NAME} (test)`);
        expect(JSON.parse(config["properties"] as string)).toEqual({
            awsAccountId: SAAS_CONFIG.eventbridgeAwsAccountId,
            awsAccountRegion: SAAS_CONFIG.eventbridgeAwsRegion,
            eventFilter: [HANDOVER_EVENTS.CustomerEndEvent.topic, HANDOVER_EVENTS.UserStartEvent.topic],
            eventSourceSuffix: SAAS_CONFIG.cognigyOrganisationId,
        });
        expect(byUrn(resources, integration.parent)?.type).toBe("cognigy:handover:EventBridgeSource");
        expect(integration.provider).toMatch(/pulumi:providers:genesyscloud::genesyscloud$/);
    });

    test("protect reaches the integration", () => {
        expect(single(resources, RESOURCE_TYPES.integration).protect).toBe(true);
    });

    test("outputs the support ticket details", () => {
        const delivery = single(resources, "cognigy:handover:EventBridgeDelivery");
        expect(delivery.outputs["cognigyNextSteps"]).toEqual({
            hosting: "saas",
            supportTicket: {
                organisationId: SAAS_CONFIG.cognigyOrganisationId,
                awsAccountId: SAAS_CONFIG.eventbridgeAwsAccountId,
                awsRegion: SAAS_CONFIG.eventbridgeAwsRegion,
                eventSourceSuffix: SAAS_CONFIG.cognigyOrganisationId,
                topics: [HANDOVER_EVENTS.CustomerEndEvent.topic, HANDOVER_EVENTS.UserStartEvent.topic],
                genesysIntegration: `${EVENTBRIDGE_INTEGRATION_NAME} (test)`,
            },
        });
    });
});
