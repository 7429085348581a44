import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { DeliveryRetryPolicy } from "./eventbridgeSettings";
import { DeadLetterQueue } from "./deadLetterQueue";
import { handoverEventPatternJson } from "@cognigy-handover/contract";
import { InvokeApiDestinationRole } from "./invokeApiDestinationRole";

/**
 * The rule lives on a bus dedicated to one Genesys source, so a fixed name cannot collide; a known name also
 * lets an operator find it, and keeps the target's `rule` reference explicit.
 */
export const HANDOVER_RULE_NAME = "cognigy-handover-open-messaging";

export interface HandoverRouteArgs {
    readonly eventBusName: pulumi.Input<string>;
    readonly apiDestinationArn: pulumi.Input<string>;
    readonly awsAccountId: pulumi.Input<string>;
    readonly retryPolicy: DeliveryRetryPolicy;
    readonly alarmTopicArn?: pulumi.Input<string>;
}

/**
 * Step 4 of Cognigy's on-prem guide: the rule that picks Open Messaging events off the partner bus and its
 * target, the Cognigy API destination, with its execution role, retries and a dead-letter queue.
 *
 * The target is created last, after the role's permission and the queue's policy exist: it is the switch that
 * starts delivery to Cognigy, so delivery starts only once failures have somewhere to go.
 */
export class HandoverRoute extends pulumi.ComponentResource {
    public readonly rule: aws.cloudwatch.EventRule;
    public readonly role: InvokeApiDestinationRole;
    public readonly deadLetterQueue: DeadLetterQueue;
    public readonly target: aws.cloudwatch.EventTarget;

    constructor(name: string, args: HandoverRouteArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:HandoverRoute", name, {}, opts);

        this.rule = new aws.cloudwatch.EventRule(
            `${name}-rule`,
            {
                name: HANDOVER_RULE_NAME,
                description: "Genesys Open Messaging handover events for Cognigy.AI (mediaType MESSAGE, messageType OPEN). Managed by Pulumi.",
                eventBusName: args.eventBusName,
                eventPattern: handoverEventPatternJson(),
                state: "ENABLED",
            },
            { parent: this },
        );

        this.role = new InvokeApiDestinationRole(
            `${name}-role`,
            { awsAccountId: args.awsAccountId, ruleArn: this.rule.arn, apiDestinationArn: args.apiDestinationArn },
            { parent: this },
        );

        this.deadLetterQueue = new DeadLetterQueue(
            `${name}-dlq`,
            { ruleArn: this.rule.arn, alarmTopicArn: args.alarmTopicArn },
            { parent: this },
        );

        this.target = new aws.cloudwatch.EventTarget(
            `${name}-target`,
            {
                eventBusName: args.eventBusName,
                rule: this.rule.name,
                arn: args.apiDestinationArn,
                roleArn: this.role.roleArn,
                retryPolicy: {
                    maximumEventAgeInSeconds: args.retryPolicy.maximumEventAgeSeconds,
                    maximumRetryAttempts: args.retryPolicy.maximumRetryAttempts,
                },
                deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
            },
            { parent: this, dependsOn: [this.role.policy, this.deadLetterQueue.queuePolicy] },
        );

        this.registerOutputs({ ruleArn: this.rule.arn, deadLetterQueueUrl: this.deadLetterQueue.queueUrl });
    }
}
