/**
 * The policy pack the plan runs: started in its own process (on its current compiled build when there is one,
 * else on its TypeScript as the CLI starts it) and configured from `--policy-pack-config`. How a pack is driven,
 * as the CLI drives it, is policy/analyzerClient/.
 */
import * as fs from "node:fs";
import { ConfiguredPolicyPack, configurePolicyPack } from "../../policy/analyzerClient/configurePolicyPack";
import { PolicyAnalyzer } from "../../policy/analyzerClient/policyAnalyzer";
import { AnalyzerPolicyConfig, parsePolicyPackConfig } from "../../policy/analyzerClient/policyConfig";
import { UserError } from "../userError";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript, shared with the postinstall
const policyPackBuild = require("../policyPackBuild") as { currentBuildEntry(packDir: string): string | undefined };

/** Starts the pack in its own process: its current JavaScript build when there is one (no per-start type check). */
export function startPolicyPack(packDirectory: string): Promise<PolicyAnalyzer> {
    return PolicyAnalyzer.start(packDirectory, policyPackBuild.currentBuildEntry(packDirectory) ?? ".");
}

/** Starts the pack and configures it; the caller closes `analyzer` when done. */
export async function startConfiguredPolicyPack(packDirectory: string, configFile: string | undefined): Promise<ConfiguredPolicyPack> {
    // Read the config first: a missing file should not cost a pack start.
    const fileConfig = configFile === undefined ? new Map<string, AnalyzerPolicyConfig>() : parsePolicyPackConfig(readConfigFile(configFile), configFile);
    const analyzer = await startPolicyPack(packDirectory);
    try {
        return await configurePolicyPack(analyzer, await analyzer.getAnalyzerInfo(), fileConfig, configFile);
    } catch (error) {
        analyzer.close();
        throw error;
    }
}

function readConfigFile(file: string): string {
    if (!fs.existsSync(file)) {
        throw new UserError(`Policy pack config file ${file} does not exist. Fix: pass an existing --policy-pack-config file, or leave the option out.`);
    }
    return fs.readFileSync(file, "utf8");
}
