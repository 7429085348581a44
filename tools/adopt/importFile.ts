/**
 * The bulk import file `pulumi import --file` reads, in the shape of pulumi/pulumi
 * `pkg/cmd/pulumi/operations/import.go` (`importFile`, `importSpec`): `resources` with `type`, `name` (unique in
 * the file, used for parent references and code generation), `logicalName` (the resource's real Pulumi name when
 * `name` had to differ), `id`, `parent` (the `name` of another entry, or of a `nameTable` entry), `provider` (a
 * `nameTable` entry), `component`; `nameTable` maps names to URNs already in the stack's state.
 *
 * Entries are the stack's own registrations: the adopted custom resources with their type tokens and logical
 * names, and their ComponentResource ancestors as empty components (`component: true`, engine 3.94+), so the
 * imported resources get exactly the URNs the program registers and `pulumi up` sees them as its own.
 */
import { PlannedResource } from "../evaluate/plannedResource";
import { engineUrn, ROOT_STACK_TYPE } from "./engineUrn";

export interface ImportSpec {
    readonly type: string;
    readonly name: string;
    readonly logicalName?: string;
    readonly id?: string;
    readonly parent?: string;
    readonly provider?: string;
    readonly component?: boolean;
}

export interface PulumiImportFile {
    readonly nameTable: Readonly<Record<string, string>>;
    readonly resources: readonly ImportSpec[];
}

export interface ImportInput {
    readonly stack: string;
    readonly project: string;
    /** Every registration of the program, in order. */
    readonly resources: readonly PlannedResource[];
    /** Custom resource URN (as registered) → the Genesys id to import. */
    readonly ids: ReadonlyMap<string, string>;
}

/** Last segment of a type token: `cognigy:handover:HandoverTrigger` → `HandoverTrigger`. */
function typeName(type: string): string {
    return type.slice(type.lastIndexOf(":") + 1);
}

export function buildImportFile(input: ImportInput): PulumiImportFile {
    const byUrn = new Map(input.resources.map((r) => [r.urn, r]));
    const adopted = input.resources.filter((r) => r.custom && input.ids.has(r.urn));

    // The adopted resources and every component between them and the stack, in registration order (parents first).
    const needed = new Set<string>();
    for (const resource of adopted) {
        needed.add(resource.urn);
        let parent = resource.parent !== undefined ? byUrn.get(resource.parent) : undefined;
        while (parent !== undefined && parent.type !== ROOT_STACK_TYPE) {
            needed.add(parent.urn);
            parent = parent.parent !== undefined ? byUrn.get(parent.parent) : undefined;
        }
    }
    const entries = input.resources.filter((r) => needed.has(r.urn));

    const nameTable: Record<string, string> = {};
    const providerKey = new Map<string, string>();
    for (const resource of entries) {
        const provider = resource.provider !== undefined ? byUrn.get(resource.provider) : undefined;
        if (provider !== undefined && !providerKey.has(provider.urn)) {
            // Explicit providers cannot be imported; they must already be in the stack's state (see docs/adopt.md).
            providerKey.set(provider.urn, provider.name);
            nameTable[provider.name] = engineUrn(provider, byUrn, input.stack, input.project);
        }
    }

    // Components often share their main child's logical name; file names must be unique, logical names need not.
    const counts = new Map<string, number>();
    for (const resource of entries) {
        counts.set(resource.name, (counts.get(resource.name) ?? 0) + 1);
    }
    const fileName = new Map<string, string>();
    const taken = new Set(Object.keys(nameTable));
    for (const resource of entries) {
        let name = (counts.get(resource.name) ?? 0) > 1 && !resource.custom ? `${resource.name}-${typeName(resource.type)}` : resource.name;
        for (let n = 2; taken.has(name); n++) {
            name = `${resource.name}-${typeName(resource.type)}-${n}`;
        }
        taken.add(name);
        fileName.set(resource.urn, name);
    }

    const resources = entries.map((resource): ImportSpec => {
        const name = fileName.get(resource.urn) ?? resource.name;
        const parent = resource.parent !== undefined ? fileName.get(resource.parent) : undefined;
        const provider = resource.provider !== undefined ? providerKey.get(resource.provider) : undefined;
        return {
            type: resource.type,
            name,
            ...(name !== resource.name ? { logicalName: resource.name } : {}),
            ...(resource.custom ? { id: input.ids.get(resource.urn) } : { component: true }),
            ...(parent !== undefined ? { parent } : {}),
            ...(resource.custom && provider !== undefined ? { provider } : {}),
        };
    });
    return { nameTable, resources };
}
