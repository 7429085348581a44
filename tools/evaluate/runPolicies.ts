import { PlannedResource } from "./plannedResource";
import { EffectivePolicyConfig } from "./policyConfig";
import { ConfiguredPolicyPack, PolicyPackError } from "./policyPack";
import {
    PolicyDefinition,
    PolicyProviderResource,
    PolicyResource,
    PolicyResourceOptions,
    ReportViolation,
    ResourceClassLike,
    ResourceValidationArgs,
} from "./policyTypes";
import { messageOf } from "./programEvaluationError";

/** A policy finding. Levels are as reported: `remediate` validations count as mandatory, like the real analyzer. */
export interface PolicyViolation {
    readonly policyName: string;
    readonly enforcementLevel: "advisory" | "mandatory";
    /** What the policy reported (its fix), without the policy description. */
    readonly message: string;
    readonly description: string;
    readonly severity?: string;
    readonly urn?: string;
    readonly resourceType?: string;
    readonly resourceName?: string;
}

export interface PolicyRunResult {
    readonly violations: PolicyViolation[];
    /** How many (policy, resource) validations and stack validations ran to completion. */
    readonly checksRun: number;
}

/** Thrown by `notApplicable()`; the run skips the policy for that resource, as @pulumi/policy's server does. */
class NotApplicable extends Error {}

const STACK_TAGS: ReadonlyMap<string, string> = new Map();

/**
 * Runs every enabled policy of the pack the way the Pulumi analyzer would during an update: resource policies on
 * each custom resource's inputs (after any `remediate`-level remediation, which is only reported), then stack
 * policies on all resources' outputs.
 */
export async function runPolicies(resources: readonly PlannedResource[], configured: ConfiguredPolicyPack): Promise<PolicyRunResult> {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const violations: PolicyViolation[] = [];
    let checksRun = 0;

    const reporterFor = (policy: PolicyDefinition, level: "advisory" | "mandatory", defaultUrn: string | undefined): ReportViolation => {
        return (reported, urn) => {
            const isObject = typeof reported === "object" && reported !== null;
            const message = isObject ? (reported.message ?? reported.description ?? "") : reported;
            const target = (isObject ? reported.urn : undefined) ?? urn ?? defaultUrn;
            const resource = target ? byUrn.get(target) : undefined;
            violations.push({
                policyName: policy.name,
                enforcementLevel: level,
                message,
                description: policy.description,
                severity: policy.severity,
                urn: target,
                resourceType: resource?.type,
                resourceName: resource?.name,
            });
        };
    };

    for (const resource of resources.filter((r) => r.custom)) {
        let props: Record<string, unknown> = structuredClone({ ...resource.inputs });
        for (const policy of configured.pack.policies) {
            const config = configOf(configured, policy);
            if (config.enforcementLevel !== "remediate" || !policy.remediateResource || !appliesTo(policy.remediateResource, resource.type)) {
                continue;
            }
            const remediated = await runGuarded(policy, resource.urn, () =>
                policy.remediateResource?.(resourceArgs(resource, structuredClone(props), config, byUrn)),
            );
            if (remediated && typeof remediated === "object" && JSON.stringify(remediated) !== JSON.stringify(props)) {
                reporterFor(policy, "advisory", resource.urn)(
                    `would be remediated by the policy during a real preview/update (changes: ${changedKeys(props, remediated).join(", ")})`,
                );
                props = remediated;
            }
        }
        for (const policy of configured.pack.policies) {
            const config = configOf(configured, policy);
            if (config.enforcementLevel === "disabled" || !policy.validateResource) {
                continue;
            }
            const validations = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource];
            if (validations.length === 1 && !appliesTo(validations[0], resource.type)) {
                continue;
            }
            const report = reporterFor(policy, levelForReport(config), resource.urn);
            for (const validation of validations) {
                const ran = await runGuarded(policy, resource.urn, async () => {
                    await validation(resourceArgs(resource, structuredClone(props), config, byUrn), report);
                    return true;
                });
                checksRun += ran ? 1 : 0;
            }
        }
    }

    const policyResources = toPolicyResources(resources);
    for (const policy of configured.pack.policies) {
        const config = configOf(configured, policy);
        const validateStack = policy.validateStack;
        if (config.enforcementLevel === "disabled" || !validateStack) {
            continue;
        }
        if (validateStack.__pulumiType && !resources.some((r) => r.type === validateStack.__pulumiType)) {
            continue;
        }
        const ran = await runGuarded(policy, undefined, async () => {
            await validateStack(
                { resources: policyResources, stackTags: STACK_TAGS, getConfig: configGetter(config), notApplicable: throwNotApplicable },
                reporterFor(policy, levelForReport(config), undefined),
            );
            return true;
        });
        checksRun += ran ? 1 : 0;
    }
    return { violations, checksRun };
}

