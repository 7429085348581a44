import * as pulumi from "@pulumi/pulumi";
import { COGNIGY_HANDOVER_PATH } from "@cognigy-handover/contract";
import { EventBridgeDelivery } from "./eventbridge/eventBridgeDelivery";
import { EventBridgeSettings } from "./eventbridge/eventbridgeSettings";
import { requireExplicitProvider } from "./providers";
import { WorkflowLogLevel } from "./config/workflowLogLevel";
import { CredentialSettings, DEFAULT_ARCHITECT_DIVISION, DEFAULT_DATA_ACTION_ATTEMPTS, DEFAULT_DATA_ACTION_TIMEOUT_SECONDS, Delivery } from "./settings";
import { HandoverTriggerSettings } from "./webhook/handoverTrigger";
import { WebhookDelivery } from "./webhook/webhookDelivery";

/**
 * The component's inputs. Only `cognigyEndpoint` is required; the rest default to Cognigy's guide. A program that
 * reads stack configuration (this project's index.ts) validates it first and passes the result in; another program
 * can pass literals.
 */
export interface HandoverEndDetectionArgs {
    /** Base URL of the Cognigy endpoint, `https://<host>[:<port>]`, nothing after the host. Genesys posts to `<this>/handover/genesysCloudOM`. */
    readonly cognigyEndpoint: string;
    /** `webhook` (Cognigy.AI 4.99 and earlier) or `eventbridge` (4.100 and later, needs `eventbridge`). @default "webhook" */
    readonly delivery?: Delivery;
    /** Appended to every Genesys name, so several stacks can share an org. @default "" */
    readonly nameSuffix?: string;
    /** Architect division of the workflows, by its exact name. @default "Home" */
    readonly architectDivision?: string;
    /** How long the data action waits for Cognigy, 1 to 60 s. @default 10 */
    readonly dataActionTimeoutSeconds?: pulumi.Input<number>;
    /** Calls of the data action per handover end at most, 1 to 5: the workflow retries on Failure and Timeout. @default 3 */
    readonly dataActionAttempts?: number;
    /** The handover workflows' Genesys flow log level (a Genesys beta, per org). @default none declared */
    readonly workflowLogLevel?: WorkflowLogLevel;
    /** The triggers' switch, timing and queue scope. @default { enabled: true } (no TTL, no delay, every queue) */
    readonly triggers?: Partial<HandoverTriggerSettings>;
    /** A credential for a Cognigy endpoint behind an authenticating proxy. @default none (the Cognigy guide) */
    readonly credential?: CredentialSettings;
    /** The EventBridge delivery: required when `delivery` is `eventbridge`. */
    readonly eventbridge?: EventBridgeSettings;
}

/** `<endpoint>/handover/genesysCloudOM`, refusing anything but an https base URL. */
export function handoverUrlFor(cognigyEndpoint: string): string {
    let url: URL;
    try {
        url = new URL(cognigyEndpoint);
    } catch {
        throw new Error(`HandoverEndDetection: cognigyEndpoint "${cognigyEndpoint}" is not a URL; pass https://<host> of the Cognigy endpoint.`);
    }
    if (url.protocol !== "https:" || url.username !== "" || url.password !== "" || url.pathname !== "/" || url.search !== "" || url.hash !== "") {
        throw new Error(`HandoverEndDetection: cognigyEndpoint "${cognigyEndpoint}" must be https://<host>[:<port>] with nothing after the host (the handover path is added).`);
    }
    return `https://${url.host}${COGNIGY_HANDOVER_PATH}`;
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
    public readonly delivery: Delivery;
    public readonly handoverUrl: string;
    public readonly webhook?: WebhookDelivery;
    public readonly eventbridge?: EventBridgeDelivery;

    constructor(name: string, args: HandoverEndDetectionArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:HandoverEndDetection", name, {}, opts);
        requireExplicitProvider(this, "HandoverEndDetection", "genesyscloud", "the Genesys org");
        this.delivery = args.delivery ?? "webhook";
        this.handoverUrl = handoverUrlFor(args.cognigyEndpoint);
        const nameSuffix = args.nameSuffix ?? "";
        if (this.delivery === "eventbridge" && args.eventbridge === undefined) {
            throw new Error("HandoverEndDetection: delivery eventbridge needs the `eventbridge` settings.");
        }

        if (this.delivery === "webhook" || args.eventbridge?.keepWebhookDuringMigration === true) {
            const triggers: HandoverTriggerSettings = { ...args.triggers, enabled: args.triggers?.enabled ?? true };
            this.webhook = new WebhookDelivery(
                `${name}-webhook`,
                {
                    settings: {
                        nameSuffix,
                        architectDivision: args.architectDivision ?? DEFAULT_ARCHITECT_DIVISION,
                        handoverUrl: this.handoverUrl,
                        dataActionTimeoutSeconds: args.dataActionTimeoutSeconds ?? DEFAULT_DATA_ACTION_TIMEOUT_SECONDS,
                        dataActionAttempts: args.dataActionAttempts ?? DEFAULT_DATA_ACTION_ATTEMPTS,
                        ...(args.workflowLogLevel !== undefined ? { workflowLogLevel: args.workflowLogLevel } : {}),
                        triggers,
                        credential: args.credential,
                    },
                },
                { parent: this },
            );
        }
        if (this.delivery === "eventbridge" && args.eventbridge !== undefined) {
            this.eventbridge = new EventBridgeDelivery(
                `${name}-eventbridge`,
                { settings: args.eventbridge, handoverUrl: this.handoverUrl, nameSuffix },
                { parent: this },
            );
        }

        this.registerOutputs({ delivery: this.delivery, handoverUrl: this.handoverUrl });
    }
}
