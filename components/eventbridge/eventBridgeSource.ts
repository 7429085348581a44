import * as pulumi from "@pulumi/pulumi";
import * as genesyscloud from "@pulumi/genesyscloud";
import {
    eventBridgeSourcePropertiesJson,
    HandoverEvent,
    INTEGRATION_TYPE_EVENTBRIDGE,
} from "@cognigy-handover/contract";

export interface EventBridgeSourceArgs {
    /** Display name in Genesys (Admin > Integrations). */
    readonly displayName: pulumi.Input<string>;
    /** The AWS account and region the partner event source appears in. */
    readonly awsAccountId: pulumi.Input<string>;
    readonly awsRegion: pulumi.Input<string>;
    /** The Cognigy `organisationId`. */
    readonly eventSourceSuffix: pulumi.Input<string>;
    /** The events of the Cognigy release; their topics become the source's topic filter. */
    readonly events: readonly HandoverEvent[];
}

/**
 * What the integration sends where, as Genesys shows it in Admin > Integrations. Genesys filters only by topic
 * (the integration's Topic Filtering, `eventFilter`), so every conversation's event on those topics leaves the org,
 * whatever its media type: voice calls and their participants' addresses included. Only the AWS side (the
 * EventBridge rule, on-prem; Cognigy's, SaaS) narrows them to Open Messaging.
 */
export function eventBridgeSourceNotes(events: readonly HandoverEvent[], awsAccountId: string, awsRegion: string): string {
    return (
        `Sends every conversation's ${events.map((event) => event.name).join(", ")} in this org (all media types, voice calls included, ` +
        `with participants' addresses) to AWS account ${awsAccountId} (${awsRegion}) for Cognigy.AI, which acts only on Open Messaging handovers. ` +
        "Managed by Pulumi; see docs/eventbridge-migration.md, What leaves Genesys."
    );
}

/**
 * Step 1 of Cognigy's EventBridge guide: the Genesys "Amazon EventBridge Source" integration, configured and
 * active. Activating it makes Genesys create the partner event source in the given AWS account and start
 * forwarding the filtered topics to it.
 */
export class EventBridgeSource extends pulumi.ComponentResource {
    public readonly integration: genesyscloud.Integration;
    public readonly integrationId: pulumi.Output<string>;
    public readonly topics: readonly string[];

    constructor(name: string, args: EventBridgeSourceArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:EventBridgeSource", name, {}, opts);
        this.topics = args.events.map((event) => event.topic);

        const properties = pulumi
            .all([args.awsAccountId, args.awsRegion, args.eventSourceSuffix])
            .apply(([awsAccountId, awsAccountRegion, eventSourceSuffix]) =>
                eventBridgeSourcePropertiesJson({ awsAccountId, awsAccountRegion, eventSourceSuffix, eventFilter: this.topics }),
            );

        this.integration = new genesyscloud.Integration(
            name,
            {
                integrationType: INTEGRATION_TYPE_EVENTBRIDGE,
                intendedState: "ENABLED",
                config: {
                    name: args.displayName,
                    notes: pulumi
                        .all([args.awsAccountId, args.awsRegion])
                        .apply(([awsAccountId, awsRegion]) => eventBridgeSourceNotes(args.events, awsAccountId, awsRegion)),
                    properties,
                    advanced: "{}",
                },
            },
            { parent: this },
        );
        this.integrationId = this.integration.id;

        this.registerOutputs({ integrationId: this.integrationId, topics: this.topics });
    }
}
