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
                    notes: `Forwards ${args.events.map((event) => event.name).join(", ")} of Open Messaging handovers to Cognigy.AI. Managed by Pulumi.`,
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
