import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { EffectivePolicyConfig, PolicyConfigSource, resolvePolicyConfig } from "./policyConfig";
import { EnforcementLevel, PolicyConfigEntry, PolicyDefinition } from "./policyTypes";
import { messageOf } from "./programEvaluationError";
import { enableTypeScriptIn, resolveEntryPoint } from "./typescriptLoader";

/** A policy pack as its `new PolicyPack(...)` call declared it. */
export interface LoadedPolicyPack {
    readonly directory: string;
    readonly name: string;
    readonly version: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly policies: readonly PolicyDefinition[];
    readonly initialConfig?: Readonly<Record<string, PolicyConfigEntry>>;
}

/** A pack plus the configuration each of its policies runs with. */
export interface ConfiguredPolicyPack {
    readonly pack: LoadedPolicyPack;
    readonly config: ReadonlyMap<string, EffectivePolicyConfig>;
}

export class PolicyPackError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyPackError";
    }
}

/** The module object of @pulumi/policy's server.js: policy.js calls `server_1.serve(...)` through it. */
interface PolicyServerModule {
    serve: (
        name: string,
        version: string,
        enforcementLevel: EnforcementLevel,
        args: { policies?: PolicyDefinition[] },
        initialConfig?: Record<string, PolicyConfigEntry>,
    ) => void;
}

/**
 * Loads any policy pack directory without starting its analyzer: the pack's own @pulumi/policy `serve` (which would
 * bind a gRPC port for the Pulumi CLI) is swapped for a function that captures what `new PolicyPack(...)` passes it.
 */
export function loadPolicyPack(packDirectory: string): LoadedPolicyPack {
    const directory = path.resolve(packDirectory);
    if (!fs.existsSync(directory) || !fs.statSync(directory).isDirectory()) {
        throw new PolicyPackError(`Policy pack directory ${directory} does not exist. Pass --policy-pack <dir with PulumiPolicy.yaml>.`);
    }
    const entryPoint = resolveEntryPoint(directory, readPulumiPolicyMain(directory));
    if (!entryPoint) {
        throw new PolicyPackError(`No entry point in policy pack ${directory}: set 'main' in PulumiPolicy.yaml or add index.ts.`);
    }
    let serverPath: string;
    try {
        serverPath = require.resolve("@pulumi/policy/server.js", { paths: [directory] });
    } catch {
        throw new PolicyPackError(`@pulumi/policy is not installed for the policy pack ${directory}: run \`npm ci\` in that directory.`);
    }
    const server = require(serverPath) as PolicyServerModule;
    const originalServe = server.serve;
    let captured: LoadedPolicyPack | undefined;
    server.serve = (name, version, enforcementLevel, args, initialConfig) => {
        captured = { directory, name, version, enforcementLevel, policies: args.policies ?? [], initialConfig };
    };
    const previousDirectory = process.cwd();
    try {
        enableTypeScriptIn(directory);
        // PolicyPack reads the version from ./package.json.
        process.chdir(directory);
        delete require.cache[entryPoint];
        require(entryPoint);
    } catch (thrown) {
        throw new PolicyPackError(`Loading policy pack ${directory} failed: ${messageOf(thrown)}`);
    } finally {
        process.chdir(previousDirectory);
        server.serve = originalServe;
    }
    if (!captured) {
        throw new PolicyPackError(`${entryPoint} did not construct a PolicyPack (new PolicyPack(name, { policies })).`);
    }
    return captured;
}

/** Loads the pack and reconciles its configuration with an optional --policy-pack-config file. */
export function loadConfiguredPolicyPack(packDirectory: string, configFile: string | undefined): ConfiguredPolicyPack {
    const pack = loadPolicyPack(packDirectory);
    const sources: PolicyConfigSource[] = [{ origin: `the initialConfig of policy pack ${pack.name}`, config: pack.initialConfig }];
    if (configFile !== undefined) {
        sources.push({ origin: configFile, config: readJsonFile(configFile) });
    }
    return { pack, config: resolvePolicyConfig(pack.enforcementLevel, pack.policies, sources) };
}

function readJsonFile(file: string): unknown {
    if (!fs.existsSync(file)) {
        throw new PolicyPackError(`Policy pack config file ${file} does not exist. Pass an existing --policy-pack-config file.`);
    }
    try {
        return JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new PolicyPackError(`Policy pack config file ${file} is not valid JSON: ${messageOf(e)}`);
    }
}

function readPulumiPolicyMain(directory: string): string | undefined {
    const file = path.join(directory, "PulumiPolicy.yaml");
    if (!fs.existsSync(file)) {
        return undefined;
    }
    const doc: unknown = parseYaml(fs.readFileSync(file, "utf8"));
    const main = typeof doc === "object" && doc !== null ? (doc as Record<string, unknown>)["main"] : undefined;
    return typeof main === "string" ? main : undefined;
}
