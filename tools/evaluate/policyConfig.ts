import Ajv from "ajv";
import { ENFORCEMENT_LEVELS, EnforcementLevel, PolicyConfigEntry, PolicyDefinition } from "./policyTypes";

/** What a policy runs with: its enforcement level and its settings (what `args.getConfig()` returns). */
export interface EffectivePolicyConfig {
    readonly enforcementLevel: EnforcementLevel;
    readonly settings: Readonly<Record<string, unknown>>;
}

export class PolicyConfigError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyConfigError";
    }
}

/** A source of policy configuration and what to call it in error messages, e.g. the config file's path. */
export interface PolicyConfigSource {
    readonly origin: string;
    readonly config: unknown;
}

/**
 * Reconciles policy configuration the way the Pulumi CLI does before a preview: each policy starts with its own
 * enforcement level (or the pack's) and its configSchema defaults; then every source is applied in order (the
 * pack's initialConfig, then the --policy-pack-config file), `all` first and per-policy entries over it; the result
 * is validated against each policy's configSchema.
 */
export function resolvePolicyConfig(
    packEnforcementLevel: EnforcementLevel,
    policies: readonly PolicyDefinition[],
    sources: readonly PolicyConfigSource[],
): Map<string, EffectivePolicyConfig> {
    const levels = new Map<string, EnforcementLevel>();
    const settings = new Map<string, Record<string, unknown>>();
    for (const policy of policies) {
        levels.set(policy.name, policy.enforcementLevel ?? packEnforcementLevel);
        settings.set(policy.name, schemaDefaults(policy));
    }

    for (const source of sources) {
        if (source.config === undefined || source.config === null) {
            continue;
        }
        if (typeof source.config !== "object" || Array.isArray(source.config)) {
            throw new PolicyConfigError(`${source.origin}: policy config must be a JSON object of policy name → level or settings.`);
        }
        const entries = source.config as Record<string, unknown>;
        if ("all" in entries) {
            const level = levelOf(entries["all"], "all", source.origin);
            if (level !== undefined) {
                for (const policy of policies) {
                    levels.set(policy.name, level);
                }
            }
        }
        for (const [name, entry] of Object.entries(entries)) {
            if (name === "all") {
                continue;
            }
            if (!levels.has(name)) {
                throw new PolicyConfigError(
                    `${source.origin}: there is no policy "${name}" in the pack. Known policies: ${policies.map((p) => p.name).join(", ")}.`,
                );
            }
            const level = levelOf(entry, name, source.origin);
            if (level !== undefined) {
                levels.set(name, level);
            }
            if (typeof entry === "object" && entry !== null) {
                const { enforcementLevel: _level, ...own } = entry as Record<string, unknown>;
                settings.set(name, { ...settings.get(name), ...own });
            }
        }
    }

    const ajv = new Ajv({ allErrors: true, strict: false });
    const result = new Map<string, EffectivePolicyConfig>();
    for (const policy of policies) {
        const policySettings = settings.get(policy.name) ?? {};
        if (policy.configSchema) {
            const validate = ajv.compile({ type: "object", ...policy.configSchema });
            if (!validate(policySettings)) {
                const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "(settings)"} ${e.message ?? "is invalid"}`);
                throw new PolicyConfigError(
                    `Configuration of policy "${policy.name}" is invalid: ${problems.join("; ")}. ` +
                        `Fix it in ${sources.map((s) => s.origin).join(" or ")}; the policy's configSchema says what it accepts.`,
                );
            }
        }
        result.set(policy.name, { enforcementLevel: levels.get(policy.name) ?? packEnforcementLevel, settings: policySettings });
    }
    return result;
}

function schemaDefaults(policy: PolicyDefinition): Record<string, unknown> {
    const defaults: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(policy.configSchema?.properties ?? {})) {
        if (property["default"] !== undefined) {
            // Copied so a policy mutating its config cannot change the schema.
            defaults[key] = structuredClone(property["default"]);
        }
    }
    return defaults;
}

function levelOf(entry: unknown, name: string, origin: string): EnforcementLevel | undefined {
    const level = typeof entry === "string" ? entry : typeof entry === "object" && entry !== null ? (entry as PolicyConfigEntry & object)["enforcementLevel"] : undefined;
    if (level === undefined) {
        if (typeof entry !== "object" || entry === null) {
            throw new PolicyConfigError(`${origin}: "${name}" must be an enforcement level or an object, not ${JSON.stringify(entry)}.`);
        }
        return undefined;
    }
    if (!ENFORCEMENT_LEVELS.includes(level as EnforcementLevel)) {
        throw new PolicyConfigError(
            `${origin}: "${name}" has enforcement level ${JSON.stringify(level)}; use one of ${ENFORCEMENT_LEVELS.join(", ")}.`,
        );
    }
    return level as EnforcementLevel;
}
