/**
 * What the stack's state tracks, for the doctor's "untracked objects" check: the Genesys id of each resource in
 * a `pulumi stack export` file, read with the plan's own reader (tools/plan/stackExport.ts).
 *
 * Why the state and not the org alone: after a failed `pulumi up` the org can hold an object the state has no
 * record of. Provider v1.84.1 gives a resource its id as soon as the POST succeeds and only then makes its last
 * calls (integration/resource_genesyscloud_integration.go:82-101, integration_credential/
 * resource_genesyscloud_integration_credential.go:104-106, integration_action/resource_genesyscloud_integration_action.go:178-187,
 * process_automation_trigger/resource_genesyscloud_processautomation_trigger.go:198-206), and the bridge the
 * dynamically bridged provider runs on returns no id when the create reports an error (pulumi-terraform-bridge
 * dynamic/main.go:63 runs pkg/pf/tfbridge; pkg/pf/tfbridge/provider_create.go:102-104, at commit 59de6c661).
 * Only the state can tell such a leftover from the object the stack manages.
 */
import type { DeployedState } from "../plan/deployedState";
import { parseUrn } from "../plan/deployedState";
import { readStackExport } from "../plan/stackExport";

export interface TrackedState {
    /** The export file, for messages. */
    readonly file: string;
    /** `type::logical name` → the id the state holds for it. */
    readonly idByResource: ReadonlyMap<string, string>;
    /** Every id of a custom resource in the state. */
    readonly ids: ReadonlySet<string>;
}

export function resourceKey(type: string, logicalName: string): string {
    return `${type}::${logicalName}`;
}

/** Pure: the ids a deployed state tracks. Resources are matched by type and logical name (URNs differ in parent types). */
export function trackedStateOf(state: DeployedState, file: string): TrackedState {
    const idByResource = new Map<string, string>();
    const ids = new Set<string>();
    for (const resource of state) {
        const name = parseUrn(resource.urn)?.name;
        if (!resource.custom || resource.id === undefined || name === undefined) {
            continue;
        }
        idByResource.set(resourceKey(resource.type, name), resource.id);
        ids.add(resource.id);
    }
    return { file, idByResource, ids };
}

/** Reads `file` (what `pulumi stack export --stack <stack> --file <file>` writes); problems are UserErrors naming the fix. */
export function readTrackedState(file: string, expected: { project: string; stack: string }): TrackedState {
    return trackedStateOf(readStackExport(file, expected), file);
}
