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
