import * as pulumi from "@pulumi/pulumi";
import { EventBridgeDelivery } from "./eventbridge/eventBridgeDelivery";
import { requireExplicitProvider } from "./providers";
import { HandoverSettings } from "./settings";
import { WebhookDelivery } from "./webhook/webhookDelivery";

export interface HandoverEndDetectionArgs {
    readonly settings: HandoverSettings;
}

/**
 * Everything Genesys Cloud (and, for self-hosted Cognigy on EventBridge, AWS) needs so that Cognigy.AI
 * learns when an Open Messaging handover to a human agent has ended. One delivery path exists at a time,
 * since both at once deliver every event twice; the only exception is the reviewed SaaS migration window
 * (`keepWebhookDuringMigration`), which the policy pack must explicitly allow.
 *
 * Protection and providers are options of this component only (see `stackComponentOptions`): every
 * resource below inherits them through `{ parent: this }`, so no child can forget them.
 */
export class HandoverEndDetection extends pulumi.ComponentResource {
    public readonly delivery: HandoverSettings["delivery"];
    public readonly handoverUrl: string;
    public readonly webhook?: WebhookDelivery;
    public readonly eventbridge?: EventBridgeDelivery;

    constructor(name: string, args: HandoverEndDetectionArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:HandoverEndDetection", name, {}, opts);
        requireExplicitProvider(this, "HandoverEndDetection", "genesyscloud", "the Genesys org");
        const { settings } = args;
        this.delivery = settings.delivery;
        this.handoverUrl = settings.handoverUrl;

        if (settings.delivery === "webhook" || settings.eventbridge?.keepWebhookDuringMigration === true) {
            this.webhook = new WebhookDelivery(`${name}-webhook`, { settings }, { parent: this });
        }
        if (settings.delivery === "eventbridge" && settings.eventbridge !== undefined) {
            this.eventbridge = new EventBridgeDelivery(
                `${name}-eventbridge`,
                { settings: settings.eventbridge, handoverUrl: settings.handoverUrl, nameSuffix: settings.nameSuffix },
                { parent: this },
            );
        }

        this.registerOutputs({ delivery: this.delivery, handoverUrl: this.handoverUrl });
    }
}
