import * as pulumi from "@pulumi/pulumi";
import { DATA_ACTIONS_INTEGRATION_NAME, HandoverEvent, WEBHOOK_EVENTS } from "@cognigy-handover/contract";
import { genesysName, logicalEventKey } from "../names";
import { WorkflowLogLevel } from "../config/workflowLogLevel";
import { CredentialSettings } from "../settings";
import { DataActionsIntegration } from "./dataActionsIntegration";
import { HandoverTrigger, HandoverTriggerSettings } from "./handoverTrigger";
import { HandoverWorkflow } from "./handoverWorkflow";
import { SendEventAction } from "./sendEventAction";
import { sendEventActionName } from "./sendEventActionContract";

/** What the webhook path needs, defaults already applied (HandoverEndDetection applies them). */
export interface WebhookDeliverySettings {
    /** Appended to every Genesys name. */
    readonly nameSuffix: string;
    /** Architect division of the workflows, by name. */
    readonly architectDivision: string;
    /** `<cognigyEndpoint>/handover/genesysCloudOM`. */
    readonly handoverUrl: string;
    readonly dataActionTimeoutSeconds: pulumi.Input<number>;
    /** Calls of the data action per handover end at most (the workflow's retry Loop). */
    readonly dataActionAttempts: number;
    /** The workflows' flow log level; unset declares none. */
    readonly workflowLogLevel?: WorkflowLogLevel;
    readonly triggers: HandoverTriggerSettings;
    readonly credential?: CredentialSettings;
}

export interface WebhookDeliveryArgs {
    readonly settings: WebhookDeliverySettings;
    /** Defaults to the guide's two events; tests pass others. */
    readonly events?: readonly HandoverEvent[];
}

export interface WebhookEventResources {
    readonly event: HandoverEvent;
    readonly workflow: HandoverWorkflow;
    readonly trigger: HandoverTrigger;
}

/**
 * The HTTP-webhook delivery of the Cognigy guide (Cognigy.AI 4.99 and earlier): integration -> action ->
 * one workflow per event -> one trigger per event. The events are independent of each other, so their
 * workflows and triggers deploy in parallel.
 */
export class WebhookDelivery extends pulumi.ComponentResource {
    public readonly integration: DataActionsIntegration;
    public readonly sendEventAction: SendEventAction;
    public readonly perEvent: readonly WebhookEventResources[];
    public readonly integrationName: string;
    public readonly actionName: string;

    constructor(name: string, args: WebhookDeliveryArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:WebhookDelivery", name, {}, opts);
        const { settings } = args;
        this.integrationName = genesysName(DATA_ACTIONS_INTEGRATION_NAME, settings.nameSuffix);
        this.actionName = sendEventActionName(settings.nameSuffix);

        this.integration = new DataActionsIntegration(
            `${name}-integration`,
            { displayName: this.integrationName, credential: settings.credential },
            { parent: this },
        );

        this.sendEventAction = new SendEventAction(
            `${name}-send-event-action`,
            {
                displayName: this.actionName,
                integrationId: this.integration.integrationId,
                category: this.integrationName,
                handoverUrl: settings.handoverUrl,
                timeoutSeconds: settings.dataActionTimeoutSeconds,
                credential: settings.credential,
            },
            { parent: this },
        );

        this.perEvent = (args.events ?? WEBHOOK_EVENTS).map((event) => {
            const key = logicalEventKey(event.topicSuffix);
            const workflow = new HandoverWorkflow(
                `${name}-workflow-${key}`,
                {
                    event,
                    workflowName: genesysName(event.workflowName, settings.nameSuffix),
                    divisionName: settings.architectDivision,
                    dataActionCategory: this.integrationName,
                    dataActionName: this.actionName,
                    dataActionAttempts: settings.dataActionAttempts,
                    dataAction: this.sendEventAction.action,
                    ...(settings.workflowLogLevel !== undefined ? { logLevel: settings.workflowLogLevel } : {}),
                },
                { parent: this },
            );
            const trigger = new HandoverTrigger(
                `${name}-trigger-${key}`,
                {
                    event,
                    triggerName: genesysName(event.triggerName, settings.nameSuffix),
                    workflowId: workflow.flowId,
                    settings: settings.triggers,
                },
                { parent: this },
            );
            return { event, workflow, trigger };
        });

        this.registerOutputs({
            integrationId: this.integration.integrationId,
            actionId: this.sendEventAction.actionId,
        });
    }
}
