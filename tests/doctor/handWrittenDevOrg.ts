/**
 * The dev stack's objects in a Genesys org and in the stack's state, WRITTEN OUT BY HAND (names, ids, topics),
 * not derived from the program: a test that recomputed them with the code under test could not fail when that
 * code breaks. Tests copy these and break one thing.
 */
import type { Models } from "purecloud-platform-client-v2";
import { OrgState, orgWith, SentMatchCriterion, StoredTrigger } from "../../tools/localGenesys/orgState";

export const DEV = {
    integration: "Web Services Data Actions Integration (dev)",
    action: "Send Event to Cognigy [contract 739f49e] (dev)",
    workflowAcw: "Workflow conversation.id.acw (dev)",
    workflowUserEnd: "Workflow conversation.id.user.end (dev)",
    triggerAcw: "Trigger conversation.id.acw (dev)",
    triggerUserEnd: "Trigger conversation.id.user.end (dev)",
    topicAcw: "v2.detail.events.conversation.{id}.acw",
    topicUserEnd: "v2.detail.events.conversation.{id}.user.end",
} as const;

const OPEN_MESSAGING: SentMatchCriterion[] = [
    { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
    { jsonPath: "messageType", operator: "Equal", value: "OPEN" },
];

function flow(id: string, name: string): Models.Flow {
    return { id, name, type: "WORKFLOW", division: { id: "division-home", name: "Home" }, publishedVersion: { id: "3.0" }, checkedInVersion: { id: "3.0" } };
}

function trigger(id: string, name: string, topicName: string, target: string): StoredTrigger {
    return {
        id,
        name,
        topicName,
        enabled: true,
        version: 1,
        matchCriteria: OPEN_MESSAGING.map((c) => ({ ...c })),
        eventTTLSeconds: 60,
        target: { type: "Workflow", id: target, workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } },
    };
}

/** The org after a successful `pulumi up` of dev: one of each, ids `int-1`, `act-1`, `flow-acw`, `flow-user-end`, `trg-acw`, `trg-user-end`. */
export function deployedDevOrg(): OrgState {
    return orgWith({
        integrations: [
            { id: "int-1", name: DEV.integration, integrationType: { id: "custom-rest-actions" }, intendedState: "ENABLED", reportedState: { code: "ACTIVE" } },
        ],
        actions: [{ id: "act-1", name: DEV.action, category: DEV.integration, integrationId: "int-1", version: 1, secure: false }],
        flows: [flow("flow-acw", DEV.workflowAcw), flow("flow-user-end", DEV.workflowUserEnd)],
        triggers: [trigger("trg-acw", DEV.triggerAcw, DEV.topicAcw, "flow-acw"), trigger("trg-user-end", DEV.triggerUserEnd, DEV.topicUserEnd, "flow-user-end")],
    });
}

export { flow as handWrittenFlow, trigger as handWrittenTrigger };

const URN = "urn:pulumi:dev::cognigy-genesys-handover::cognigy:handover:HandoverEndDetection$cognigy:handover:WebhookDelivery";

/** Each dev resource's engine URN, by logical name. */
export const DEV_URNS = {
    provider: "urn:pulumi:dev::cognigy-genesys-handover::pulumi:providers:genesyscloud::genesyscloud",
    integration: `${URN}$cognigy:handover:DataActionsIntegration$genesyscloud:index/integration:Integration::handover-webhook-integration`,
    action: `${URN}$cognigy:handover:SendEventAction$genesyscloud:index/integrationAction:IntegrationAction::handover-webhook-send-event-action`,
    workflowAcw: `${URN}$cognigy:handover:HandoverWorkflow$genesyscloud:index/flow:Flow::handover-webhook-workflow-acw`,
    workflowUserEnd: `${URN}$cognigy:handover:HandoverWorkflow$genesyscloud:index/flow:Flow::handover-webhook-workflow-user-end`,
    triggerAcw: `${URN}$cognigy:handover:HandoverTrigger$genesyscloud:index/processautomationTrigger:ProcessautomationTrigger::handover-webhook-trigger-acw`,
    triggerUserEnd: `${URN}$cognigy:handover:HandoverTrigger$genesyscloud:index/processautomationTrigger:ProcessautomationTrigger::handover-webhook-trigger-user-end`,
} as const;

const TYPES: Readonly<Record<keyof typeof DEV_URNS, string>> = {
    provider: "pulumi:providers:genesyscloud",
    integration: "genesyscloud:index/integration:Integration",
    action: "genesyscloud:index/integrationAction:IntegrationAction",
    workflowAcw: "genesyscloud:index/flow:Flow",
    workflowUserEnd: "genesyscloud:index/flow:Flow",
    triggerAcw: "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
    triggerUserEnd: "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
};

/** A `pulumi stack export` of dev holding the given resources with the given ids (the provider is always there). */
export function devStackExport(ids: Partial<Record<Exclude<keyof typeof DEV_URNS, "provider">, string>>): object {
    const resources = [
        { urn: DEV_URNS.provider, custom: true, id: "provider-1", type: TYPES.provider, inputs: {}, outputs: {} },
        ...Object.entries(ids).map(([key, id]) => ({
            urn: DEV_URNS[key as keyof typeof DEV_URNS],
            custom: true,
            id,
            type: TYPES[key as keyof typeof DEV_URNS],
            inputs: {},
            outputs: {},
        })),
    ];
    return { version: 3, deployment: { manifest: { time: "2026-12-07T10:00:00Z", magic: "", version: "v3.270.0" }, resources } };
}
