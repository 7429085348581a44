import { RESOURCE_TYPES, WEBHOOK_EVENTS } from "@cognigy-handover/contract";
import { expectedWorkflowHash } from "../helpers/expectedWorkflowHash";
import { PlannedStack } from "./plannedStack";

/** The guide's contract as Genesys stores it, and its fingerprint (tests/webhook/sendEventActionContract.test.ts). */
const CONTRACT_INPUT =
    '{"additionalProperties":true,"properties":{"disconnectType":{"type":"string"},"topic":{"type":"string"},"userId":{"type":"string"}},"title":"properties","type":"object"}';
const CONTRACT_OUTPUT = '{"additionalProperties":true,"properties":{},"type":"object"}';
const actionName = (suffix: string) => `Send Event to Cognigy [contract 739f49e]${suffix}`;

export interface WebhookStackExpectation {
    readonly stack: string;
    readonly suffix: string;
    readonly handoverUrl: string;
    readonly genesysRegion: string;
    /** The committed stacks keep late ends: no TTL unless a stack sets one. */
    readonly eventTtlSeconds?: number;
    /** handoverQueueIds: the queues the triggers are scoped to. */
    readonly queueIds?: readonly string[];
    readonly protect: boolean;
}

const EVENT_KEYS: Record<string, string> = { AfterCallWorkEvent: "acw", UserEndEvent: "user-end" };
/** What the Genesys admin UI shows per event: the guide's names, the topic, and the topic literal the workflow sends. */
const EVENT_LITERALS: Record<string, { topic: string; topicLiteral: string; workflow: string; trigger: string }> = {
    AfterCallWorkEvent: {
        topic: "v2.detail.events.conversation.{id}.acw",
        topicLiteral: "v2.detail.events.conversation.id.acw",
        workflow: "Workflow conversation.id.acw",
        trigger: "Trigger conversation.id.acw",
    },
    UserEndEvent: {
        topic: "v2.detail.events.conversation.{id}.user.end",
        topicLiteral: "v2.detail.events.conversation.id.user.end",
        workflow: "Workflow conversation.id.user.end",
        trigger: "Trigger conversation.id.user.end",
    },
};

/**
 * The assertions every webhook stack must pass under mocks: exactly the Cognigy guide's resources, with the
 * inputs, providers, protection and dependency edges Genesys needs. One test file per stack calls this,
 * because the Pulumi runtime holds one program per process.
 */
