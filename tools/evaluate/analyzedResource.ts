/**
 * Planned resources in the form the engine hands a policy analyzer (AnalyzedResource): checked inputs for `Analyze`,
 * outputs for `AnalyzeStack`, secrets wrapped in their wire signature.
 */
import type { AnalyzedResource } from "../../policy/analyzerClient/analyzedResource";
import { PlannedResource } from "./plannedResource";
import { WIRE_SIGNATURES } from "./pulumiInternals";

/** `fields`, `config.credentials`, `list[0].token` (the notation of `secretPaths`) as path segments. */
function segmentsOf(path: string): (string | number)[] {
    const segments: (string | number)[] = [];
    for (const part of path.split(".")) {
        const match = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
        if (match === null) {
            segments.push(part);
            continue;
        }
        if (match[1] !== "") {
            segments.push(match[1]);
        }
        for (const index of match[2].matchAll(/\[(\d+)\]/g)) {
            segments.push(Number(index[1]));
        }
    }
    return segments;
}

/** The values at `secretPaths` wrapped as the engine sends secrets (`KeepSecrets: true`). Never mutates `values`. */
export function withSecretsWrapped(values: Readonly<Record<string, unknown>>, secretPaths: readonly string[]): Record<string, unknown> {
    const copy = structuredClone({ ...values }) as Record<string, unknown>;
    // Deepest first, so a secret inside a secret object is wrapped before its container.
    const paths = [...secretPaths].sort((a, b) => segmentsOf(b).length - segmentsOf(a).length);
    for (const path of paths) {
        const segments = segmentsOf(path);
        let container: unknown = copy;
        for (const segment of segments.slice(0, -1)) {
            container = typeof container === "object" && container !== null ? (container as Record<string | number, unknown>)[segment] : undefined;
        }
        const leaf = segments[segments.length - 1];
        if (typeof container === "object" && container !== null && leaf !== undefined && (container as Record<string | number, unknown>)[leaf] !== undefined) {
            const target = container as Record<string | number, unknown>;
            target[leaf] = { [WIRE_SIGNATURES.key]: WIRE_SIGNATURES.secret, value: target[leaf] };
        }
    }
    return copy;
}

function providerOf(resource: PlannedResource, byUrn: ReadonlyMap<string, PlannedResource>): AnalyzedResource["provider"] {
    const provider = resource.provider !== undefined ? byUrn.get(resource.provider) : undefined;
    return (
        provider && { urn: provider.urn, type: provider.type, name: provider.name, properties: withSecretsWrapped(provider.inputs, provider.secretPaths) }
    );
}

/** What `Analyze` sees (checked inputs) and what `AnalyzeStack` sees (outputs) for each planned resource. */
export function analyzedResources(resources: readonly PlannedResource[]): { inputs: AnalyzedResource[]; outputs: AnalyzedResource[] } {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const common = (resource: PlannedResource) => ({
        urn: resource.urn,
        type: resource.type,
        name: resource.name,
        options: {
            protect: resource.protect,
            ...(resource.parent !== undefined ? { parent: resource.parent } : {}),
            ...(resource.deleteBeforeReplace !== undefined ? { deleteBeforeReplace: resource.deleteBeforeReplace } : {}),
            ...(resource.ignoreChanges !== undefined ? { ignoreChanges: resource.ignoreChanges } : {}),
        },
        ...(resource.provider !== undefined && byUrn.has(resource.provider) ? { provider: providerOf(resource, byUrn) } : {}),
        ...(resource.parent !== undefined ? { parent: resource.parent } : {}),
        dependencies: resource.dependencies,
        propertyDependencies: resource.propertyDependencies,
    });
    return {
        inputs: resources.map((r) => ({ ...common(r), properties: withSecretsWrapped(r.inputs, r.secretPaths) })),
        outputs: resources.map((r) => ({ ...common(r), properties: withSecretsWrapped(r.outputs, r.outputSecretPaths ?? []) })),
    };
}
