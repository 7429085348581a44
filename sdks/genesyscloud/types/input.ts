// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see ../README.md).
// Input shapes of nested blocks. Terraform blocks with MaxItems 1 are single objects, not arrays.

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "../types/input";

export interface IntegrationActionConfigRequest {
    /**
     * Map of headers in name, value pairs to include in request.
     */
    headers?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Velocity template to define request body sent to 3rd party service. Any instances of '${' must be properly escaped as '$${'
     */
    requestTemplate?: pulumi.Input<string>;
    /**
     * HTTP method to use for request (GET | PUT | POST | PATCH | DELETE).
     */
    requestType: pulumi.Input<string>;
    /**
     * URL that may include placeholders for requests to 3rd party service.
     */
    requestUrlTemplate?: pulumi.Input<string>;
}

export interface IntegrationActionConfigResponse {
    /**
     * Velocity template to build response to return from Action. Any instances of '${' must be properly escaped as '$${'.
     */
    successTemplate?: pulumi.Input<string>;
    /**
     * Map 'attribute name' and 'JSON path' pairs used to extract data from REST response.
     */
    translationMap?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Map 'attribute name' and 'default value' pairs used as fallback values if JSON path extraction fails for specified key.
     */
    translationMapDefaults?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
}

export interface IntegrationActionFunctionConfig {
    /**
     * Description of the function.
     */
    description?: pulumi.Input<string>;
    /**
     * The zip file path containing the function data action's code. During the export just the name of the zip file will be exported
     */
    filePath: pulumi.Input<string>;
    /**
     * The handler function name.
     */
    handler?: pulumi.Input<string>;
    /**
     * The runtime environment for the function.
     */
    runtime?: pulumi.Input<string>;
    /**
     * Timeout in seconds for the function execution.
     */
    timeoutSeconds?: pulumi.Input<number>;
    /**
     * The ID of the uploaded zip file containing the function code.
     */
    zipId?: pulumi.Input<string>;
}

export interface IntegrationConfig {
    /**
     * Integration advanced config (JSON string).
     */
    advanced?: pulumi.Input<string>;
    /**
     * Credentials required for the integration. The required keys are indicated in the credentials property of the Integration Type.
     */
    credentials?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Integration name.
     */
    name?: pulumi.Input<string>;
    /**
     * Integration notes.
     */
    notes?: pulumi.Input<string>;
    /**
     * Integration config properties (JSON string).
     */
    properties?: pulumi.Input<string>;
}

export interface ProcessautomationTriggerTarget {
    /**
     * Id of the target the trigger is configured to hit
     */
    id: pulumi.Input<string>;
    /**
     * Type of the target the trigger is configured to hit
     */
    type: pulumi.Input<string>;
    /**
     * Optional config for the target. Until the feature gets enabled will always operate in TopLevelPrimitives mode.
     */
    workflowTargetSettings?: pulumi.Input<inputs.ProcessautomationTriggerTargetWorkflowTargetSettings>;
}

export interface ProcessautomationTriggerTargetWorkflowTargetSettings {
    /**
     * The data format to use when invoking target.
     */
    dataFormat?: pulumi.Input<string>;
}

export interface ProviderGateway {
    auth?: pulumi.Input<inputs.ProviderGatewayAuth>;
    /**
     * Host for the gateway can be set with the `GENESYSCLOUD_GATEWAY_HOST` environment variable.
     */
    host?: pulumi.Input<string>;
    pathParams?: pulumi.Input<pulumi.Input<inputs.ProviderGatewayPathParam>[]>;
    /**
     * Port for the gateway can be set with the `GENESYSCLOUD_GATEWAY_PORT` environment variable.
     */
    port?: pulumi.Input<string>;
    /**
     * Protocol for the gateway can be set with the `GENESYSCLOUD_GATEWAY_PROTOCOL` environment variable.
     */
    protocol?: pulumi.Input<string>;
}

export interface ProviderGatewayAuth {
    /**
     * Password for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_PASSWORD` environment variable.
     */
    password?: pulumi.Input<string>;
    /**
     * UserName for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_USERNAME` environment variable.
     */
    username?: pulumi.Input<string>;
}

export interface ProviderGatewayPathParam {
    /**
     * Path name for Gateway Path Params can be set with the `GENESYSCLOUD_GATEWAY_PATH_NAME` environment variable.
     */
    pathName: pulumi.Input<string>;
    /**
     * Path value for Gateway Path Params can be set with the `GENESYSCLOUD_GATEWAY_PATH_VALUE` environment variable.
     */
    pathValue: pulumi.Input<string>;
}

export interface ProviderProxy {
    auth?: pulumi.Input<inputs.ProviderProxyAuth>;
    /**
     * Host for the proxy can be set with the `GENESYSCLOUD_PROXY_HOST` environment variable.
     */
    host?: pulumi.Input<string>;
    /**
     * Port for the proxy can be set with the `GENESYSCLOUD_PROXY_PORT` environment variable.
     */
    port?: pulumi.Input<string>;
    /**
     * Protocol for the proxy can be set with the `GENESYSCLOUD_PROXY_PROTOCOL` environment variable.
     */
    protocol?: pulumi.Input<string>;
}

export interface ProviderProxyAuth {
    /**
     * Password for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_PASSWORD` environment variable.
     */
    password?: pulumi.Input<string>;
    /**
     * UserName for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_USERNAME` environment variable.
     */
    username?: pulumi.Input<string>;
}
