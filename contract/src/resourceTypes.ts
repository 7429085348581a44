/**
 * Type tokens of the Genesys Cloud resources the stack creates (bridged Terraform names, camelCased). The policy
 * pack, the simulation and tests compare `type` with these strings instead of importing the generated SDK: the
 * pack is its own npm project and must not depend on ../sdks, and the SDK's `__pulumiType` is internal anyway.
 */
export const PROCESS_AUTOMATION_TRIGGER_TYPE = "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger";
export const INTEGRATION_ACTION_TYPE = "genesyscloud:index/integrationAction:IntegrationAction";
export const FLOW_TYPE = "genesyscloud:index/flow:Flow";
export const INTEGRATION_TYPE = "genesyscloud:index/integration:Integration";
export const INTEGRATION_CREDENTIAL_TYPE = "genesyscloud:index/integrationCredential:IntegrationCredential";

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
