import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { deadLetterQueuePolicy } from "./iamPolicyDocuments";

export interface DeadLetterQueueArgs {
    /** The only rule whose failed deliveries may land here. */
    readonly ruleArn: pulumi.Input<string>;
    /** SNS topic to alarm when a handover end could not be delivered; no alarm without it. */
    readonly alarmTopicArn?: pulumi.Input<string>;
}

/** SQS keeps messages at most 14 days: the longest window to notice, fix Cognigy and redrive. */
export const DEAD_LETTER_RETENTION_SECONDS = 14 * 24 * 60 * 60;
/** Every dead letter is a customer whose bot session never resumed, so one is enough to alarm. */
const ALARM_THRESHOLD_MESSAGES = 0;
const ALARM_PERIOD_SECONDS = 300;

/**
 * Where EventBridge puts handover events Cognigy did not accept within the retry policy, instead of dropping
 * them: encrypted, kept as long as SQS allows, writable only by the handover rule, optionally alarmed.
 */
export class DeadLetterQueue extends pulumi.ComponentResource {
    public readonly queue: aws.sqs.Queue;
    public readonly queuePolicy: aws.sqs.QueuePolicy;
    public readonly alarm?: aws.cloudwatch.MetricAlarm;
    public readonly queueArn: pulumi.Output<string>;
    public readonly queueUrl: pulumi.Output<string>;

    constructor(name: string, args: DeadLetterQueueArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:DeadLetterQueue", name, {}, opts);

        this.queue = new aws.sqs.Queue(
            name,
            {
                sqsManagedSseEnabled: true,
                messageRetentionSeconds: DEAD_LETTER_RETENTION_SECONDS,
            },
            { parent: this },
        );
        this.queueArn = this.queue.arn;
        this.queueUrl = this.queue.url;

        this.queuePolicy = new aws.sqs.QueuePolicy(
            `${name}-policy`,
            {
                queueUrl: this.queue.url,
                policy: pulumi
                    .all([this.queue.arn, args.ruleArn])
                    .apply(([queueArn, ruleArn]) => JSON.stringify(deadLetterQueuePolicy(queueArn, ruleArn))),
            },
            { parent: this },
        );

        if (args.alarmTopicArn !== undefined) {
            this.alarm = new aws.cloudwatch.MetricAlarm(
                `${name}-alarm`,
                {
                    alarmDescription:
                        "Genesys handover events that EventBridge could not deliver to Cognigy.AI: those customers' bot sessions did not resume. " +
                        "Fix Cognigy (API key secret, feature flag, endpoint), then redrive the queue. Managed by Pulumi.",
                    namespace: "AWS/SQS",
                    metricName: "ApproximateNumberOfMessagesVisible",
                    dimensions: { QueueName: this.queue.name },
                    statistic: "Maximum",
                    period: ALARM_PERIOD_SECONDS,
                    evaluationPeriods: 1,
                    threshold: ALARM_THRESHOLD_MESSAGES,
                    comparisonOperator: "GreaterThanThreshold",
                    treatMissingData: "notBreaching",
                    alarmActions: [args.alarmTopicArn],
                    okActions: [args.alarmTopicArn],
                },
                { parent: this },
            );
        }

        this.registerOutputs({ queueArn: this.queueArn, queueUrl: this.queueUrl });
    }
}
