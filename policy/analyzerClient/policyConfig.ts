/**
 * Policy configuration the way the Pulumi CLI reconciles it before it calls the analyzer's `Configure`
 * (pulumi/pulumi `pkg/resource/analyzer/config.go`: `parsePolicyPackConfig`, `ReconcilePolicyPackConfig`,
 * `applyConfig`, `validatePolicyPackConfig`; called from `pkg/engine/update.go`). The CLI, not the pack, fills
 * the schema defaults, so policies read their config plainly.
 */
import Ajv from "ajv";
import { PolicyPackError } from "./policyPackError";

export const ENFORCEMENT_LEVELS = ["advisory", "mandatory", "remediate", "disabled"] as const;
export type EnforcementLevel = (typeof ENFORCEMENT_LEVELS)[number];

/** One policy's entry: `""` is "no level given", which `Configure` rejects (`analyzer_plugin.go`). */
export interface AnalyzerPolicyConfig {
    readonly enforcementLevel: EnforcementLevel | "";
    readonly properties?: Readonly<Record<string, unknown>>;
}

/** What `GetAnalyzerInfo` says about a policy (its level is its own or the pack's, `protoutil.js` `makeAnalyzerInfo`). */
export interface AnalyzerPolicyInfo {
    readonly name: string;
    readonly description: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly configSchema?: { readonly properties: Readonly<Record<string, unknown>>; readonly required?: readonly string[] };
}


function isLevel(value: unknown): value is EnforcementLevel {
    return typeof value === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(value);
}

