/**
 * The shapes of @pulumi/policy (1.x) this tool relies on, declared here because the policy package is installed
 * in the pack's directory, not in this project. Names follow @pulumi/policy's `policy.d.ts`.
 */

export type EnforcementLevel = "advisory" | "mandatory" | "remediate" | "disabled";
export const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];

export interface PolicyConfigSchema {
    properties: Record<string, Record<string, unknown>>;
    required?: string[];
}

export interface PolicyResourceOptions {
    protect: boolean;
    ignoreChanges: string[];
    deleteBeforeReplace?: boolean;
    aliases: string[];
    customTimeouts: { createSeconds: number; updateSeconds: number; deleteSeconds: number };
    additionalSecretOutputs: string[];
    parent?: string;
}

export interface PolicyProviderResource {
    type: string;
    props: Record<string, unknown>;
    urn: string;
    name: string;
}

/** A class (or anything) that names a resource type, as `isType`/`asType` accept it. */
export interface ResourceClassLike {
    __pulumiType?: string;
    isInstance?: (candidate: unknown) => boolean;
}

export interface ResourceValidationArgs {
    type: string;
    props: Record<string, unknown>;
    urn: string;
    name: string;
    opts: PolicyResourceOptions;
    provider?: PolicyProviderResource;
    stackTags: ReadonlyMap<string, string>;
    isType(resourceClass: ResourceClassLike): boolean;
    asType(resourceClass: ResourceClassLike): Record<string, unknown> | undefined;
    getConfig<T extends object>(): T;
    notApplicable(reason?: string): never;
}

export interface PolicyResource {
    type: string;
    props: Record<string, unknown>;
    urn: string;
    name: string;
    opts: PolicyResourceOptions;
    provider?: PolicyProviderResource;
    parent?: PolicyResource;
    dependencies: PolicyResource[];
    propertyDependencies: Record<string, PolicyResource[]>;
    isType(resourceClass: ResourceClassLike): boolean;
    asType(resourceClass: ResourceClassLike): Record<string, unknown> | undefined;
}

export interface StackValidationArgs {
    resources: PolicyResource[];
    stackTags: ReadonlyMap<string, string>;
    getConfig<T extends object>(): T;
    notApplicable(reason?: string): never;
}

/** `reportViolation(message, urn?)`, or the object form some packs use. */
export type ReportViolation = (message: string | { message?: string; description?: string; urn?: string }, urn?: string) => void;

type MaybePromise<T> = T | Promise<T>;
export type ResourceValidation = ((args: ResourceValidationArgs, report: ReportViolation) => MaybePromise<void>) & { __pulumiType?: string };
export type ResourceRemediation = ((args: ResourceValidationArgs) => MaybePromise<Record<string, unknown> | undefined | void>) & {
    __pulumiType?: string;
};
export type StackValidation = ((args: StackValidationArgs, report: ReportViolation) => MaybePromise<void>) & { __pulumiType?: string };

export interface PolicyDefinition {
    name: string;
    description: string;
    enforcementLevel?: EnforcementLevel;
    configSchema?: PolicyConfigSchema;
    severity?: string;
    validateResource?: ResourceValidation | ResourceValidation[];
    remediateResource?: ResourceRemediation;
    validateStack?: StackValidation;
}

/** `initialConfig` / policy config file entries: a level, or a level plus the policy's own settings. */
export type PolicyConfigEntry = EnforcementLevel | ({ enforcementLevel?: EnforcementLevel } & Record<string, unknown>);
