/**
 * Runs this pack's policies through the analyzer client the offline plan uses (../analyzerClient): the pack in its
 * own process (its build from packUnderTest.ts, started once per test file, as `pulumi preview` starts a pack),
 * configured with the CLI's reconciliation (schema defaults filled in), and called over gRPC with `Analyze` /
 * `AnalyzeStack` in the engine's wire format. Outcomes are read
 * from what the analyzer answers, so `notApplicable()`, preview-unknown values and config errors behave as in a
 * real preview.
 */
import * as fs from "fs";
import * as path from "path";
import type { EnforcementLevel, Policy, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";
import type { AnalyzedResource } from "../analyzerClient/analyzedResource";
import { configurePolicyPack } from "../analyzerClient/configurePolicyPack";
import { AnalyzerInfo, AnalyzerResponse, PolicyAnalyzer, reportedMessage } from "../analyzerClient/policyAnalyzer";
import { AnalyzerPolicyConfig, parsePolicyPackConfig, reconcilePolicyPackConfig } from "../analyzerClient/policyConfig";
import { PACK_ENFORCEMENT_LEVEL, handoverPolicies } from "../policies";
import { PACK_DIRECTORY, PACK_UNDER_TEST_ENTRY } from "./packUnderTest";

/** The sentinel the engine puts in place of a value that is unknown during preview (the SDK's own constant). */
export const PREVIEW_UNKNOWN_STRING = unknownValue;

export interface ResourceUnderTest {
    readonly type: string;
    /** Logical (Pulumi) name; also the key other resources use in `propertyDependencies`. */
    readonly name: string;
    /** Wire form: plain values, the unknown sentinel, secret signature objects. */
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
    /** The analyzer abandoned the policy for an unknown value (an advisory "can't run policy ... during preview"). */
    | { readonly kind: "unknownDuringPreview"; readonly message: string }
    /** The stack's policy config disabled the policy; the analyzer skips it. */
    | { readonly kind: "disabled" };

export function urnOf(resource: ResourceUnderTest): string {
    return `urn:pulumi:test::cognigy-genesys-handover::${resource.type}::${resource.name}`;
}

let started: Promise<{ analyzer: PolicyAnalyzer; info: AnalyzerInfo }> | undefined;

/** The pack's analyzer process for this test file, started on first use. */
function packAnalyzer(): Promise<{ analyzer: PolicyAnalyzer; info: AnalyzerInfo }> {
    started ??= PolicyAnalyzer.start(PACK_DIRECTORY, PACK_UNDER_TEST_ENTRY).then(async (analyzer) => ({ analyzer, info: await analyzer.getAnalyzerInfo() }));
    return started;
}

afterAll(async () => {
    (await started)?.analyzer.close();
});

/** Test props as the engine would send them: JSON (no `undefined` members). */
function wireForm(props: Readonly<Record<string, unknown>>): Record<string, unknown> {
    return JSON.parse(JSON.stringify(props)) as Record<string, unknown>;
}

function analyzedResource(resource: StackResourceUnderTest, urnOfName: (name: string) => string): AnalyzedResource {
    const propertyDependencies = Object.fromEntries(
        Object.entries(resource.propertyDependencies ?? {}).map(([property, names]) => [property, names.map(urnOfName)]),
    );
    return {
        urn: urnOf(resource),
        type: resource.type,
        name: resource.name,
        properties: wireForm(resource.props),
        options: { protect: resource.protect ?? false },
        dependencies: [...new Set(Object.values(propertyDependencies).flat())],
        propertyDependencies,
    };
}

const CANT_RUN = /^can't run policy '[^']+' from policy pack '[^']+' during preview: /;

function outcomeOf(policyName: string, response: AnalyzerResponse): PolicyOutcome {
    const diagnostics = response.diagnostics.filter((diagnostic) => diagnostic.policyName === policyName);
    const abandoned = diagnostics.find((diagnostic) => CANT_RUN.test(diagnostic.message));
    if (abandoned !== undefined) {
        return { kind: "unknownDuringPreview", message: abandoned.message.replace(CANT_RUN, "") };
    }
    const notApplicable = response.notApplicable.find((entry) => entry.policyName === policyName);
    if (notApplicable !== undefined) {
        return { kind: "notApplicable", ...(notApplicable.reason !== "" ? { reason: notApplicable.reason } : {}) };
    }
    return {
        kind: "checked",
        violations: diagnostics.map((diagnostic) => ({ message: reportedMessage(diagnostic), ...(diagnostic.urn !== undefined ? { urn: diagnostic.urn } : {}) })),
    };
}

export interface StackRun {
    readonly enforcementLevel: EnforcementLevel;
    readonly outcome: PolicyOutcome;
}

/**
 * Configures the pack with `fileConfig` (a `--policy-pack-config` file's entries) with every other policy disabled,
 * then asks the analyzer; the outcome is the one policy's.
 */
async function runOne(policy: Policy, fileConfig: ReadonlyMap<string, AnalyzerPolicyConfig>, ask: (analyzer: PolicyAnalyzer) => Promise<AnalyzerResponse>): Promise<StackRun> {
    const { analyzer, info } = await packAnalyzer();
    // Per-policy entries apply after `all` (config.go `applyConfig`), so this disables the others whatever `all` says.
    const isolated = new Map(fileConfig);
    for (const other of info.policies.filter((candidate) => candidate.name !== policy.name)) {
        isolated.set(other.name, { enforcementLevel: "disabled" });
    }
    const enforcementLevel = (await configured(analyzer, info, isolated)).get(policy.name)?.enforcementLevel;
    if (enforcementLevel === undefined || enforcementLevel === "") {
        throw new Error(`No policy named ${policy.name} in the pack`);
    }
    if (enforcementLevel === "disabled") {
        return { enforcementLevel, outcome: { kind: "disabled" } };
    }
    return { enforcementLevel, outcome: outcomeOf(policy.name, await ask(analyzer)) };
}

let lastConfigured: { key: string; config: ReadonlyMap<string, AnalyzerPolicyConfig> } | undefined;

/** `Configure`s the pack, unless the previous case of this file left it configured exactly so (most cases do). */
async function configured(analyzer: PolicyAnalyzer, info: AnalyzerInfo, fileConfig: ReadonlyMap<string, AnalyzerPolicyConfig>): Promise<ReadonlyMap<string, AnalyzerPolicyConfig>> {
    const key = JSON.stringify([...fileConfig]);
    if (lastConfigured?.key !== key) {
        lastConfigured = undefined;
        lastConfigured = { key, config: (await configurePolicyPack(analyzer, info, fileConfig)).config };
    }
    return lastConfigured.config;
}

/** The policy's own settings as a config file would give them (its level unchanged). */
function settingsConfig(policy: Policy, config: object): Map<string, AnalyzerPolicyConfig> {
    return new Map([[policy.name, { enforcementLevel: "" as const, properties: config as Record<string, unknown> }]]);
}

export async function runResourcePolicy(policy: ResourceValidationPolicy, resource: ResourceUnderTest, config: object = {}): Promise<PolicyOutcome> {
    return (await runOne(policy, settingsConfig(policy, config), (analyzer) => analyzer.analyze(analyzedResource(resource, () => "")))).outcome;
}

function stackRequest(resources: readonly StackResourceUnderTest[]): (analyzer: PolicyAnalyzer) => Promise<AnalyzerResponse> {
    const byName = new Map(resources.map((resource) => [resource.name, resource]));
    const urnOfName = (name: string): string => {
        const resource = byName.get(name);
        if (resource === undefined) {
            throw new Error(`Test setup: a property depends on unknown resource ${name}`);
        }
        return urnOf(resource);
    };
    const analyzed = resources.map((resource) => analyzedResource(resource, urnOfName));
    return (analyzer) => analyzer.analyzeStack(analyzed);
}

export async function runStackPolicy(policy: StackValidationPolicy, resources: readonly StackResourceUnderTest[], config: object = {}): Promise<PolicyOutcome> {
    return (await runOne(policy, settingsConfig(policy, config), stackRequest(resources))).outcome;
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

/**
 * The stack config the rule cases run under, once each. Where dev's config differs from prod's
 * (`requireEnabled`, protection), the difference has its own tests; packConfig.test.ts fails if any other policy
 * starts to differ, which would make running the cases under one config no longer enough.
 */
export const RULE_CASE_STACK: StackName = "prod";

/** The `--policy-pack-config` file format: `all` plus, per policy, a level or an object with level and settings. */
export type PolicyConfigFile = Record<string, EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>)>;

function configFilePath(stack: StackName): string {
    return path.join(__dirname, "..", "config", `${stack}.json`);
}

export function loadPolicyConfigFile(stack: StackName): PolicyConfigFile {
    return JSON.parse(fs.readFileSync(configFilePath(stack), "utf8")) as PolicyConfigFile;
}

function stackFileConfig(stack: StackName): Map<string, AnalyzerPolicyConfig> {
    return parsePolicyPackConfig(fs.readFileSync(configFilePath(stack), "utf8"), configFilePath(stack));
}

export interface StackPolicyConfig {
    readonly enforcementLevel: EnforcementLevel;
    /** What `getConfig()` returns: the policy's settings, schema defaults filled in as the CLI does. */
    readonly settings: Record<string, unknown>;
}

/**
 * A policy's level and settings for a stack, by the runner's own reconciliation. The policies' levels are read
 * from the definitions the way `GetAnalyzerInfo` reports them (own level, else the pack's).
 */
export function stackPolicyConfig(stack: StackName, policy: Policy): StackPolicyConfig {
    const pack = {
        name: "cognigy-handover-contract",
        version: "0",
        policies: handoverPolicies.map((candidate) => ({
            name: candidate.name,
            description: candidate.description,
            enforcementLevel: candidate.enforcementLevel ?? PACK_ENFORCEMENT_LEVEL,
            ...(candidate.configSchema !== undefined ? { configSchema: candidate.configSchema } : {}),
        })),
    };
    const entry = reconcilePolicyPackConfig(pack, new Map(), stackFileConfig(stack)).get(policy.name);
    if (entry === undefined || entry.enforcementLevel === "") {
        throw new Error(`No policy named ${policy.name} in the pack`);
    }
    return { enforcementLevel: entry.enforcementLevel, settings: { ...entry.properties } };
}

export async function runResourcePolicyForStack(stack: StackName, policy: ResourceValidationPolicy, resource: ResourceUnderTest): Promise<StackRun> {
    return runOne(policy, stackFileConfig(stack), (analyzer) => analyzer.analyze(analyzedResource(resource, () => "")));
}

export async function runStackPolicyForStack(stack: StackName, policy: StackValidationPolicy, resources: readonly StackResourceUnderTest[]): Promise<StackRun> {
    return runOne(policy, stackFileConfig(stack), stackRequest(resources));
}

export function policyNamed(name: string): Policy {
    const policy = handoverPolicies.find((candidate) => candidate.name === name);
    if (policy === undefined) {
        throw new Error(`No policy named ${name} in the pack`);
    }
    return policy;
}
