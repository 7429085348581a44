/**
 * The facts the offline plan needs about each provider resource the stack declares, read from the providers'
 * own sources at the pinned versions. Data lives beside this file (`genesyscloud.json`, `aws.json`); every fact
 * names the source file it comes from, and a fact the sources do not settle is marked `unconfirmed` so the plan
 * can say so where it matters instead of guessing silently.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export type Confidence = "confirmed" | "inferred" | "unconfirmed";

export interface SourcedFact {
    /** Repository-relative source file (and symbol) the fact was read from, e.g. `genesyscloud/flow/resource_genesyscloud_flow.go`. */
    readonly source: string;
    /** Of the schema facts (required, optional, computed, forceNew, sensitive, default, diff, autoNamed). */
    readonly confidence: Confidence;
    readonly note?: string;
}

/**
 * What state holds for a property after create and after every refresh:
 * - `input`: the value the program sent (the default when absent).
 * - `flowYamlName`: the `workflow.name` of the flow YAML after `{{key}}` substitution (genesyscloud_flow read).
 * - `goJsonMarshal`: the JSON text re-marshalled by Go `json.Marshal` (sorted keys, compact, no null stripping).
 * - `providerDefault`: when unset, the provider/API fills `default`.
 * - `unknown`: computed by the provider/API from something the plan cannot see (stays unknown offline).
 */
export type ReadBackKind = "input" | "flowYamlName" | "goJsonMarshal" | "providerDefault" | "unknown";

export interface InputFact extends SourcedFact {
    /** The Terraform attribute path (snake_case, dotted for nested blocks). */
    readonly terraformName: string;
    readonly required: boolean;
    readonly optional: boolean;
    /** Optional+Computed when `optional` and `computed` are both true. */
    readonly computed: boolean;
    readonly forceNew: boolean;
    readonly sensitive: boolean;
    /** The bridge fills an unset value with `<logical name>-<7 hex>` (pulumi-terraform-bridge `pkg/tfbridge/info/autonaming.go`). */
    readonly autoNamed: boolean;
    /** Value the provider or API fills in when the input is unset. */
    readonly default?: unknown;
    readonly readBack: ReadBackKind;
    /**
     * Of what the API returns for `readBack` (the provider code shows what it stores, not what the API echoes);
     * absent means the same as `confidence`. `unconfirmed` here is where a real refresh may differ from the plan.
     */
    readonly readBackConfidence?: Confidence;
    /** How the provider compares old and new: plain equality unless a DiffSuppressFunc says otherwise. */
    readonly diff?: "equal" | "equivalentJson";
}

export interface OutputFact extends SourcedFact {
    /** A computed-only attribute (not an input): unknown during a first preview. */
    readonly terraformName: string;
}

export interface ResourceModel {
    /** Pulumi type token, e.g. `genesyscloud:index/flow:Flow`. */
    readonly type: string;
    /** Provider resource name, e.g. `genesyscloud_flow` or `aws_cloudwatch_event_rule`. */
    readonly providerResource: string;
    readonly source: string;
    /**
     * Keyed by the Pulumi property path (camelCase, dotted for nested objects), e.g. `configRequest.requestUrlTemplate`.
     * Elements of a list share one path without an index (`gateways.host`). `required`, `optional` and `sensitive`
     * are as the Pulumi SDK has them (a Terraform Required `name` the bridge auto-names is optional).
     */
    readonly inputs: Readonly<Record<string, InputFact>>;
    readonly outputs: Readonly<Record<string, OutputFact>>;
    /**
     * Present when the read right after a create or update runs the provider's consistency checker: a read-back that
     * differs from the configuration is retried until the read timeout, which then starts again, so `up` fails (or
     * hangs) with the object already created in Genesys, instead of storing the read-back for a later diff.
     */
    readonly readConsistencyCheck?: SourcedFact;
}

export interface ProviderModel {
    readonly provider: string;
    readonly version: string;
    /** Where the facts were read: repository, tag or commit. */
    readonly sources: readonly { readonly repository: string; readonly ref: string }[];
    readonly resources: Readonly<Record<string, ResourceModel>>;
}

const MODEL_FILES = ["genesyscloud.json", "aws.json"] as const;

let cached: ReadonlyMap<string, ResourceModel> | undefined;

/** Every modelled resource type of every provider, by type token. */
export function providerModels(): ReadonlyMap<string, ResourceModel> {
    if (cached === undefined) {
        const byType = new Map<string, ResourceModel>();
        for (const file of MODEL_FILES) {
            const model = JSON.parse(fs.readFileSync(path.join(__dirname, file), "utf8")) as ProviderModel;
            for (const [type, resource] of Object.entries(model.resources)) {
                byType.set(type, resource);
            }
        }
        cached = byType;
    }
    return cached;
}

export function resourceModel(type: string): ResourceModel | undefined {
    return providerModels().get(type);
}
