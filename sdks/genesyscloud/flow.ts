// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see README.md).
// Mirrors pulumi-language-nodejs codegen for the Terraform provider mypurecloud/genesyscloud 1.84.1.

// `any` below (`<any>state` in static get, isInstance(obj: any), lazily loaded exports) is the generated-code pattern.

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Genesys Cloud Architect flow (`genesyscloud_flow`), published from an Archy YAML file.
 */
export class Flow extends pulumi.CustomResource {
    /**
     * Get an existing Flow resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FlowState, opts?: pulumi.CustomResourceOptions): Flow {
        return new Flow(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/flow:Flow';

    /**
     * Returns true if the given object is an instance of Flow.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Flow {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === Flow.__pulumiType;
    }

    /**
     * Hash value of the YAML file content. Used to detect changes.
     */
    declare public /*out*/ readonly fileContentHash: pulumi.Output<string>;
    /**
     * YAML file path for flow configuration. Note: Changing the flow name will result in the creation of a new flow with a new GUID, while the original flow will persist in your org.
     */
    declare public readonly filepath: pulumi.Output<string>;
    /**
     * Will perform a force unlock on an architect flow before beginning the publication process.  NOTE: The force unlock publishes the 'draft'
     * architect flow and then publishes the flow named in this resource. This mirrors the behavior found in the archy CLI tool.
     */
    declare public readonly forceUnlock: pulumi.Output<boolean | undefined>;
    /**
     * Flow Name used for export purposes. Note: The 'substitutions' block should be used to set/change 'name' and any other fields in the yaml file
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * A substitution is a key value pair where the key is the value you want to replace, and the value is the value to substitute in its place.
     */
    declare public readonly substitutions: pulumi.Output<{[key: string]: string} | undefined>;
    /**
     * Flow Type used for export purposes. Note: The 'substitutions' block should be used to set/change 'type' and any other fields in the yaml file
     */
    declare public readonly type: pulumi.Output<string>;
    /**
     * A hash value used to trigger resource updates. When this value changes, the resource will be refreshed. Use this to hash external values such as environment variables, outputs from other resources, or timestamps that should initiate an update. By default, `file_content_hash` hashes the content of the file specified by the filepath field to trigger updates. This field can be used as an alternative for greater control over the update triggers.
     */
    declare public readonly updateTriggerHash: pulumi.Output<string | undefined>;

    /**
     * Create a Flow resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FlowArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: FlowArgs | FlowState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as FlowState | undefined;
            resourceInputs["fileContentHash"] = state?.fileContentHash;
            resourceInputs["filepath"] = state?.filepath;
            resourceInputs["forceUnlock"] = state?.forceUnlock;
            resourceInputs["name"] = state?.name;
            resourceInputs["substitutions"] = state?.substitutions;
            resourceInputs["type"] = state?.type;
            resourceInputs["updateTriggerHash"] = state?.updateTriggerHash;
        } else {
            const args = argsOrState as FlowArgs | undefined;
            if (args?.filepath === undefined && !opts.urn) {
                throw new Error("Missing required property 'filepath'");
            }
            resourceInputs["filepath"] = args?.filepath;
            resourceInputs["forceUnlock"] = args?.forceUnlock;
            resourceInputs["name"] = args?.name;
            resourceInputs["substitutions"] = args?.substitutions;
            resourceInputs["type"] = args?.type;
            resourceInputs["updateTriggerHash"] = args?.updateTriggerHash;
            resourceInputs["fileContentHash"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Flow.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering Flow resources.
 */
export interface FlowState {
    /**
     * Hash value of the YAML file content. Used to detect changes.
     */
    fileContentHash?: pulumi.Input<string>;
    /**
     * YAML file path for flow configuration. Note: Changing the flow name will result in the creation of a new flow with a new GUID, while the original flow will persist in your org.
     */
    filepath?: pulumi.Input<string>;
    /**
     * Will perform a force unlock on an architect flow before beginning the publication process.  NOTE: The force unlock publishes the 'draft'
     * architect flow and then publishes the flow named in this resource. This mirrors the behavior found in the archy CLI tool.
     */
    forceUnlock?: pulumi.Input<boolean>;
    /**
     * Flow Name used for export purposes. Note: The 'substitutions' block should be used to set/change 'name' and any other fields in the yaml file
     */
    name?: pulumi.Input<string>;
    /**
     * A substitution is a key value pair where the key is the value you want to replace, and the value is the value to substitute in its place.
     */
    substitutions?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Flow Type used for export purposes. Note: The 'substitutions' block should be used to set/change 'type' and any other fields in the yaml file
     */
    type?: pulumi.Input<string>;
    /**
     * A hash value used to trigger resource updates. When this value changes, the resource will be refreshed. Use this to hash external values such as environment variables, outputs from other resources, or timestamps that should initiate an update. By default, `file_content_hash` hashes the content of the file specified by the filepath field to trigger updates. This field can be used as an alternative for greater control over the update triggers.
     */
    updateTriggerHash?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a Flow resource.
 */
export interface FlowArgs {
    /**
     * YAML file path for flow configuration. Note: Changing the flow name will result in the creation of a new flow with a new GUID, while the original flow will persist in your org.
     */
    filepath: pulumi.Input<string>;
    /**
     * Will perform a force unlock on an architect flow before beginning the publication process.  NOTE: The force unlock publishes the 'draft'
     * architect flow and then publishes the flow named in this resource. This mirrors the behavior found in the archy CLI tool.
     */
    forceUnlock?: pulumi.Input<boolean>;
    /**
     * Flow Name used for export purposes. Note: The 'substitutions' block should be used to set/change 'name' and any other fields in the yaml file
     */
    name?: pulumi.Input<string>;
    /**
     * A substitution is a key value pair where the key is the value you want to replace, and the value is the value to substitute in its place.
     */
    substitutions?: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Flow Type used for export purposes. Note: The 'substitutions' block should be used to set/change 'type' and any other fields in the yaml file
     */
    type?: pulumi.Input<string>;
    /**
     * A hash value used to trigger resource updates. When this value changes, the resource will be refreshed. Use this to hash external values such as environment variables, outputs from other resources, or timestamps that should initiate an update. By default, `file_content_hash` hashes the content of the file specified by the filepath field to trigger updates. This field can be used as an alternative for greater control over the update triggers.
     */
    updateTriggerHash?: pulumi.Input<string>;
}
