import * as pulumi from "@pulumi/pulumi";
import { HandoverEndDetection } from "./handoverEndDetection";
import { WebhookDelivery } from "./webhook/webhookDelivery";

/** What a Genesys admin looks up after `pulumi up`: ids and display names, by event. */
function webhookOutputs(webhook: WebhookDelivery) {
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

export function stackOutputs(handover: HandoverEndDetection): {
    delivery: string;
    handoverUrl: string;
    genesys: pulumi.Input<Record<string, unknown>>;
    cognigyNextSteps: pulumi.Input<Record<string, unknown>>;
} {
    if (handover.webhook && handover.eventbridge) {
        return {
            delivery: handover.delivery,
            handoverUrl: handover.handoverUrl,
            genesys: { eventbridge: handover.eventbridge.genesysOutputs, webhookUntilMigrationConfirmed: webhookOutputs(handover.webhook) },
            cognigyNextSteps: handover.eventbridge.cognigyNextSteps,
        };
    }
    if (handover.webhook) {
        return {
            delivery: handover.delivery,
            handoverUrl: handover.handoverUrl,
            genesys: webhookOutputs(handover.webhook),
            cognigyNextSteps: {
                summary: `Nothing to configure in Cognigy.AI: Genesys posts handover-end events to ${handover.handoverUrl}.`,
            },
        };
    }
    const eventbridge = handover.eventbridge;
    if (!eventbridge) {
        throw new Error("HandoverEndDetection declared neither delivery path");
    }
    return {
        delivery: handover.delivery,
        handoverUrl: handover.handoverUrl,
        genesys: eventbridge.genesysOutputs,
        cognigyNextSteps: eventbridge.cognigyNextSteps,
    };
}
