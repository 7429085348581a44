import { isRecord, RESOURCE_TYPES } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";
import { ofType } from "./stackResources";


function valueAt(root: unknown, dottedPath: string): unknown {
    return dottedPath.split(".").reduce<unknown>((current, key) => (isRecord(current) ? current[key] : undefined), root);
}

function leafStrings(value: unknown): string[] {
    if (typeof value === "string") {
        return [value];
    }
    if (Array.isArray(value)) {
        return value.flatMap(leafStrings);
    }
    return isRecord(value) ? Object.values(value).flatMap(leafStrings) : [];
}

/** Everything registered as a Pulumi secret, plus the API key of EventBridge connections (secret by nature). */
export function secretValues(resources: readonly PlannedResource[]): string[] {
    const values = new Set<string>();
    for (const resource of resources) {
        for (const secretPath of resource.secretPaths) {
            leafStrings(valueAt(resource.inputs, secretPath)).forEach((value) => values.add(value));
        }
    }
    for (const connection of ofType(resources, RESOURCE_TYPES.connection)) {
        leafStrings(valueAt(connection.inputs, "authParameters.apiKey.value")).forEach((value) => values.add(value));
    }
    // Very short strings would mask unrelated text; nobody's secret is that short.
    return [...values].filter((value) => value.length >= 4).sort((a, b) => b.length - a.length);
}
