/**
 * A running policy pack configured the way `pulumi preview --policy-pack <dir> --policy-pack-config <file>` does it
 * (pulumi/pulumi `pkg/engine/update.go`: `GetAnalyzerInfo`, reconcile the config with the policies' defaults and the
 * pack's `initialConfig`, `Configure`).
 */
import { AnalyzerInfo, PolicyAnalyzer } from "./policyAnalyzer";
import { AnalyzerPolicyConfig, reconcilePolicyPackConfig } from "./policyConfig";
import { PolicyPackError } from "./policyPackError";

/** Which pack ran: what the plan reports about it. */
export interface LoadedPolicyPack {
    readonly directory: string;
    readonly name: string;
    readonly version: string;
}

export interface ConfiguredPolicyPack {
    readonly pack: LoadedPolicyPack;
    readonly info: AnalyzerInfo;
    /** What was sent with `Configure`: every policy's level and settings, schema defaults filled in. */
    readonly config: ReadonlyMap<string, AnalyzerPolicyConfig>;
    readonly analyzer: PolicyAnalyzer;
}

/** Reconciles `fileConfig` (parsed `--policy-pack-config`) for a running pack and sends it with `Configure`. */
export async function configurePolicyPack(
    analyzer: PolicyAnalyzer,
    info: AnalyzerInfo,
    fileConfig: ReadonlyMap<string, AnalyzerPolicyConfig>,
    configOrigin?: string,
): Promise<ConfiguredPolicyPack> {
    if (!info.supportsConfig && configOrigin !== undefined) {
        throw new PolicyPackError(`policy pack "${info.name}" at "${analyzer.directory}" does not support config`);
    }
    const config = reconcilePolicyPackConfig(info, info.initialConfig, fileConfig);
    await analyzer.configure(config);
    return { pack: { directory: analyzer.directory, name: info.name, version: info.version }, info, config, analyzer };
}
