import type { EnforcementLevel, Policies } from "@pulumi/policy";
import { triggerOpenMessagingOnly } from "./triggerOpenMessagingOnly";
import { triggerTopicAndTarget } from "./triggerTopicAndTarget";
import { triggerScopedInSharedOrg } from "./triggerScopedInSharedOrg";
import { handoverStackWiring } from "./handoverStackWiring";
import { workflowRetries } from "./workflowRetries";
import { sendEventAction } from "./sendEventAction";
import { genesysResourcesProtected } from "./genesysResourcesProtected";
import { eventbridgePolicies } from "./eventbridgePolicies";

/**
 * Every policy of the pack: the webhook delivery's, then the EventBridge delivery's. `Policies` is @pulumi/policy's
 * `(ResourceValidationPolicy | StackValidationPolicy)[]`: a plain `Policy[]` would not be accepted by `new PolicyPack`.
 * policy/README.md lists them (checked by policy/tests/readme.test.ts).
 */
export const handoverPolicies: Policies = [
    triggerOpenMessagingOnly,
    triggerTopicAndTarget,
    triggerScopedInSharedOrg,
    handoverStackWiring,
    workflowRetries,
    sendEventAction,
    genesysResourcesProtected,
    ...eventbridgePolicies,
];

/** Level of any policy that neither sets its own nor gets one from the stack's policy config. */
export const PACK_ENFORCEMENT_LEVEL: EnforcementLevel = "mandatory";
