import type { Policies } from "@pulumi/policy";
import { deliveryPathsExclusive } from "./deliveryPathsExclusive";
import { eventbridgeApiDestination } from "./eventbridgeApiDestination";
import { eventbridgeConnectionApiKey } from "./eventbridgeConnectionApiKey";
import { eventbridgeEgressAccepted } from "./eventbridgeEgressAccepted";
import { eventbridgeRuleOpenMessagingOnly } from "./eventbridgeRuleOpenMessagingOnly";
import { eventbridgeSourceTopics } from "./eventbridgeSourceTopics";

/** The EventBridge delivery's policies, appended to the pack's array in index.ts. */
export const eventbridgePolicies: Policies = [
    eventbridgeRuleOpenMessagingOnly,
    eventbridgeSourceTopics,
    eventbridgeEgressAccepted,
    eventbridgeApiDestination,
    eventbridgeConnectionApiKey,
    deliveryPathsExclusive,
];
