import { PlannedResource } from "../evaluate/plannedResource";

export const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/**
 * The URN the Pulumi engine gives a resource. The offline evaluator's mock monitor puts the root stack's type
 * into the parent chain (`pulumi:pulumi:Stack$pulumi:providers:genesyscloud`); the engine leaves it out
 * (pulumi/pulumi `pkg/resource/deploy/deployment.go`, `generateURN`: "don't use the root stack type"), and an
 * import file must name what the engine will find in state.
 */
export function engineUrn(resource: PlannedResource, byUrn: ReadonlyMap<string, PlannedResource>, stack: string, project: string): string {
    const types: string[] = [resource.type];
    let parent = resource.parent !== undefined ? byUrn.get(resource.parent) : undefined;
    while (parent !== undefined && parent.type !== ROOT_STACK_TYPE) {
        types.unshift(parent.type);
        parent = parent.parent !== undefined ? byUrn.get(parent.parent) : undefined;
    }
    return `urn:pulumi:${stack}::${project}::${types.join("$")}::${resource.name}`;
}
