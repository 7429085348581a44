/** Hand-made registrations and deployed resources for the plan's pure pieces. */
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { DeployedResource } from "../../tools/plan/deployedState";

export const STACK = "dev";
export const PROJECT = "proj";

export function urnOf(type: string, name: string): string {
    return `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
}

export function registered(
    type: string,
    name: string,
    inputs: Record<string, unknown>,
    extra: Partial<PlannedResource> = {},
): PlannedResource {
    const resource: PlannedResource = {
        urn: urnOf(type, name),
        type,
        name,
        custom: true,
        inputs,
        outputs: { ...inputs },
        secretPaths: [],
        dependencies: [],
        propertyDependencies: {},
        protect: false,
        ...extra,
    };
    return resource;
}

export function deployed(resource: PlannedResource, outputs: Record<string, unknown>, extra: Partial<DeployedResource> = {}): DeployedResource {
    return {
        urn: resource.urn,
        type: resource.type,
        custom: resource.custom,
        id: `${resource.name}-id`,
        inputs: resource.inputs,
        outputs: { id: `${resource.name}-id`, ...outputs },
        secretPaths: resource.secretPaths,
        outputSecretPaths: resource.secretPaths,
        parent: resource.parent,
        dependencies: resource.dependencies,
        propertyDependencies: resource.propertyDependencies,
        protect: resource.protect,
        ...extra,
    };
}
