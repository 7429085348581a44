import { PlannedResource } from "../evaluate/plannedResource";
import { formatValue } from "./formatValue";
import { maskSecretPaths } from "../maskSecrets";

/**
 * The resources as a tree by parent: type and name, then each input on its own line (secrets masked) and what the
 * resource depends on, by name. Resources whose parent was not registered are shown at the top level.
 */
export function printTree(resources: readonly PlannedResource[]): string {
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const children = new Map<string | undefined, PlannedResource[]>();
    for (const resource of resources) {
        const parent = resource.parent !== undefined && byUrn.has(resource.parent) ? resource.parent : undefined;
        children.set(parent, [...(children.get(parent) ?? []), resource]);
    }
    const lines: string[] = [];
    const visit = (resource: PlannedResource, prefix: string, isLast: boolean, isRoot: boolean): void => {
        const branch = isRoot ? "" : isLast ? "└─ " : "├─ ";
        const protectedMark = resource.protect ? "  [protected]" : "";
        lines.push(`${prefix}${branch}${resource.type}  ${resource.name}${protectedMark}`);
        const inner = isRoot ? prefix : prefix + (isLast ? "   " : "│  ");
        const kids = children.get(resource.urn) ?? [];
        const detailPrefix = inner + (kids.length > 0 ? "│    " : "     ");
        for (const line of detailLines(resource, byUrn)) {
            lines.push(detailPrefix + line);
        }
        kids.forEach((kid, index) => visit(kid, inner, index === kids.length - 1, false));
    };
    for (const root of children.get(undefined) ?? []) {
        visit(root, "", true, true);
    }
    return lines.join("\n");
}

function detailLines(resource: PlannedResource, byUrn: ReadonlyMap<string, PlannedResource>): string[] {
    const masked = maskSecretPaths(resource.inputs, resource.secretPaths);
    const lines = flatten(masked, "", 0).map(([key, value]) => `${key}: ${formatValue(value)}`);
    const dependencies = [...new Set(resource.dependencies)].map((urn) => byUrn.get(urn)?.name ?? urn);
    if (dependencies.length > 0) {
        lines.push(`depends on: ${dependencies.join(", ")}`);
    }
    return lines;
}

/** Nested objects (configRequest, target, substitutions) become one line per leaf, so URLs and ids stay readable. */
const MAX_FLATTEN_DEPTH = 3;

function flatten(values: Readonly<Record<string, unknown>>, prefix: string, depth: number): Array<[string, unknown]> {
    const lines: Array<[string, unknown]> = [];
    for (const key of Object.keys(values).sort()) {
        const value = values[key];
        const name = prefix === "" ? key : `${prefix}.${key}`;
        if (value === undefined || value === null) {
            continue;
        }
        if (typeof value === "object" && !Array.isArray(value) && depth < MAX_FLATTEN_DEPTH && Object.keys(value).length > 0) {
            lines.push(...flatten(value as Record<string, unknown>, name, depth + 1));
        } else {
            lines.push([name, value]);
        }
    }
    return lines;
}
