import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import { partnerEventSourceName } from "@cognigy-handover/contract";

export interface PartnerEventBusArgs {
    readonly eventSourceSuffix: pulumi.Input<string>;
    /**
     * The Genesys integration whose activation creates the partner event source. The bus's name does not
     * reveal that dependency (the org id comes from a lookup), so it is explicit.
     */
    readonly source: pulumi.Resource;
}

/**
 * Step 3 of Cognigy's on-prem guide ("Associate with event bus"): a partner event bus named after the
 * Genesys partner event source, which associates the two. The Genesys org id comes from the genesyscloud
 * provider's credentials, so the bus always matches the org the integration was created in.
 */
export class PartnerEventBus extends pulumi.ComponentResource {
    public readonly bus: aws.cloudwatch.EventBus;
    public readonly busName: pulumi.Output<string>;
    public readonly eventSourceName: pulumi.Output<string>;

    constructor(name: string, args: PartnerEventBusArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:PartnerEventBus", name, {}, opts);

        const organisation = genesyscloud.getOrganizationsMeOutput({}, { parent: this });
        this.eventSourceName = pulumi
            .all([organisation.id, args.eventSourceSuffix])
            .apply(([orgId, suffix]) => partnerEventSourceName(orgId, suffix));

        this.bus = new aws.cloudwatch.EventBus(
            name,
            {
                name: this.eventSourceName,
                eventSourceName: this.eventSourceName,
                description: "Genesys Cloud handover events for Cognigy.AI. Managed by Pulumi.",
            },
            { parent: this, dependsOn: [args.source] },
        );
        this.busName = this.bus.name;

        this.registerOutputs({ busName: this.busName });
    }
}
