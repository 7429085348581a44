// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see ../README.md).
// Output shapes of nested blocks. Attributes that Terraform computes (Optional + Computed) are
// always present in outputs, hence not optional here.

import * as outputs from "../types/output";

export interface IntegrationActionConfigRequest {
    /**
     * Map of headers in name, value pairs to include in request.
     */
    headers?: {[key: string]: string};
    /**
     * Velocity template to define request body sent to 3rd party service. Any instances of '${' must be properly escaped as '$${'
     */
    requestTemplate: string;
    /**
     * HTTP method to use for request (GET | PUT | POST | PATCH | DELETE).
     */
    requestType: string;
    /**
     * URL that may include placeholders for requests to 3rd party service.
     */
    requestUrlTemplate: string;
}

export interface IntegrationActionConfigResponse {
    /**
     * Velocity template to build response to return from Action. Any instances of '${' must be properly escaped as '$${'.
     */
    successTemplate: string;
    /**
     * Map 'attribute name' and 'JSON path' pairs used to extract data from REST response.
     */
    translationMap?: {[key: string]: string};
    /**
     * Map 'attribute name' and 'default value' pairs used as fallback values if JSON path extraction fails for specified key.
     */
    translationMapDefaults?: {[key: string]: string};
}

export interface IntegrationActionFunctionConfig {
    /**
     * Description of the function.
     */
    description: string;
    /**
     * The zip file path containing the function data action's code. During the export just the name of the zip file will be exported
     */
    filePath: string;
    /**
     * The handler function name.
     */
    handler: string;
    /**
     * The runtime environment for the function.
     */
    runtime: string;
    /**
     * Timeout in seconds for the function execution.
     */
    timeoutSeconds: number;
    /**
     * The ID of the uploaded zip file containing the function code.
     */
    zipId: string;
}

export interface IntegrationConfig {
    /**
     * Integration advanced config (JSON string).
     */
    advanced: string;
    /**
     * Credentials required for the integration. The required keys are indicated in the credentials property of the Integration Type.
     */
    credentials?: {[key: string]: string};
    /**
     * Integration name.
     */
    name: string;
    /**
     * Integration notes.
     */
    notes?: string;
    /**
     * Integration config properties (JSON string).
     */
    properties: string;
}

export interface ProcessautomationTriggerTarget {
    /**
     * Id of the target the trigger is configured to hit
     */
    id: string;
    /**
     * Type of the target the trigger is configured to hit
     */
    type: string;
    /**
     * Optional config for the target. Until the feature gets enabled will always operate in TopLevelPrimitives mode.
     */
    workflowTargetSettings?: outputs.ProcessautomationTriggerTargetWorkflowTargetSettings;
}

export interface ProcessautomationTriggerTargetWorkflowTargetSettings {
    /**
     * The data format to use when invoking target.
     */
    dataFormat?: string;
}

export namespace config {
    export interface Gateway {
        auth?: outputs.config.GatewayAuth;
        /**
         * Host for the gateway can be set with the `GENESYSCLOUD_GATEWAY_HOST` environment variable.
         */
        host?: string;
        pathParams?: outputs.config.GatewayPathParam[];
        /**
         * Port for the gateway can be set with the `GENESYSCLOUD_GATEWAY_PORT` environment variable.
         */
        port?: string;
        /**
         * Protocol for the gateway can be set with the `GENESYSCLOUD_GATEWAY_PROTOCOL` environment variable.
         */
        protocol?: string;
    }

    export interface GatewayAuth {
        /**
         * Password for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_PASSWORD` environment variable.
         */
        password?: string;
        /**
         * UserName for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_USERNAME` environment variable.
         */
        username?: string;
    }

    export interface GatewayPathParam {
        /**
         * Path name for Gateway Path Params can be set with the `GENESYSCLOUD_GATEWAY_PATH_NAME` environment variable.
         */
        pathName: string;
        /**
         * Path value for Gateway Path Params can be set with the `GENESYSCLOUD_GATEWAY_PATH_VALUE` environment variable.
         */
        pathValue: string;
    }

    export interface Proxy {
        auth?: outputs.config.ProxyAuth;
        /**
         * Host for the proxy can be set with the `GENESYSCLOUD_PROXY_HOST` environment variable.
         */
        host?: string;
        /**
         * Port for the proxy can be set with the `GENESYSCLOUD_PROXY_PORT` environment variable.
         */
        port?: string;
        /**
         * Protocol for the proxy can be set with the `GENESYSCLOUD_PROXY_PROTOCOL` environment variable.
         */
        protocol?: string;
    }

    export interface ProxyAuth {
        /**
         * Password for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_PASSWORD` environment variable.
         */
        password?: string;
        /**
         * UserName for the Auth can be set with the `GENESYSCLOUD_PROXY_AUTH_USERNAME` environment variable.
         */
        username?: string;
    }
}