export function describeWebhookStack(expected: WebhookStackExpectation): void {
    let planned: PlannedStack;

    beforeAll(async () => {
        planned = await PlannedStack.evaluate(expected.stack);
    });

    it("declares exactly 1 integration, 1 action, 2 workflows and 2 triggers, and no credential", () => {
        const kinds = ["genesysProvider", "integration", "integrationCredential", "integrationAction", "flow", "trigger"] as const;
        const counts = Object.fromEntries(kinds.map((kind) => [kind, planned.ofType(RESOURCE_TYPES[kind]).length]));
        expect(counts).toEqual({ genesysProvider: 1, integration: 1, integrationCredential: 0, integrationAction: 1, flow: 2, trigger: 2 });
        expect(planned.customResources).toHaveLength(6);
    });

    it("creates everything through the explicit Genesys provider for the stack's region", () => {
        const [provider] = planned.ofType(RESOURCE_TYPES.genesysProvider);
        expect(provider.inputs).toMatchObject({ awsRegion: expected.genesysRegion });
        for (const resource of planned.customResources) {
            expect([resource.name, resource.provider]).toEqual([resource.name, provider.urn]);
        }
    });

    it(`${expected.protect ? "protects every Genesys resource" : "leaves every Genesys resource unprotected"}`, () => {
        for (const resource of planned.customResources) {
            expect([resource.name, resource.protect]).toEqual([resource.name, expected.protect]);
        }
    });

    it("installs the Web Services Data Actions integration, enabled", () => {
        const integration = planned.named("handover-webhook-integration");
        expect(integration.type).toBe(RESOURCE_TYPES.integration);
        expect(integration.inputs).toEqual({
            integrationType: "custom-rest-actions",
            intendedState: "ENABLED",
            config: {
                name: `Web Services Data Actions Integration${expected.suffix}`,
                notes: expect.stringContaining("Cognigy"),
                properties: "{}",
                advanced: "{}",
            },
        });
    });

    it("declares the Send Event to Cognigy action with the guide's contract, POSTing to the Cognigy endpoint", () => {
        const action = planned.named("handover-webhook-send-event-action");
        const integration = planned.named("handover-webhook-integration");
        expect(action.type).toBe(RESOURCE_TYPES.integrationAction);
        expect(action.inputs).toEqual({
            name: actionName(expected.suffix),
            category: `Web Services Data Actions Integration${expected.suffix}`,
            integrationId: integration.id,
            contractInput: CONTRACT_INPUT,
            contractOutput: CONTRACT_OUTPUT,
            secure: false,
            configRequest: {
                requestType: "POST",
                requestUrlTemplate: expected.handoverUrl,
                requestTemplate: "${input.rawRequest}",
                headers: { "Content-Type": "application/json" },
            },
            configResponse: { successTemplate: "${rawResult}" },
            configTimeoutSeconds: 10,
        });
        expect(planned.dependencyNames(action)).toEqual(["handover-webhook-integration"]);
    });

    describe.each(WEBHOOK_EVENTS.map((event) => [event.name, event] as const))("for %s", (_name, event) => {
        const key = EVENT_KEYS[event.name];

        it("publishes the workflow from the committed template with the event's topic literal", () => {
            const flow = planned.named(`handover-webhook-workflow-${key}`);
            const action = planned.named("handover-webhook-send-event-action");
            const substitutions = {
                workflow_name: `${EVENT_LITERALS[event.name].workflow}${expected.suffix}`,
                division_name: "Home",
                data_action_category: `Web Services Data Actions Integration${expected.suffix}`,
                data_action_name: actionName(expected.suffix),
                topic_literal: EVENT_LITERALS[event.name].topicLiteral,
                data_action_attempts: "3",
            };
            expect(action.id).toBe("handover-webhook-send-event-action-offline-id");
            expect(flow.type).toBe(RESOURCE_TYPES.flow);
            expect(flow.inputs).toEqual({
                name: substitutions.workflow_name,
                filepath: "components/webhook/handover-workflow.yaml",
                substitutions,
                updateTriggerHash: expectedWorkflowHash(substitutions, "handover-webhook-send-event-action-offline-id"),
            });
        });

        it("waits for the action it names, and for nothing else", () => {
            const flow = planned.named(`handover-webhook-workflow-${key}`);
            expect(planned.dependencyNames(flow)).toEqual(["handover-webhook-send-event-action"]);
        });

        it(`fires the workflow only for Open Messaging conversations${expected.queueIds ? " on the stack's queues" : ""}`, () => {
            const trigger = planned.named(`handover-webhook-trigger-${key}`);
            const flow = planned.named(`handover-webhook-workflow-${key}`);
            expect(trigger.type).toBe(RESOURCE_TYPES.trigger);
            expect(trigger.inputs).toEqual({
                name: `${EVENT_LITERALS[event.name].trigger}${expected.suffix}`,
                description: expect.stringContaining(event.name),
                topicName: EVENT_LITERALS[event.name].topic,
                enabled: true,
                target: { type: "Workflow", id: flow.id, workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } },
                matchCriteria:
                    '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":"messageType","operator":"Equal","value":"OPEN"}' +
                    (expected.queueIds ? `,{"jsonPath":"queueId","operator":"In","values":${JSON.stringify(expected.queueIds)}}` : "") +
                    "]",
                ...(expected.eventTtlSeconds !== undefined ? { eventTtlSeconds: expected.eventTtlSeconds } : {}),
            });
            expect("eventTtlSeconds" in trigger.inputs).toBe(expected.eventTtlSeconds !== undefined);
            expect(trigger.propertyDependencies.target).toEqual([flow.urn]);
            expect(planned.dependencyNames(trigger)).toEqual([`handover-webhook-workflow-${key}`]);
        });
    });

    it("deploys both events in parallel: the longest chain is integration -> action -> workflow -> trigger", () => {
        const chain = planned.longestChain();
        expect(chain).toHaveLength(4);
        expect(chain.slice(0, 3)).toEqual([
            "handover-webhook-integration",
            "handover-webhook-send-event-action",
            chain[2].startsWith("handover-webhook-workflow-") ? chain[2] : "a workflow",
        ]);
        expect(chain[3]).toBe(chain[2].replace("workflow", "trigger"));
    });

    it("nests every resource under the component of its concept", () => {
        const parentType = (name: string) => planned.byUrn(planned.named(name).parent as string).type;
        expect(parentType("handover-webhook-integration")).toBe("cognigy:handover:DataActionsIntegration");
        expect(parentType("handover-webhook-send-event-action")).toBe("cognigy:handover:SendEventAction");
        expect(parentType("handover-webhook-workflow-acw")).toBe("cognigy:handover:HandoverWorkflow");
        expect(parentType("handover-webhook-trigger-user-end")).toBe("cognigy:handover:HandoverTrigger");
        expect(planned.byUrn(planned.component("handover-webhook").parent as string).type).toBe("cognigy:handover:HandoverEndDetection");
    });

    it("exports the ids and names a Genesys admin looks for", () => {
        const outputs = planned.evaluation.stackOutputs;
        expect(outputs.delivery).toBe("webhook");
        expect(outputs.handoverUrl).toBe(expected.handoverUrl);
        expect(outputs.genesys).toMatchObject({
            integration: { id: planned.named("handover-webhook-integration").id, name: `Web Services Data Actions Integration${expected.suffix}` },
            sendEventAction: { name: actionName(expected.suffix) },
            events: {
                AfterCallWorkEvent: { topic: WEBHOOK_EVENTS[0].topic, trigger: { name: `Trigger conversation.id.acw${expected.suffix}` } },
                UserEndEvent: { workflow: { id: planned.named("handover-webhook-workflow-user-end").id } },
            },
        });
    });
}
