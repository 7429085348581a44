/**
 * `pulumi up` from an empty state, offline: every resource created in registration order (the order the engine
 * creates them in, since a resource can only depend on resources registered before it), each provider's state
 * being what it reads back per the provider model. The result is the checkpoint the next preview runs against.
 */
import { offlineComputedOutput } from "../evaluate/offlineMocks";
import { PlannedResource } from "../evaluate/plannedResource";
import { resourceModel, ResourceModel } from "../providerModel/providerModel";
import { DeployedResource, DeployedState } from "./deployedState";
import { ReadBackContext, stateAfterWrite } from "./readBack";

/**
 * The state after the up of `resources`, as an update-mode evaluation of the program registered them (all values
 * known; ids the evaluator's). Types without a provider model keep what the evaluator returned as their state.
 */
export function simulateUp(resources: readonly PlannedResource[], context: ReadBackContext): DeployedState {
    const ids = new Map<string, string>();
    const state: DeployedResource[] = [];
    for (const resource of resources) {
        const id = resource.custom ? resource.id ?? `${resource.name}-offline-id` : undefined;
        if (id !== undefined) {
            ids.set(resource.urn, id);
        }
        const model = providerModelFor(resource);
        const outputs = model ? { ...computedOutputs(resource, model.outputs), ...stateAfterWrite(resource.inputs, model, context) } : { ...resource.outputs };
        if (id !== undefined) {
            outputs["id"] = id;
        }
        const providerId = resource.provider !== undefined ? ids.get(resource.provider) : undefined;
        state.push({
            urn: resource.urn,
            type: resource.type,
            custom: resource.custom,
            id,
            inputs: structuredClone(resource.inputs),
            outputs,
            secretPaths: [...resource.secretPaths],
            // Pulumi keeps a secret input secret in state too.
            outputSecretPaths: [...new Set([...(resource.outputSecretPaths ?? []), ...resource.secretPaths])],
            parent: resource.parent,
            dependencies: [...resource.dependencies],
            propertyDependencies: Object.fromEntries(Object.entries(resource.propertyDependencies).map(([key, urns]) => [key, [...urns]])),
            protect: resource.protect,
            provider: resource.provider !== undefined && providerId !== undefined ? `${resource.provider}::${providerId}` : undefined,
        });
    }
    return state;
}

/**
 * The model that decides a resource's state. A provider resource's state is its configuration as given (the engine
 * stores a provider's inputs as its outputs), so its model's defaults do not apply there.
 */
export function providerModelFor(resource: { readonly custom: boolean; readonly type: string }): ResourceModel | undefined {
    return resource.custom && !resource.type.startsWith("pulumi:providers:") ? resourceModel(resource.type) : undefined;
}

/** Provider-computed outputs (an ARN, a content hash): the evaluator's stand-in value, or a marked fake one. */
function computedOutputs(resource: PlannedResource, outputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
    return Object.fromEntries(
        Object.keys(outputs)
            .filter((name) => !name.includes("."))
            .map((name) => [name, resource.outputs[name] ?? offlineComputedOutput(resource.name, name)]),
    );
}
