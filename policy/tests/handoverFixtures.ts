/**
 * A compliant webhook-delivery stack built from the event catalogue and the handover contract, plus small
 * builders tests use to break exactly one thing at a time. The root's simulation tests build their webhook stack
 * from the same props (tests/simulation/fixtures/webhookStack.ts).
 */
import {
    DATA_ACTIONS_INTEGRATION_NAME,
    FLOW_TYPE,
    HANDOVER_EVENTS,
    HandoverEvent,
    INTEGRATION_ACTION_TYPE,
    INTEGRATION_CREDENTIAL_TYPE,
    INTEGRATION_TYPE,
    INTEGRATION_TYPE_WEB_SERVICES,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    SEND_EVENT_ACTION_NAME,
    SEND_EVENT_INPUT_CONTRACT,
    SEND_EVENT_OUTPUT_CONTRACT,
    TRIGGER_DATA_FORMAT,
    TRIGGER_TARGET_TYPE,
    WEBHOOK_EVENTS,
    workflowSubstitutions,
} from "@cognigy-handover/contract";
import type { StackResourceUnderTest } from "./policyHarness";

/**
 * What the Cognigy guide's condition table means, written out by hand on purpose: the policy derives its
 * expected JSON from handoverContract.ts, and this anchors that derivation to the documented value.
 */
export const DOCUMENTED_MATCH_CRITERIA =
    '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":"messageType","operator":"Equal","value":"OPEN"}]';

/** prod's Cognigy endpoint, the one host its policy config (the rule cases' config) allows. */
export const COGNIGY_URL = "https://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM";

/** The handover events the tests name most. */
export const acw = HANDOVER_EVENTS.AfterCallWorkEvent;
export const userEnd = HANDOVER_EVENTS.UserEndEvent;
export const customerEnd = HANDOVER_EVENTS.CustomerEndEvent;

type Props = Record<string, unknown>;

export function logicalName(kind: "trigger" | "workflow", event: HandoverEvent): string {
    return `${kind}-${event.topicSuffix.replace(/\./g, "-")}`;
}

/** `flowId`: the workflow the trigger starts (during a preview, the id is a stand-in). */
export function triggerProps(event: HandoverEvent, overrides: Props = {}, flowId = `flow-id-${event.topicSuffix}`): Props {
    return {
        name: event.triggerName,
        topicName: event.topic,
        enabled: true,
        target: {
            id: flowId,
            type: TRIGGER_TARGET_TYPE,
            workflowTargetSettings: { dataFormat: TRIGGER_DATA_FORMAT },
        },
        matchCriteria: DOCUMENTED_MATCH_CRITERIA,
        description: event.purpose,
        ...overrides,
    };
}

export function actionProps(overrides: Props = {}, requestOverrides: Props = {}): Props {
    return {
        name: SEND_EVENT_ACTION_NAME,
        category: DATA_ACTIONS_INTEGRATION_NAME,
        integrationId: "integration-id",
        contractInput: JSON.stringify(SEND_EVENT_INPUT_CONTRACT),
        contractOutput: JSON.stringify(SEND_EVENT_OUTPUT_CONTRACT),
        configRequest: {
            requestType: "POST",
            requestUrlTemplate: COGNIGY_URL,
            requestTemplate: "${input.rawRequest}",
            headers: {},
            ...requestOverrides,
        },
        configResponse: { successTemplate: "${rawResult}" },
        configTimeoutSeconds: 10,
        ...overrides,
    };
}

export function workflowProps(event: HandoverEvent, substitutionOverrides: Props = {}): Props {
    return {
        id: `flow-id-${event.topicSuffix}`,
        filepath: "components/workflows/handoverEvent.yaml",
        substitutions: {
            ...workflowSubstitutions({
                event,
                workflowName: event.workflowName,
                divisionName: "Home",
                dataActionCategory: DATA_ACTIONS_INTEGRATION_NAME,
                dataActionName: SEND_EVENT_ACTION_NAME,
                dataActionAttempts: 3,
            }),
            ...substitutionOverrides,
        },
        updateTriggerHash: `hash-${event.topicSuffix}`,
    };
}

export function triggerResource(event: HandoverEvent, overrides: Props = {}, targetWorkflow: string | null = logicalName("workflow", event)): StackResourceUnderTest {
    return {
        type: PROCESS_AUTOMATION_TRIGGER_TYPE,
        name: logicalName("trigger", event),
        props: triggerProps(event, overrides),
        propertyDependencies: targetWorkflow === null ? {} : { target: [targetWorkflow] },
    };
}

export function workflowResource(event: HandoverEvent, substitutionOverrides: Props = {}): StackResourceUnderTest {
    return { type: FLOW_TYPE, name: logicalName("workflow", event), props: workflowProps(event, substitutionOverrides) };
}

export const actionResource = (overrides: Props = {}): StackResourceUnderTest => ({
    type: INTEGRATION_ACTION_TYPE,
    name: "send-event-action",
    props: actionProps(overrides),
    propertyDependencies: { integrationId: ["data-actions-integration"] },
});

export function integrationProps(): Props {
    return { intendedState: "ENABLED", integrationType: INTEGRATION_TYPE_WEB_SERVICES, config: { name: DATA_ACTIONS_INTEGRATION_NAME } };
}

export const integrationResource: StackResourceUnderTest = {
    type: INTEGRATION_TYPE,
    name: "data-actions-integration",
    props: integrationProps(),
};

export const credentialResource: StackResourceUnderTest = {
    type: INTEGRATION_CREDENTIAL_TYPE,
    name: "data-actions-credential",
    props: { name: "Cognigy proxy credential", credentialTypeName: "basicAuth" },
};

/** Integration, action, one workflow and one trigger per webhook event, all wired as the program wires them. */
export function compliantWebhookStack(): StackResourceUnderTest[] {
    return [
        integrationResource,
        actionResource(),
        ...WEBHOOK_EVENTS.map((event) => workflowResource(event)),
        ...WEBHOOK_EVENTS.map((event) => triggerResource(event)),
    ];
}