/** A `--policy-pack-config` file's text, as `parsePolicyPackConfig` reads it. `origin` names the file in errors. */
export function parsePolicyPackConfig(text: string, origin: string): Map<string, AnalyzerPolicyConfig> {
    const result = new Map<string, AnalyzerPolicyConfig>();
    if (text.trim() === "") {
        return result;
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (e) {
        throw new PolicyPackError(`${origin} is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new PolicyPackError(`${origin} must be a JSON object of policy name to enforcement level or settings.`);
    }
    for (const [key, value] of Object.entries(parsed)) {
        if (key === "environments") {
            throw new PolicyPackError(`${origin}: "environments" (Pulumi ESC) cannot be resolved offline; remove it to plan, or preview with the CLI.`);
        }
        if (typeof value === "string") {
            if (!isLevel(value)) {
                throw new PolicyPackError(`${origin}: parsing enforcement level for "${key}": "${value}" is not a valid enforcement level; use one of ${ENFORCEMENT_LEVELS.join(", ")}.`);
            }
            result.set(key, { enforcementLevel: value });
            continue;
        }
        if (typeof value !== "object" || value === null || Array.isArray(value)) {
            throw new PolicyPackError(`${origin}: parsing "${key}": ${JSON.stringify(value)} is not a valid value; must be a string or object.`);
        }
        const { enforcementLevel, ...properties } = value as Record<string, unknown>;
        if (enforcementLevel !== undefined && !isLevel(enforcementLevel)) {
            throw new PolicyPackError(`${origin}: parsing enforcement level for "${key}": ${JSON.stringify(enforcementLevel)} is not a valid enforcement level.`);
        }
        const hasProperties = Object.keys(properties).length > 0;
        if (enforcementLevel === undefined && !hasProperties) {
            continue;
        }
        result.set(key, { enforcementLevel: enforcementLevel ?? "", ...(hasProperties ? { properties } : {}) });
    }
    return result;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** Schemas are compiled once per process: the pack's tests reconfigure the analyzer for every case. */
function compiledSchema(schema: object): ReturnType<typeof ajv.compile> {
    const key = JSON.stringify(schema);
    let validate = compiled.get(key);
    if (validate === undefined) {
        validate = ajv.compile(schema);
        compiled.set(key, validate);
    }
    return validate;
}

function schemaDefaults(policy: AnalyzerPolicyInfo): Record<string, unknown> | undefined {
    let defaults: Record<string, unknown> | undefined;
    for (const [key, property] of Object.entries(policy.configSchema?.properties ?? {})) {
        if (typeof property === "object" && property !== null && "default" in property) {
            defaults = { ...defaults, [key]: structuredClone((property as Record<string, unknown>)["default"]) };
        }
    }
    return defaults;
}

function applyConfig(result: Map<string, AnalyzerPolicyConfig>, toApply: ReadonlyMap<string, AnalyzerPolicyConfig>): void {
    const all = toApply.get("all");
    if (all !== undefined && isLevel(all.enforcementLevel)) {
        for (const [name, config] of result) {
            result.set(name, { ...config, enforcementLevel: all.enforcementLevel });
        }
    }
    // Like the CLI, `all` itself is applied as an entry too (the analyzer ignores it).
    for (const [name, given] of toApply) {
        const current = result.get(name);
        const enforcementLevel = isLevel(given.enforcementLevel) ? given.enforcementLevel : (current?.enforcementLevel ?? "");
        const hasGiven = given.properties !== undefined && Object.keys(given.properties).length > 0;
        const properties = current?.properties === undefined && !hasGiven ? undefined : { ...current?.properties, ...given.properties };
        result.set(name, { enforcementLevel, ...(properties !== undefined ? { properties } : {}) });
    }
}

/**
 * Defaults from the policies (their level, their schema defaults), then the pack's `initialConfig`, then the config
 * file; each policy's settings validated against its schema. Errors read as the CLI's
 * (`validating policy config: <pack> <version>  <policy>: <problem>`; the problem text is Ajv's, the CLI uses gojsonschema).
 */
export function reconcilePolicyPackConfig(
    pack: { readonly name: string; readonly version: string; readonly policies: readonly AnalyzerPolicyInfo[] },
    initialConfig: ReadonlyMap<string, AnalyzerPolicyConfig>,
    fileConfig: ReadonlyMap<string, AnalyzerPolicyConfig>,
): Map<string, AnalyzerPolicyConfig> {
    const result = new Map<string, AnalyzerPolicyConfig>();
    for (const policy of pack.policies) {
        const defaults = schemaDefaults(policy);
        result.set(policy.name, { enforcementLevel: policy.enforcementLevel, ...(defaults !== undefined ? { properties: defaults } : {}) });
    }
    applyConfig(result, initialConfig);
    applyConfig(result, fileConfig);

    const problems: string[] = [];
    for (const policy of pack.policies) {
        if (policy.configSchema === undefined) {
            continue;
        }
        // analyzer_plugin.go `GetAnalyzerInfo` adds `enforcementLevel` to every schema; config.go `convertSchema`.
        const schema = {
            type: "object",
            properties: { ...policy.configSchema.properties, enforcementLevel: { type: "string", enum: [...ENFORCEMENT_LEVELS] } },
            ...(policy.configSchema.required && policy.configSchema.required.length > 0 ? { required: [...policy.configSchema.required] } : {}),
        };
        const validate = compiledSchema(schema);
        if (!validate(result.get(policy.name)?.properties ?? {})) {
            for (const error of validate.errors ?? []) {
                problems.push(`validating policy config: ${pack.name} ${pack.version}  ${policy.name}: ${error.instancePath || "(root)"} ${error.message ?? "is invalid"}`);
            }
        }
    }
    if (problems.length > 0) {
        throw new PolicyPackError(problems.sort().join("\n"));
    }
    for (const [name, config] of result) {
        if (!isLevel(config.enforcementLevel)) {
            // What `Configure` answers (`analyzer_plugin.go`), e.g. for settings of a policy the pack does not have.
            throw new PolicyPackError(`configuring policy pack "${pack.name}": invalid enforcement level "" for "${name}" (is "${name}" a policy of the pack?)`);
        }
    }
    return result;
}
