/**
 * What Cognigy's (self-hosted) handover service expects once handover events arrive through an EventBridge
 * API destination, from Cognigy's EventBridge guide. Stack outputs, tests and the README read these names
 * from here, so an operator copies exactly what the service reads.
 */

/** Header the API destination's connection sends; the handover service compares its value with the secret below. */
export const API_KEY_HEADER = "Authorization";

/** Kubernetes secret (in Cognigy's namespace) that the handover service reads the API key from. */
export const HANDOVER_SECRET_NAME = "genesys-handover-secret";
export const HANDOVER_SECRET_KEY = "GENESYS_EVENTBRIDGE_HANDOVER_API_KEY";

/** Feature flags a self-hosted Cognigy needs before it accepts handover ends over HTTP from EventBridge. */
export const ONPREM_FEATURE_FLAGS: Readonly<Record<string, string>> = {
    FEATURE_USE_GENESYS_OM_HTTP_END_HANDOVER_REQUEST: "true",
};
