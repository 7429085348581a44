// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see README.md).
// Mirrors pulumi-language-nodejs codegen for the Terraform provider mypurecloud/genesyscloud 1.84.1.

// `any` below (`<any>state` in static get, isInstance(obj: any)) is the generated-code pattern.

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Genesys Cloud flow log level
 */
export class FlowLoglevel extends pulumi.CustomResource {
    /**
     * Get an existing FlowLoglevel resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: FlowLoglevelState, opts?: pulumi.CustomResourceOptions): FlowLoglevel {
        return new FlowLoglevel(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'genesyscloud:index/flowLoglevel:FlowLoglevel';

    /**
     * Returns true if the given object is an instance of FlowLoglevel.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is FlowLoglevel {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === FlowLoglevel.__pulumiType;
    }

    /**
     * The flowId for this characteristics set
     */
    declare public readonly flowId: pulumi.Output<string>;
    /**
     * The logLevel for this characteristics set
     */
    declare public readonly flowLogLevel: pulumi.Output<string>;

    /**
     * Create a FlowLoglevel resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: FlowLoglevelArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: FlowLoglevelArgs | FlowLoglevelState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as FlowLoglevelState | undefined;
            resourceInputs["flowId"] = state?.flowId;
            resourceInputs["flowLogLevel"] = state?.flowLogLevel;
        } else {
            const args = argsOrState as FlowLoglevelArgs | undefined;
            if (args?.flowId === undefined && !opts.urn) {
                throw new Error("Missing required property 'flowId'");
            }
            if (args?.flowLogLevel === undefined && !opts.urn) {
                throw new Error("Missing required property 'flowLogLevel'");
            }
            resourceInputs["flowId"] = args?.flowId;
            resourceInputs["flowLogLevel"] = args?.flowLogLevel;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(FlowLoglevel.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering FlowLoglevel resources.
 */
export interface FlowLoglevelState {
    /**
     * The flowId for this characteristics set
     */
    flowId?: pulumi.Input<string>;
    /**
     * The logLevel for this characteristics set
     */
    flowLogLevel?: pulumi.Input<string>;
}

/**
 * The set of arguments for constructing a FlowLoglevel resource.
 */
export interface FlowLoglevelArgs {
    /**
     * The flowId for this characteristics set
     */
    flowId: pulumi.Input<string>;
    /**
     * The logLevel for this characteristics set
     */
    flowLogLevel: pulumi.Input<string>;
}
