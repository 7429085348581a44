/**
 * Runs single policies the way the analyzer in @pulumi/policy's server.js does, without the CLI and
 * without constructing a PolicyPack (that would bind a gRPC server): builds the validation args by hand,
 * collects reported violations, and maps `notApplicable()` and preview-unknown values to outcomes.
 */
import * as fs from "fs";
import * as path from "path";
import type {
    EnforcementLevel,
    Policy,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
} from "@pulumi/policy";
import { PACK_ENFORCEMENT_LEVEL, handoverPolicies } from "../policies";

/**
 * The part of @pulumi/policy's proxy module its analyzer uses to guard preview-unknown values. It is marked
 * internal, so its published typings are empty; this interface states what the harness relies on.
 */
interface PolicyProxyModule {
    unknownCheckingProxy<T extends object>(value: T): T;
    UnknownValueError: new (...args: never[]) => Error;
    /** The sentinel the engine puts in place of a string that is unknown during preview. */
    unknownStringValue: string;
}
const policyProxy = require("@pulumi/policy/proxy") as PolicyProxyModule;

export const PREVIEW_UNKNOWN_STRING = policyProxy.unknownStringValue;

export interface ResourceUnderTest {
    readonly type: string;
    /** Logical (Pulumi) name; also the key other resources use in `propertyDependencies`. */
    readonly name: string;
    readonly props: Record<string, unknown>;
    readonly protect?: boolean;
}

export interface StackResourceUnderTest extends ResourceUnderTest {
    /** Input property -> logical names of the resources its value came from. */
    readonly propertyDependencies?: Readonly<Record<string, readonly string[]>>;
}

export interface Violation {
    readonly message: string;
    readonly urn?: string;
}

export type PolicyOutcome =
    | { readonly kind: "checked"; readonly violations: readonly Violation[] }
    | { readonly kind: "notApplicable"; readonly reason?: string }
    /** server.js turns these into an advisory "can't run during preview" message. */
    | { readonly kind: "unknownDuringPreview"; readonly message: string }
    /** The stack's policy config disabled the policy; the analyzer skips it. */
    | { readonly kind: "disabled" };

class NotApplicableMarker extends Error {
    constructor(readonly reason?: string) {
        super(`not applicable: ${reason ?? ""}`);
    }
}

export function urnOf(resource: ResourceUnderTest): string {
    return `urn:pulumi:test::cognigy-genesys-handover::${resource.type}::${resource.name}`;
}

function optionsOf(resource: ResourceUnderTest): PolicyResourceOptions {
    return {
        protect: resource.protect ?? false,
        ignoreChanges: [],
        aliases: [],
        customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 },
        additionalSecretOutputs: [],
    };
}

/** Same type test as server.js `isTypeOf` for generated classes, which carry their token as `__pulumiType`. */
function hasType(type: string, resourceClass: unknown): boolean {
    return (resourceClass as { __pulumiType?: unknown }).__pulumiType === type;
}

function throwNotApplicable(reason?: string): never {
    throw new NotApplicableMarker(reason);
}

async function outcomeOf(run: (report: (message: string, urn?: string) => void) => Promise<void> | void): Promise<PolicyOutcome> {
    const violations: Violation[] = [];
    try {
        await run((message, urn) => violations.push({ message, urn }));
    } catch (error) {
        if (error instanceof NotApplicableMarker) {
            return { kind: "notApplicable", reason: error.reason };
        }
        if (error instanceof policyProxy.UnknownValueError) {
            return { kind: "unknownDuringPreview", message: error.message };
        }
        throw error;
    }
    return { kind: "checked", violations };
}

export function resourceValidationArgs(resource: ResourceUnderTest, config: object = {}): ResourceValidationArgs {
    // Like the analyzer: props go through the unknown-checking proxy, so reading a preview-unknown value throws.
    const props = policyProxy.unknownCheckingProxy(resource.props);
    return {
        type: resource.type,
        props,
        urn: urnOf(resource),
        name: resource.name,
        opts: optionsOf(resource),
        stackTags: new Map(),
        isType: (resourceClass) => hasType(resource.type, resourceClass),
        // The typed view is only ever the props themselves; the generic return type cannot be expressed here.
        asType: ((resourceClass: unknown) => (hasType(resource.type, resourceClass) ? props : undefined)) as ResourceValidationArgs["asType"],
        getConfig: <T extends object>() => config as T,
        notApplicable: throwNotApplicable,
    };
}

