import { isRecord } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";

export function ofType(resources: readonly PlannedResource[], type: string): PlannedResource[] {
    return resources.filter((resource) => resource.type === type && resource.custom);
}

export function stringInput(resource: PlannedResource, key: string): string | undefined {
    const value = resource.inputs[key];
    return typeof value === "string" ? value : undefined;
}

export function recordInput(resource: PlannedResource, key: string): Record<string, unknown> | undefined {
    const value = resource.inputs[key];
    return isRecord(value) ? value : undefined;
}

/** The name Genesys or AWS shows (`name`, or an integration's `config.name`), else the Pulumi logical name. */
export function displayName(resource: PlannedResource): string {
    const configName = recordInput(resource, "config")?.name;
    return stringInput(resource, "name") ?? (typeof configName === "string" ? configName : resource.name);
}

/** The ids another resource may hold to point at this one: its id and its `id`/`arn`/`name` outputs. */
function referenceValues(resource: PlannedResource, outputKeys: readonly string[]): unknown[] {
    const values: unknown[] = [];
    if (resource.id !== undefined) {
        values.push(resource.id);
    }
    for (const key of outputKeys) {
        const value = resource.outputs[key];
        if (value !== undefined && value !== "") {
            values.push(value);
        }
    }
    return values;
}

/**
 * The candidates `from` points at through input `property`: by Pulumi's record of where the value came from
 * (propertyDependencies, which survives mocks that leave ids unknown), or by the value equalling the
 * candidate's id / chosen outputs.
 */
export function linkedResources(
    from: PlannedResource,
    property: string,
    value: unknown,
    candidates: readonly PlannedResource[],
    outputKeys: readonly string[] = ["id"],
): PlannedResource[] {
    const dependencyUrns = from.propertyDependencies[property] ?? [];
    return candidates.filter(
        (candidate) =>
            dependencyUrns.includes(candidate.urn) ||
            (value !== undefined && referenceValues(candidate, outputKeys).some((reference) => reference === value)),
    );
}