function configOf(configured: ConfiguredPolicyPack, policy: PolicyDefinition): EffectivePolicyConfig {
    return configured.config.get(policy.name) ?? { enforcementLevel: policy.enforcementLevel ?? configured.pack.enforcementLevel, settings: {} };
}

/** A validation that still fails after remediation is reported as mandatory, as the analyzer does. */
function levelForReport(config: EffectivePolicyConfig): "advisory" | "mandatory" {
    return config.enforcementLevel === "advisory" ? "advisory" : "mandatory";
}

function appliesTo(fn: { __pulumiType?: string }, type: string): boolean {
    return fn.__pulumiType === undefined || fn.__pulumiType === type;
}

/** Runs one policy callback; `undefined` when it declared itself not applicable. Other errors abort the run. */
async function runGuarded<T>(policy: PolicyDefinition, urn: string | undefined, run: () => T | Promise<T>): Promise<T | undefined> {
    try {
        return await run();
    } catch (thrown) {
        if (thrown instanceof NotApplicable) {
            return undefined;
        }
        throw new PolicyPackError(`Policy "${policy.name}" failed${urn ? ` on ${urn}` : ""}: ${messageOf(thrown)}`);
    }
}

function throwNotApplicable(reason?: string): never {
    throw new NotApplicable(reason ?? "Policy does not apply");
}

function configGetter(config: EffectivePolicyConfig): <T extends object>() => T {
    // @pulumi/policy's getConfig is generic and unchecked too; the settings were validated against the configSchema.
    return <T extends object>() => structuredClone(config.settings) as T;
}

function isTypeOf(type: string, resourceClass: ResourceClassLike): boolean {
    if (resourceClass.__pulumiType !== undefined) {
        return type === resourceClass.__pulumiType;
    }
    return typeof resourceClass.isInstance === "function" && resourceClass.isInstance({ __pulumiType: type }) === true;
}

function optionsOf(resource: PlannedResource): PolicyResourceOptions {
    const options: PolicyResourceOptions = {
        protect: resource.protect,
        ignoreChanges: [],
        aliases: [],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        additionalSecretOutputs: [],
    };
    if (resource.parent !== undefined) {
        options.parent = resource.parent;
    }
    return options;
}

function providerOf(resource: PlannedResource, byUrn: ReadonlyMap<string, PlannedResource>): PolicyProviderResource | undefined {
    const provider = resource.provider !== undefined ? byUrn.get(resource.provider) : undefined;
    return provider && { type: provider.type, props: { ...provider.inputs }, urn: provider.urn, name: provider.name };
}

function resourceArgs(
    resource: PlannedResource,
    props: Record<string, unknown>,
    config: EffectivePolicyConfig,
    byUrn: ReadonlyMap<string, PlannedResource>,
): ResourceValidationArgs {
    const args: ResourceValidationArgs = {
        type: resource.type,
        props,
        urn: resource.urn,
        name: resource.name,
        opts: optionsOf(resource),
        stackTags: STACK_TAGS,
        isType: (resourceClass) => isTypeOf(resource.type, resourceClass),
        asType: (resourceClass) => (isTypeOf(resource.type, resourceClass) ? props : undefined),
        getConfig: configGetter(config),
        notApplicable: throwNotApplicable,
    };
    const provider = providerOf(resource, byUrn);
    if (provider) {
        args.provider = provider;
    }
    return args;
}

/** Stack policies see every resource with its outputs, linked to its parent and dependencies as objects. */
function toPolicyResources(resources: readonly PlannedResource[]): PolicyResource[] {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const policyResources = new Map<string, PolicyResource>();
    for (const resource of resources) {
        const props = structuredClone({ ...resource.outputs });
        const policyResource: PolicyResource = {
            type: resource.type,
            props,
            urn: resource.urn,
            name: resource.name,
            opts: optionsOf(resource),
            dependencies: [],
            propertyDependencies: {},
            isType: (resourceClass) => isTypeOf(resource.type, resourceClass),
            asType: (resourceClass) => (isTypeOf(resource.type, resourceClass) ? props : undefined),
        };
        const provider = providerOf(resource, byUrn);
        if (provider) {
            policyResource.provider = provider;
        }
        policyResources.set(resource.urn, policyResource);
    }
    const resolve = (urns: readonly string[]): PolicyResource[] =>
        urns.map((urn) => policyResources.get(urn)).filter((r): r is PolicyResource => r !== undefined);
    for (const resource of resources) {
        const policyResource = policyResources.get(resource.urn);
        if (!policyResource) {
            continue;
        }
        if (resource.parent !== undefined) {
            policyResource.parent = policyResources.get(resource.parent);
        }
        policyResource.dependencies = resolve(resource.dependencies);
        for (const [key, urns] of Object.entries(resource.propertyDependencies)) {
            policyResource.propertyDependencies[key] = resolve(urns);
        }
    }
    return [...policyResources.values()];
}

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