export function stackValidationArgs(resources: readonly StackResourceUnderTest[], config: object = {}): StackValidationArgs {
    const byName = new Map<string, PolicyResource>();
    const policyResources = resources.map((resource) => {
        const props = policyProxy.unknownCheckingProxy(resource.props);
        const policyResource: PolicyResource = {
            type: resource.type,
            props,
            urn: urnOf(resource),
            name: resource.name,
            opts: optionsOf(resource),
            dependencies: [],
            propertyDependencies: {},
            isType: (resourceClass) => hasType(resource.type, resourceClass),
            asType: ((resourceClass: unknown) => (hasType(resource.type, resourceClass) ? props : undefined)) as PolicyResource["asType"],
        };
        byName.set(resource.name, policyResource);
        return policyResource;
    });
    // Second pass, as in server.js: dependencies point at the PolicyResource objects themselves.
    resources.forEach((resource, index) => {
        const policyResource = policyResources[index];
        for (const [property, names] of Object.entries(resource.propertyDependencies ?? {})) {
            const dependencies = names.map((name) => {
                const dependency = byName.get(name);
                if (dependency === undefined) {
                    throw new Error(`Test setup: ${resource.name}.${property} depends on unknown resource ${name}`);
                }
                return dependency;
            });
            policyResource.propertyDependencies[property] = dependencies;
            policyResource.dependencies.push(...dependencies);
        }
    });
    return {
        resources: policyResources,
        stackTags: new Map(),
        getConfig: <T extends object>() => config as T,
        notApplicable: throwNotApplicable,
    };
}

export async function runResourcePolicy(policy: ResourceValidationPolicy, resource: ResourceUnderTest, config: object = {}): Promise<PolicyOutcome> {
    const validations = policy.validateResource === undefined
        ? []
        : Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource];
    return outcomeOf(async (report) => {
        for (const validate of validations) {
            await validate(resourceValidationArgs(resource, config), report);
        }
    });
}

export async function runStackPolicy(policy: StackValidationPolicy, resources: readonly StackResourceUnderTest[], config: object = {}): Promise<PolicyOutcome> {
    return outcomeOf((report) => policy.validateStack(stackValidationArgs(resources, config), report));
}

/** Violation messages of a checked outcome; fails the test with the real outcome otherwise. */
export function violationsOf(outcome: PolicyOutcome): string[] {
    if (outcome.kind !== "checked") {
        throw new Error(`Expected the policy to check the resource, but the outcome was ${JSON.stringify(outcome)}`);
    }
    return outcome.violations.map((violation) => violation.message);
}

// ---- Stack policy configuration files (policy/config/<stack>.json) ----

export type StackName = "dev" | "prod";
export const STACKS: readonly StackName[] = ["dev", "prod"];

/** The `--policy-pack-config` file format: `all` plus, per policy, a level or an object with level and settings. */
export type PolicyConfigFile = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)>;

export function loadPolicyConfigFile(stack: StackName): PolicyConfigFile {
    const file = path.join(__dirname, "..", "config", `${stack}.json`);
    return JSON.parse(fs.readFileSync(file, "utf8")) as PolicyConfigFile;
}

export interface StackPolicyConfig {
    readonly enforcementLevel: EnforcementLevel;
    /** What `getConfig()` returns: the policy's section without enforcementLevel (no schema defaults; that is the CLI's job). */
    readonly settings: Record<string, unknown>;
}

/** Resolves a policy's level the way the CLI does: its own section, then `all`, then the policy, then the pack. */
export function stackPolicyConfig(stack: StackName, policy: Policy): StackPolicyConfig {
    const file = loadPolicyConfigFile(stack);
    const section = file[policy.name];
    const all = file["all"];
    const packLevel = typeof all === "string" ? all : undefined;
    if (typeof section === "string") {
        return { enforcementLevel: section, settings: {} };
    }
    const { enforcementLevel, ...settings } = section ?? {};
    return {
        enforcementLevel: enforcementLevel ?? packLevel ?? policy.enforcementLevel ?? PACK_ENFORCEMENT_LEVEL,
        settings,
    };
}

export interface StackRun {
    readonly enforcementLevel: EnforcementLevel;
    readonly outcome: PolicyOutcome;
}

export async function runResourcePolicyForStack(stack: StackName, policy: ResourceValidationPolicy, resource: ResourceUnderTest): Promise<StackRun> {
    const { enforcementLevel, settings } = stackPolicyConfig(stack, policy);
    const outcome: PolicyOutcome = enforcementLevel === "disabled" ? { kind: "disabled" } : await runResourcePolicy(policy, resource, settings);
    return { enforcementLevel, outcome };
}

export async function runStackPolicyForStack(stack: StackName, policy: StackValidationPolicy, resources: readonly StackResourceUnderTest[]): Promise<StackRun> {
    const { enforcementLevel, settings } = stackPolicyConfig(stack, policy);
    const outcome: PolicyOutcome = enforcementLevel === "disabled" ? { kind: "disabled" } : await runStackPolicy(policy, resources, settings);
    return { enforcementLevel, outcome };
}

export function policyNamed(name: string): Policy {
    const policy = handoverPolicies.find((candidate) => candidate.name === name);
    if (policy === undefined) {
        throw new Error(`No policy named ${name} in the pack`);
    }
    return policy;
}
