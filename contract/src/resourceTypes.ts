/**
 * Type tokens of the Genesys Cloud resources the stack creates (bridged Terraform names, camelCased). The policy
 * pack, the simulation and tests compare `type` with these strings instead of importing the generated SDK: the
 * pack is its own npm project and must not depend on ../sdks, and the SDK's `__pulumiType` is internal anyway.
 */
import {
    EVENT_API_DESTINATION_TYPE,
    EVENT_BUS_TYPE,
    EVENT_CONNECTION_TYPE,
    EVENT_RULE_TYPE,
    EVENT_TARGET_TYPE,
    IAM_ROLE_POLICY_TYPE,
    IAM_ROLE_TYPE,
    METRIC_ALARM_TYPE,
    SQS_QUEUE_POLICY_TYPE,
    SQS_QUEUE_TYPE,
} from "./awsResourceTypes";

export const PROCESS_AUTOMATION_TRIGGER_TYPE = "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger";
export const INTEGRATION_ACTION_TYPE = "genesyscloud:index/integrationAction:IntegrationAction";
export const FLOW_TYPE = "genesyscloud:index/flow:Flow";
/** A workflow's log level (`genesyscloud_flow_loglevel`): how much of each execution Genesys records. */
export const FLOW_LOGLEVEL_TYPE = "genesyscloud:index/flowLoglevel:FlowLoglevel";
export const INTEGRATION_TYPE = "genesyscloud:index/integration:Integration";
export const INTEGRATION_CREDENTIAL_TYPE = "genesyscloud:index/integrationCredential:IntegrationCredential";
/** The explicit genesyscloud provider every Genesys resource is created with. */
export const GENESYS_PROVIDER_TYPE = "pulumi:providers:genesyscloud";

/**
 * Every resource type of the stack by what it is: the one table the simulation, the doctor and the tests look
 * types up in (the policy pack imports the single tokens above).
 */
export const RESOURCE_TYPES = {
    genesysProvider: GENESYS_PROVIDER_TYPE,
    trigger: PROCESS_AUTOMATION_TRIGGER_TYPE,
    flow: FLOW_TYPE,
    flowLogLevel: FLOW_LOGLEVEL_TYPE,
    integration: INTEGRATION_TYPE,
    integrationAction: INTEGRATION_ACTION_TYPE,
    integrationCredential: INTEGRATION_CREDENTIAL_TYPE,
    eventBus: EVENT_BUS_TYPE,
    eventRule: EVENT_RULE_TYPE,
    eventTarget: EVENT_TARGET_TYPE,
    connection: EVENT_CONNECTION_TYPE,
    apiDestination: EVENT_API_DESTINATION_TYPE,
    role: IAM_ROLE_TYPE,
    rolePolicy: IAM_ROLE_POLICY_TYPE,
    queue: SQS_QUEUE_TYPE,
    queuePolicy: SQS_QUEUE_POLICY_TYPE,
    alarm: METRIC_ALARM_TYPE,
} as const;

/** Every Genesys resource the handover stack creates; deleting any of them silently stops handover-end detection. */
export const GENESYS_RESOURCE_TYPES: readonly string[] = [
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    INTEGRATION_ACTION_TYPE,
    FLOW_TYPE,
    INTEGRATION_TYPE,
    INTEGRATION_CREDENTIAL_TYPE,
];

/** Resources that exist only for the HTTP-webhook delivery; an EventBridge-delivery stack has none of them. */
export const WEBHOOK_DELIVERY_TYPES: readonly string[] = [
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    FLOW_TYPE,
    INTEGRATION_ACTION_TYPE,
];
