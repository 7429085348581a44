// Hand-maintained subset of the generated `@pulumi/genesyscloud` SDK (see README.md).
// Mirrors pulumi-language-nodejs codegen for the Terraform provider mypurecloud/genesyscloud 1.84.1.

// `any` below (`<any>state` in static get, isInstance(obj: any), lazily loaded exports) is the generated-code pattern.

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as utilities from "./utilities";

/**
 * The provider type for the genesyscloud package. By default, resources use package-wide configuration
 * settings, however an explicit `Provider` instance may be created and passed during resource
 * construction to achieve fine-grained programmatic control over provider settings. See the
 * [documentation](https://www.pulumi.com/docs/reference/programming-model/#providers) for more information.
 */
export class Provider extends pulumi.ProviderResource {
    /** @internal */
    public static readonly __pulumiType = 'genesyscloud';

    /**
     * Returns true if the given object is an instance of Provider.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Provider {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === "pulumi:providers:" + Provider.__pulumiType;
    }

    /**
     * A string that the OAuth client uses to make requests. Can be set with the `GENESYSCLOUD_ACCESS_TOKEN` environment variable.
     */
    declare public readonly accessToken: pulumi.Output<string | undefined>;
    /**
     * AWS region where org exists. e.g. us-east-1. Can be set with the `GENESYSCLOUD_REGION` environment variable.
     */
    declare public readonly awsRegion: pulumi.Output<string | undefined>;
    /**
     * Maximum time to retry reading a resource after creation to handle eventual consistency. Can be set with the `GENESYSCLOUD_CUSTOM_RETRY_TIMEOUT` environment variable. Default is 5 minutes.
     */
    declare public readonly customRetryTimeout: pulumi.Output<string | undefined>;
    /**
     * Specifies the file path for the stack trace logs. Can be set with the `GENESYSCLOUD_LOG_STACK_TRACES_FILE_PATH` environment variable. Default value is genesyscloud_stack_traces.log
     */
    declare public readonly logStackTracesFilePath: pulumi.Output<string | undefined>;
    /**
     * OAuthClient ID found on the OAuth page of Admin UI. Can be set with the `GENESYSCLOUD_OAUTHCLIENT_ID` environment variable.
     */
    declare public readonly oauthclientId: pulumi.Output<string | undefined>;
    /**
     * OAuthClient secret found on the OAuth page of Admin UI. Can be set with the `GENESYSCLOUD_OAUTHCLIENT_SECRET` environment variable.
     */
    declare public readonly oauthclientSecret: pulumi.Output<string | undefined>;
    /**
     * Specifies the file path for the log file. Can be set with the `GENESYSCLOUD_SDK_DEBUG_FILE_PATH` environment variable. Default value is sdk_debug.log
     */
    declare public readonly sdkDebugFilePath: pulumi.Output<string | undefined>;
    /**
     * Specifies the data format of the 'sdk_debug.log'. Only applicable if sdk_debug is true. Can be set with the `GENESYSCLOUD_SDK_DEBUG_FORMAT` environment variable. Default value is Text.
     */
    declare public readonly sdkDebugFormat: pulumi.Output<string | undefined>;
    /**
     * Timeout for acquiring a token from the pool. Can be set with the `GENESYSCLOUD_TOKEN_ACQUIRE_TIMEOUT` environment variable.
     */
    declare public readonly tokenAcquireTimeout: pulumi.Output<string | undefined>;
    /**
     * Timeout for initializing the token pool. Can be set with the `GENESYSCLOUD_TOKEN_INIT_TIMEOUT` environment variable.
     */
    declare public readonly tokenInitTimeout: pulumi.Output<string | undefined>;

