import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { SecretValue } from "../config/secretValue";
import { API_KEY_HEADER } from "@cognigy-handover/contract";

export interface CognigyApiDestinationArgs {
    /** `https://endpoint-…/handover/genesysCloudOM`. */
    readonly handoverUrl: pulumi.Input<string>;
    readonly apiKey: SecretValue;
    readonly rateLimitPerSecond: pulumi.Input<number>;
}

/**
 * Step 2 of Cognigy's on-prem guide: a connection that sends the API key as the `Authorization` header, and
 * the API destination that POSTs each event to Cognigy's handover endpoint through it. The key enters
 * Pulumi only as a secret, so it is encrypted in state and masked in every diff.
 */
export class CognigyApiDestination extends pulumi.ComponentResource {
    public readonly connection: aws.cloudwatch.EventConnection;
    public readonly apiDestination: aws.cloudwatch.EventApiDestination;
    public readonly apiDestinationArn: pulumi.Output<string>;

    constructor(name: string, args: CognigyApiDestinationArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:CognigyApiDestination", name, {}, opts);

        this.connection = new aws.cloudwatch.EventConnection(
            `${name}-connection`,
            {
                description: "API key Cognigy.AI's handover service checks on every handover event. Managed by Pulumi.",
                authorizationType: "API_KEY",
                authParameters: {
                    apiKey: { key: API_KEY_HEADER, value: pulumi.secret(args.apiKey.reveal()) },
                },
            },
            { parent: this },
        );

        this.apiDestination = new aws.cloudwatch.EventApiDestination(
            name,
            {
                description: "Cognigy.AI handover endpoint for Genesys Open Messaging handover events. Managed by Pulumi.",
                connectionArn: this.connection.arn,
                invocationEndpoint: args.handoverUrl,
                httpMethod: "POST",
                invocationRateLimitPerSecond: args.rateLimitPerSecond,
            },
            { parent: this },
        );
        this.apiDestinationArn = this.apiDestination.arn;

        this.registerOutputs({ apiDestinationArn: this.apiDestinationArn, connectionArn: this.connection.arn });
    }
}
