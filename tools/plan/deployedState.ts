/**
 * A stack's deployed state as the plan reasons about it: one record per resource, values decoded, secrets marked by
 * path. It is read from (and written to) the checkpoint format of `pulumi stack export` (see stackExport.ts).
 */

export interface DeployedResource {
    readonly urn: string;
    readonly type: string;
    readonly custom: boolean;
    readonly id?: string;
    /** The checked inputs the provider was last given. */
    readonly inputs: Readonly<Record<string, unknown>>;
    /** The provider's state after the last create/update (for components and the stack: their registered outputs). */
    readonly outputs: Readonly<Record<string, unknown>>;
    /** Paths (`a.b[0]`) into `inputs` whose values are secrets. */
    readonly secretPaths: readonly string[];
    /** Paths into `outputs` whose values are secrets. */
    readonly outputSecretPaths: readonly string[];
    readonly parent?: string;
    readonly dependencies: readonly string[];
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
    readonly protect: boolean;
    /** Provider reference as the engine stores it: `<provider urn>::<provider id>`. */
    readonly provider?: string;
}

/** Resources in the checkpoint's order (dependencies before dependents). */
export type DeployedState = readonly DeployedResource[];

/**
 * A secret the export holds encrypted (`ciphertext`): the plan cannot read it, so it can neither show nor compare it.
 * Kept as a value of its own so that no comparison mistakes it for a plain object.
 */
export class EncryptedSecret {
    constructor(readonly ciphertext: string) {}
}

export function isEncryptedSecret(value: unknown): value is EncryptedSecret {
    return value instanceof EncryptedSecret;
}

/** The URN of a provider reference (`<urn>::<id>`; URNs contain `::` themselves). */
export function providerReferenceUrn(reference: string): string {
    const separator = reference.lastIndexOf("::");
    return separator > 0 ? reference.slice(0, separator) : reference;
}

/** `urn:pulumi:<stack>::<project>::<qualified type>::<name>`, split; undefined when `urn` has another shape. */
export function parseUrn(urn: string): { stack: string; project: string; qualifiedType: string; type: string; name: string } | undefined {
    const match = /^urn:pulumi:([^:]+)::([^:]+)::(.+?)::(.*)$/.exec(urn);
    if (!match) {
        return undefined;
    }
    const [, stack, project, qualifiedType, name] = match;
    const types = qualifiedType.split("$");
    return { stack, project, qualifiedType, type: types[types.length - 1], name };
}
