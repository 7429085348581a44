/**
 * Stands between the program's registrations and the mocks where the engine and the provider would be: runs the
 * bridge's Check on every custom resource's inputs and, in preview, answers with the state a real preview plans
 * (unknown id and computed outputs, or the prior state's). The program's SDK then treats those values exactly as
 * under `pulumi preview`: an empty id resolves `id` as not known (`runtime/resource.js`: `resolveID(id, id !==
 * undefined)`), the sentinel deserializes to an unknown output (`runtime/rpc.js` `deserializeProperty`), and applies
 * on unknowns do not run during a dry run (`setMocks(..., preview = true)`).
 */
import { resourceModel } from "../providerModel/providerModel";
import { AutonamingMode, checkInputs, plannedPreviewState, PriorState } from "./bridgeCheck";
import { offlineComputedOutput } from "./offlineMocks";
import { UrnTranslator } from "./engineUrns";
import { monitorError, pulumiStruct } from "./pulumiInternals";
import type { RecordableMonitor } from "./registrationRecorder";
import { messageOf } from "../userError";

export type EvaluationMode = "preview" | "update";

type RegisterResource = RecordableMonitor["registerResource"];
type RegisterRequest = Parameters<RegisterResource>[0] & { setObject(value: unknown): void };
type RegisterResponse = { setId(value: string): void; setObject(value: unknown): void };

export interface EngineStandInOptions {
    readonly mode: EvaluationMode;
    readonly urns: UrnTranslator;
    readonly priorState: PriorState;
    /** `pulumi:autonaming` for a provider package (the type token's first segment). */
    readonly autonaming: (providerPackage: string) => AutonamingMode;
}

export function attachEngineStandIn(monitor: RecordableMonitor, options: EngineStandInOptions): void {
    const Struct = pulumiStruct();
    const registerResource: RegisterResource = monitor.registerResource.bind(monitor);
    monitor.registerResource = (request, callback) => {
        if (!request.getCustom()) {
            return registerResource(request, callback);
        }
        const type = request.getType();
        const urn = options.urns.register(request.getParent(), type, request.getName());
        const model = resourceModel(type);
        const prior = options.priorState.get(urn);
        let checked: Record<string, unknown>;
        try {
            checked = checkInputs({
                urn,
                name: request.getName(),
                inputs: request.getObject()?.toJavaScript() ?? {},
                model,
                prior,
                autonaming: options.autonaming(type.split(":")[0]),
            });
        } catch (failure) {
            callback(monitorError(messageOf(failure)), undefined);
            return undefined;
        }
        // The engine records and analyzes the checked inputs, not what the program sent.
        (request as RegisterRequest).setObject(Struct.fromJavaScript(checked as Parameters<typeof Struct.fromJavaScript>[0]));
        return registerResource(request, (error, response) => {
            if (!error && response && options.mode === "preview") {
                const planned = plannedPreviewState({ checkedInputs: checked, model, prior });
                const writable = response as unknown as RegisterResponse;
                writable.setId(planned.id);
                writable.setObject(Struct.fromJavaScript(planned.state as Parameters<typeof Struct.fromJavaScript>[0]));
            } else if (!error && response && model) {
                // An up creates each resource before its dependents read its outputs: they see what the provider
                // computed (the same stand-ins the simulated up stores), never an output missing from the mock.
                const state = response.getObject()?.toJavaScript() ?? {};
                for (const output of Object.keys(model.outputs).filter((name) => !name.includes("."))) {
                    if (state[output] === undefined) {
                        state[output] = offlineComputedOutput(request.getName(), output);
                    }
                }
                (response as unknown as RegisterResponse).setObject(Struct.fromJavaScript(state as Parameters<typeof Struct.fromJavaScript>[0]));
            }
            callback(error, response);
        });
    };
}
