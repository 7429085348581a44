/**
 * Type tokens of the AWS resources the EventBridge delivery creates (`@pulumi/aws` v7). The policy pack and the
 * simulation compare `type` with these strings, like the Genesys tokens in resourceTypes.ts, so neither depends
 * on the provider SDKs.
 */
export const EVENT_RULE_TYPE = "aws:cloudwatch/eventRule:EventRule";
export const EVENT_API_DESTINATION_TYPE = "aws:cloudwatch/eventApiDestination:EventApiDestination";
export const EVENT_CONNECTION_TYPE = "aws:cloudwatch/eventConnection:EventConnection";
export const EVENT_TARGET_TYPE = "aws:cloudwatch/eventTarget:EventTarget";
export const EVENT_BUS_TYPE = "aws:cloudwatch/eventBus:EventBus";
/** The role EventBridge assumes to invoke the API destination, and its inline policy. */
export const IAM_ROLE_TYPE = "aws:iam/role:Role";
export const IAM_ROLE_POLICY_TYPE = "aws:iam/rolePolicy:RolePolicy";
/** The dead-letter queue of undeliverable events, its policy and the alarm on it. */
export const SQS_QUEUE_TYPE = "aws:sqs/queue:Queue";
export const SQS_QUEUE_POLICY_TYPE = "aws:sqs/queuePolicy:QueuePolicy";
export const METRIC_ALARM_TYPE = "aws:cloudwatch/metricAlarm:MetricAlarm";
