import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { eventBridgeAssumeRolePolicy, invokeApiDestinationPolicy } from "./iamPolicyDocuments";

export interface InvokeApiDestinationRoleArgs {
    readonly awsAccountId: pulumi.Input<string>;
    /** The only rule that may assume the role. */
    readonly ruleArn: pulumi.Input<string>;
    /** The only API destination the role may invoke. */
    readonly apiDestinationArn: pulumi.Input<string>;
}

/**
 * The execution role of step 4.6.3 of Cognigy's on-prem guide, least privilege: assumable only by
 * EventBridge on behalf of the handover rule, allowed only to invoke the Cognigy API destination.
 */
export class InvokeApiDestinationRole extends pulumi.ComponentResource {
    public readonly role: aws.iam.Role;
    public readonly policy: aws.iam.RolePolicy;
    public readonly roleArn: pulumi.Output<string>;

    constructor(name: string, args: InvokeApiDestinationRoleArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:InvokeApiDestinationRole", name, {}, opts);

        this.role = new aws.iam.Role(
            name,
            {
                description: "Lets the Genesys handover rule invoke the Cognigy.AI API destination. Managed by Pulumi.",
                assumeRolePolicy: pulumi
                    .all([args.awsAccountId, args.ruleArn])
                    .apply(([accountId, ruleArn]) => JSON.stringify(eventBridgeAssumeRolePolicy(accountId, ruleArn))),
            },
            { parent: this },
        );

        this.policy = new aws.iam.RolePolicy(
            `${name}-invoke`,
            {
                role: this.role.id,
                policy: pulumi.output(args.apiDestinationArn).apply((arn) => JSON.stringify(invokeApiDestinationPolicy(arn))),
            },
            { parent: this },
        );
        this.roleArn = this.role.arn;

        this.registerOutputs({ roleArn: this.roleArn });
    }
}
