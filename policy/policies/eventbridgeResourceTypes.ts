/**
 * Type tokens of the AWS resources the EventBridge delivery creates (`@pulumi/aws` v7). Compared as strings,
 * like the Genesys tokens in resourceTypes.ts, so the pack does not depend on the provider SDKs.
 */
export const EVENT_RULE_TYPE = "aws:cloudwatch/eventRule:EventRule";
export const EVENT_API_DESTINATION_TYPE = "aws:cloudwatch/eventApiDestination:EventApiDestination";
export const EVENT_CONNECTION_TYPE = "aws:cloudwatch/eventConnection:EventConnection";
