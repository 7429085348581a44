import * as pulumi from "@pulumi/pulumi";
import {
    EVENTBRIDGE_INTEGRATION_NAME,
    HANDOVER_SECRET_KEY,
    HANDOVER_SECRET_NAME,
    ONPREM_FEATURE_FLAGS,
} from "@cognigy-handover/contract";
import { genesysName } from "../names";
import { requireExplicitProvider } from "../providers";
import { CognigyApiDestination } from "./cognigyApiDestination";
import { EventBridgeSettings, OnPremEventBridgeSettings } from "./eventbridgeSettings";
import { EventBridgeSource } from "./eventBridgeSource";
import { HandoverRoute } from "./handoverRoute";
import { PartnerEventBus } from "./partnerEventBus";

export interface EventBridgeDeliveryArgs {
    readonly settings: EventBridgeSettings;
    /** `https://endpoint-…/handover/genesysCloudOM`; only the on-prem API destination uses it. */
    readonly handoverUrl: string;
    readonly nameSuffix: string;
}

/** What a Genesys admin looks up after `pulumi up`: the EventBridge source integration. */
export interface EventBridgeGenesysOutputs {
    readonly eventBridgeSource: { readonly id: pulumi.Output<string>; readonly name: string; readonly topics: readonly string[] };
}

/** Self-hosted Cognigy: the Kubernetes secret and feature flags to set, and where the events arrive. */
export interface OnPremCognigyNextSteps {
    readonly hosting: "onprem";
    readonly kubernetesSecret: { readonly name: string; readonly key: string; readonly value: pulumi.Output<string> };
    readonly featureFlags: Readonly<Record<string, string>>;
    readonly eventBusName: pulumi.Output<string>;
    readonly apiDestinationArn: pulumi.Output<string>;
    readonly deadLetterQueueUrl: pulumi.Output<string>;
}

/** Cognigy SaaS: what the support ticket must say. */
export interface SaasCognigyNextSteps {
    readonly hosting: "saas";
    readonly supportTicket: {
        readonly organisationId: string;
        readonly awsAccountId: string;
        readonly awsRegion: string;
        readonly eventSourceSuffix: string;
        readonly topics: readonly string[];
        readonly genesysIntegration: string;
    };
}

export type EventBridgeCognigyNextSteps = OnPremCognigyNextSteps | SaasCognigyNextSteps;

/** The AWS side this stack builds for self-hosted Cognigy. */
export interface OnPremFlow {
    readonly bus: PartnerEventBus;
    readonly destination: CognigyApiDestination;
    readonly route: HandoverRoute;
}

/**
 * Handover-end delivery through Amazon EventBridge (Cognigy.AI 4.100 and later).
 *
 * Genesys side, always: the "Amazon EventBridge Source" integration forwarding the release's topics to an
 * AWS account. AWS side, only for self-hosted Cognigy (for SaaS, Cognigy support builds it in Cognigy's
 * account): partner bus -> rule (Open Messaging only) -> API destination, with role, retries and DLQ.
 *
 * Providers come from the parent (`providers: [genesyscloud, aws]` on an ancestor): every child resolves
 * them by package, and the constructor refuses to build AWS resources with the ambient default provider.
 */
export class EventBridgeDelivery extends pulumi.ComponentResource {
    public readonly source: EventBridgeSource;
    public readonly integrationName: string;
    public readonly onPrem?: OnPremFlow;
    /** What a Genesys admin looks up after `pulumi up`. */
    public readonly genesysOutputs: EventBridgeGenesysOutputs;
    /** What has to happen on the Cognigy side next (see docs/eventbridge-migration.md). */
    public readonly cognigyNextSteps: EventBridgeCognigyNextSteps;

    constructor(name: string, args: EventBridgeDeliveryArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:EventBridgeDelivery", name, {}, opts);
        const { settings } = args;
        requireExplicitProvider(this, "EventBridgeDelivery", "genesyscloud", "the Genesys org");
        this.integrationName = genesysName(EVENTBRIDGE_INTEGRATION_NAME, args.nameSuffix);

        this.source = new EventBridgeSource(
            `${name}-source`,
            {
                displayName: this.integrationName,
                awsAccountId: settings.awsAccountId,
                awsRegion: settings.awsRegion,
                eventSourceSuffix: settings.organisationId,
                events: settings.events,
            },
            { parent: this },
        );

        this.genesysOutputs = {
            eventBridgeSource: { id: this.source.integrationId, name: this.integrationName, topics: this.source.topics },
        };

        if (settings.hosting === "onprem") {
            if (settings.onPrem === undefined) {
                throw new Error("EventBridgeDelivery: hosting is onprem but the on-prem settings are missing (readEventBridgeSettings returns both or neither).");
            }
            requireExplicitProvider(this, "EventBridgeDelivery", "aws", `AWS account ${settings.awsAccountId}`);
            this.onPrem = this.buildOnPremFlow(name, settings, settings.onPrem, args.handoverUrl);
            this.cognigyNextSteps = {
                hosting: "onprem",
                kubernetesSecret: {
                    name: HANDOVER_SECRET_NAME,
                    key: HANDOVER_SECRET_KEY,
                    value: pulumi.secret(settings.onPrem.apiKey.reveal()),
                },
                featureFlags: { ...ONPREM_FEATURE_FLAGS },
                eventBusName: this.onPrem.bus.busName,
                apiDestinationArn: this.onPrem.destination.apiDestinationArn,
                deadLetterQueueUrl: this.onPrem.route.deadLetterQueue.queueUrl,
            };
        } else {
            this.cognigyNextSteps = {
                hosting: "saas",
                supportTicket: {
                    organisationId: settings.organisationId,
                    awsAccountId: settings.awsAccountId,
                    awsRegion: settings.awsRegion,
                    eventSourceSuffix: settings.organisationId,
                    topics: this.source.topics,
                    genesysIntegration: this.integrationName,
                },
            };
        }

        this.registerOutputs({ genesys: this.genesysOutputs, cognigyNextSteps: this.cognigyNextSteps });
    }

    private buildOnPremFlow(
        name: string,
        settings: EventBridgeSettings,
        onPrem: OnPremEventBridgeSettings,
        handoverUrl: string,
    ): OnPremFlow {
        const bus = new PartnerEventBus(
            `${name}-bus`,
            { eventSourceSuffix: settings.organisationId, source: this.source.integration },
            { parent: this },
        );
        const destination = new CognigyApiDestination(
            `${name}-api-destination`,
            { handoverUrl, apiKey: onPrem.apiKey, rateLimitPerSecond: onPrem.rateLimitPerSecond },
            { parent: this },
        );
        const route = new HandoverRoute(
            `${name}-route`,
            {
                eventBusName: bus.busName,
                apiDestinationArn: destination.apiDestinationArn,
                awsAccountId: settings.awsAccountId,
                retryPolicy: onPrem.retryPolicy,
                alarmTopicArn: onPrem.alarmTopicArn,
            },
            { parent: this },
        );
        return { bus, destination, route };
    }
}
