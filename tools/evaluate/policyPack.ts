/**
 * A policy pack started and configured the way `pulumi preview --policy-pack <dir> --policy-pack-config <file>`
 * does it (pulumi/pulumi `pkg/engine/update.go`: start the analyzer, `GetAnalyzerInfo`, reconcile the config with
 * the policies' defaults and the pack's `initialConfig`, `Configure`).
 */
import * as fs from "node:fs";
import { AnalyzerPolicyConfig, parsePolicyPackConfig, reconcilePolicyPackConfig } from "./policyConfig";
import { AnalyzerInfo, PolicyAnalyzer } from "./policyAnalyzer";
import { UserError } from "../userError";


/** What the plan reports about the pack. */
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
        throw new UserError(`policy pack "${info.name}" at "${analyzer.directory}" does not support config`);
    }
    const config = reconcilePolicyPackConfig(info, info.initialConfig, fileConfig);
    await analyzer.configure(config);
    return { pack: { directory: analyzer.directory, name: info.name, version: info.version }, info, config, analyzer };
}

/** Starts the pack in its own process and configures it; the caller closes `analyzer` when done. */
export async function startConfiguredPolicyPack(packDirectory: string, configFile: string | undefined): Promise<ConfiguredPolicyPack> {
    // Read the config first: a missing file should not cost a pack start.
    const fileConfig = configFile === undefined ? new Map<string, AnalyzerPolicyConfig>() : parsePolicyPackConfig(readConfigFile(configFile), configFile);
    const analyzer = await PolicyAnalyzer.start(packDirectory);
    try {
        return await configurePolicyPack(analyzer, await analyzer.getAnalyzerInfo(), fileConfig, configFile);
    } catch (error) {
        analyzer.close();
        throw error;
    }
}

function readConfigFile(file: string): string {
    if (!fs.existsSync(file)) {
        throw new UserError(`Policy pack config file ${file} does not exist. Pass an existing --policy-pack-config file.`);
    }
    return fs.readFileSync(file, "utf8");
}