    /**
     * Create a Provider resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ProviderArgs, opts?: pulumi.ResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        {
            resourceInputs["accessToken"] = args?.accessToken;
            resourceInputs["awsRegion"] = args?.awsRegion;
            resourceInputs["customRetryTimeout"] = args?.customRetryTimeout;
            // Provider configuration that is not a string travels JSON-encoded.
            resourceInputs["gateways"] = pulumi.output(args?.gateways).apply(JSON.stringify);
            resourceInputs["logStackTraces"] = pulumi.output(args?.logStackTraces).apply(JSON.stringify);
            resourceInputs["logStackTracesFilePath"] = args?.logStackTracesFilePath;
            resourceInputs["maxConcurrentPages"] = pulumi.output(args?.maxConcurrentPages).apply(JSON.stringify);
            resourceInputs["oauthclientId"] = args?.oauthclientId;
            resourceInputs["oauthclientSecret"] = args?.oauthclientSecret ? pulumi.secret(args.oauthclientSecret) : undefined;
            resourceInputs["proxy"] = pulumi.output(args?.proxy).apply(JSON.stringify);
            resourceInputs["sdkClientPoolDebug"] = pulumi.output(args?.sdkClientPoolDebug).apply(JSON.stringify);
            resourceInputs["sdkDebug"] = pulumi.output(args?.sdkDebug).apply(JSON.stringify);
            resourceInputs["sdkDebugFilePath"] = args?.sdkDebugFilePath;
            resourceInputs["sdkDebugFormat"] = args?.sdkDebugFormat;
            resourceInputs["tokenAcquireTimeout"] = args?.tokenAcquireTimeout;
            resourceInputs["tokenInitTimeout"] = args?.tokenInitTimeout;
            resourceInputs["tokenPoolSize"] = pulumi.output(args?.tokenPoolSize).apply(JSON.stringify);
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["oauthclientSecret"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(Provider.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * The set of arguments for constructing a Provider resource.
 */
export interface ProviderArgs {
    /**
     * A string that the OAuth client uses to make requests. Can be set with the `GENESYSCLOUD_ACCESS_TOKEN` environment variable.
     * Not marked sensitive in the Terraform schema (v1.84.1), so the SDK does not wrap it: pass `pulumi.secret(...)` yourself.
     */
    accessToken?: pulumi.Input<string>;
    /**
     * AWS region where org exists. e.g. us-east-1. Can be set with the `GENESYSCLOUD_REGION` environment variable.
     */
    awsRegion?: pulumi.Input<string>;
    /**
     * Maximum time to retry reading a resource after creation to handle eventual consistency. Can be set with the `GENESYSCLOUD_CUSTOM_RETRY_TIMEOUT` environment variable. Default is 5 minutes.
     */
    customRetryTimeout?: pulumi.Input<string>;
    gateways?: pulumi.Input<pulumi.Input<inputs.ProviderGateway>[]>;
    /**
     * If true, stack traces will be logged to a file instead of crashing the provider, whenever possible. Can be set with the `GENESYSCLOUD_LOG_STACK_TRACES` environment variable.
     */
    logStackTraces?: pulumi.Input<boolean>;
    /**
     * Specifies the file path for the stack trace logs. Can be set with the `GENESYSCLOUD_LOG_STACK_TRACES_FILE_PATH` environment variable. Default value is genesyscloud_stack_traces.log
     */
    logStackTracesFilePath?: pulumi.Input<string>;
    /**
     * Maximum pages to fetch in parallel when listing resources. Can be set with the `GENESYSCLOUD_MAX_CONCURRENT_PAGES` environment variable.
     */
    maxConcurrentPages?: pulumi.Input<number>;
    /**
     * OAuthClient ID found on the OAuth page of Admin UI. Can be set with the `GENESYSCLOUD_OAUTHCLIENT_ID` environment variable.
     */
    oauthclientId?: pulumi.Input<string>;
    /**
     * OAuthClient secret found on the OAuth page of Admin UI. Can be set with the `GENESYSCLOUD_OAUTHCLIENT_SECRET` environment variable.
     */
    oauthclientSecret?: pulumi.Input<string>;
    proxy?: pulumi.Input<inputs.ProviderProxy>;
    /**
     * Enables debug tracing in the Genesys Cloud SDK client pool. Can be set with the `GENESYSCLOUD_SDK_CLIENT_POOL_DEBUG` environment variable.
     */
    sdkClientPoolDebug?: pulumi.Input<boolean>;
    /**
     * Enables debug tracing in the Genesys Cloud SDK. Output will be written to the local file 'sdk_debug.log'. Can be set with the `GENESYSCLOUD_SDK_DEBUG` environment variable.
     */
    sdkDebug?: pulumi.Input<boolean>;
    /**
     * Specifies the file path for the log file. Can be set with the `GENESYSCLOUD_SDK_DEBUG_FILE_PATH` environment variable. Default value is sdk_debug.log
     */
    sdkDebugFilePath?: pulumi.Input<string>;
    /**
     * Specifies the data format of the 'sdk_debug.log'. Only applicable if sdk_debug is true. Can be set with the `GENESYSCLOUD_SDK_DEBUG_FORMAT` environment variable. Default value is Text.
     */
    sdkDebugFormat?: pulumi.Input<string>;
    /**
     * Timeout for acquiring a token from the pool. Can be set with the `GENESYSCLOUD_TOKEN_ACQUIRE_TIMEOUT` environment variable.
     */
    tokenAcquireTimeout?: pulumi.Input<string>;
    /**
     * Timeout for initializing the token pool. Can be set with the `GENESYSCLOUD_TOKEN_INIT_TIMEOUT` environment variable.
     */
    tokenInitTimeout?: pulumi.Input<string>;
    /**
     * Max number of OAuth tokens in the token pool (1-50). Can be set with the `GENESYSCLOUD_TOKEN_POOL_SIZE` environment variable.
     */
    tokenPoolSize?: pulumi.Input<number>;
}
