// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see README.md).
// Same lazy-loading export layout as pulumi-language-nodejs codegen.

// `any` below (`<any>state` in static get, isInstance(obj: any), lazily loaded exports) is the generated-code pattern.

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

// Export members:
export { FlowArgs, FlowState } from "./flow";
export type Flow = import("./flow").Flow;
export const Flow: typeof import("./flow").Flow = null as any;
utilities.lazyLoad(exports, ["Flow"], () => require("./flow"));

export { FlowLoglevelArgs, FlowLoglevelState } from "./flowLoglevel";
export type FlowLoglevel = import("./flowLoglevel").FlowLoglevel;
export const FlowLoglevel: typeof import("./flowLoglevel").FlowLoglevel = null as any;
utilities.lazyLoad(exports, ["FlowLoglevel"], () => require("./flowLoglevel"));

export { GetOrganizationsMeArgs, GetOrganizationsMeResult, GetOrganizationsMeOutputArgs } from "./getOrganizationsMe";
export const getOrganizationsMe: typeof import("./getOrganizationsMe").getOrganizationsMe = null as any;
export const getOrganizationsMeOutput: typeof import("./getOrganizationsMe").getOrganizationsMeOutput = null as any;
utilities.lazyLoad(exports, ["getOrganizationsMe","getOrganizationsMeOutput"], () => require("./getOrganizationsMe"));

export { IntegrationArgs, IntegrationState } from "./integration";
export type Integration = import("./integration").Integration;
export const Integration: typeof import("./integration").Integration = null as any;
utilities.lazyLoad(exports, ["Integration"], () => require("./integration"));

export { IntegrationActionArgs, IntegrationActionState } from "./integrationAction";
export type IntegrationAction = import("./integrationAction").IntegrationAction;
export const IntegrationAction: typeof import("./integrationAction").IntegrationAction = null as any;
utilities.lazyLoad(exports, ["IntegrationAction"], () => require("./integrationAction"));

export { IntegrationCredentialArgs, IntegrationCredentialState } from "./integrationCredential";
export type IntegrationCredential = import("./integrationCredential").IntegrationCredential;
export const IntegrationCredential: typeof import("./integrationCredential").IntegrationCredential = null as any;
utilities.lazyLoad(exports, ["IntegrationCredential"], () => require("./integrationCredential"));

export { ProcessautomationTriggerArgs, ProcessautomationTriggerState } from "./processautomationTrigger";
export type ProcessautomationTrigger = import("./processautomationTrigger").ProcessautomationTrigger;
export const ProcessautomationTrigger: typeof import("./processautomationTrigger").ProcessautomationTrigger = null as any;
utilities.lazyLoad(exports, ["ProcessautomationTrigger"], () => require("./processautomationTrigger"));

export { ProviderArgs } from "./provider";
export type Provider = import("./provider").Provider;
export const Provider: typeof import("./provider").Provider = null as any;
utilities.lazyLoad(exports, ["Provider"], () => require("./provider"));


// Export sub-modules:
import * as config from "./config";
import * as types from "./types";

export {
    config,
    types,
};

const _module = {
    version: utilities.getVersion(),
    construct: (name: string, type: string, urn: string): pulumi.Resource => {
        switch (type) {
            case "genesyscloud:index/flow:Flow":
                return new Flow(name, <any>undefined, { urn })
            case "genesyscloud:index/flowLoglevel:FlowLoglevel":
                return new FlowLoglevel(name, <any>undefined, { urn })
            case "genesyscloud:index/integration:Integration":
                return new Integration(name, <any>undefined, { urn })
            case "genesyscloud:index/integrationAction:IntegrationAction":
                return new IntegrationAction(name, <any>undefined, { urn })
            case "genesyscloud:index/integrationCredential:IntegrationCredential":
                return new IntegrationCredential(name, <any>undefined, { urn })
            case "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger":
                return new ProcessautomationTrigger(name, <any>undefined, { urn })
            default:
                throw new Error(`unknown resource type ${type}`);
        }
    },
};
pulumi.runtime.registerResourceModule("genesyscloud", "index/flow", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/flowLoglevel", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/integration", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/integrationAction", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/integrationCredential", _module)
pulumi.runtime.registerResourceModule("genesyscloud", "index/processautomationTrigger", _module)
pulumi.runtime.registerResourcePackage("genesyscloud", {
    version: utilities.getVersion(),
    constructProvider: (name: string, type: string, urn: string): pulumi.ProviderResource => {
        if (type !== "pulumi:providers:genesyscloud") {
            throw new Error(`unknown provider type ${type}`);
        }
        return new Provider(name, <any>undefined, { urn });
    },
});
