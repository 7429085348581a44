import * as pulumi from "@pulumi/pulumi";
import { EventBridgeCognigyNextSteps, EventBridgeDelivery, EventBridgeGenesysOutputs } from "./eventbridge/eventBridgeDelivery";
import { HandoverEndDetection } from "./handoverEndDetection";
import { WebhookDelivery } from "./webhook/webhookDelivery";

interface NamedObject {
    readonly id: pulumi.Output<string>;
    readonly name: string;
}

/** What a Genesys admin looks up after `pulumi up` on the webhook path: ids and display names, by event. */
export interface WebhookGenesysOutputs {
    readonly integration: NamedObject;
    readonly sendEventAction: NamedObject;
    readonly events: Readonly<Record<string, { readonly topic: string; readonly workflow: NamedObject; readonly trigger: NamedObject }>>;
}

export interface WebhookCognigyNextSteps {
    readonly summary: string;
}

/** The stack's outputs, one shape per delivery (the migration window shows both Genesys sides). */
export type HandoverStackOutputs =
    | { readonly delivery: string; readonly handoverUrl: string; readonly genesys: WebhookGenesysOutputs; readonly cognigyNextSteps: WebhookCognigyNextSteps }
    | { readonly delivery: string; readonly handoverUrl: string; readonly genesys: EventBridgeGenesysOutputs; readonly cognigyNextSteps: EventBridgeCognigyNextSteps }
    | {
          readonly delivery: string;
          readonly handoverUrl: string;
          readonly genesys: { readonly eventbridge: EventBridgeGenesysOutputs; readonly webhookUntilMigrationConfirmed: WebhookGenesysOutputs };
          readonly cognigyNextSteps: EventBridgeCognigyNextSteps;
      };

function webhookOutputs(webhook: WebhookDelivery): WebhookGenesysOutputs {
    return {
        integration: { id: webhook.integration.integrationId, name: webhook.integrationName },
        sendEventAction: { id: webhook.sendEventAction.actionId, name: webhook.actionName },
        events: Object.fromEntries(
            webhook.perEvent.map(({ event, workflow, trigger }) => [
                event.name,
                {
                    topic: event.topic,
                    workflow: { id: workflow.flowId, name: workflow.workflowName },
                    trigger: { id: trigger.triggerId, name: trigger.triggerName },
                },
            ]),
        ),
    };
}

export function stackOutputs(handover: HandoverEndDetection): HandoverStackOutputs {
    const { delivery, handoverUrl } = handover;
    const webhook: WebhookDelivery | undefined = handover.webhook;
    const eventbridge: EventBridgeDelivery | undefined = handover.eventbridge;
    if (webhook && eventbridge) {
        return {
            delivery,
            handoverUrl,
            genesys: { eventbridge: eventbridge.genesysOutputs, webhookUntilMigrationConfirmed: webhookOutputs(webhook) },
            cognigyNextSteps: eventbridge.cognigyNextSteps,
        };
    }
    if (webhook) {
        return {
            delivery,
            handoverUrl,
            genesys: webhookOutputs(webhook),
            cognigyNextSteps: { summary: `Nothing to configure in Cognigy.AI: Genesys posts handover-end events to ${handoverUrl}.` },
        };
    }
    if (eventbridge) {
        return { delivery, handoverUrl, genesys: eventbridge.genesysOutputs, cognigyNextSteps: eventbridge.cognigyNextSteps };
    }
    throw new Error("HandoverEndDetection declared neither delivery path; it always declares at least one.");
}
