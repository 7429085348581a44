/**
 * A deployed state in the form the evaluator previews against: per custom resource, its id, inputs and outputs as
 * the engine would hand them over the wire (secrets wrapped in the engine's secret signature).
 */
import { DeployedState, isEncryptedSecret } from "./deployedState";
import { wrapSecrets } from "./stackExport";
import { SECRET_MASK } from "../maskSecrets";

import type { PriorResourceState, PriorState } from "../evaluate/evaluateProgram";

/** Custom resources of `state` except `withheld` ones (resources the preview replaces: no prior for the engine). */
export function toPriorState(state: DeployedState, withheld: ReadonlySet<string> = new Set()): PriorState {
    const prior = new Map<string, PriorResourceState>();
    for (const resource of state) {
        if (resource.custom && resource.id !== undefined && !withheld.has(resource.urn)) {
            prior.set(resource.urn, {
                id: resource.id,
                inputs: toWire(resource.inputs, resource.secretPaths),
                outputs: toWire(resource.outputs, resource.outputSecretPaths),
            });
        }
    }
    return prior;
}

/** An encrypted secret reaches the program as a secret it cannot read, never as its ciphertext. */
function toWire(values: Readonly<Record<string, unknown>>, secretPaths: readonly string[]): Record<string, unknown> {
    return wrapSecrets(values, secretPaths, (value) => ({ value: isEncryptedSecret(value) ? SECRET_MASK : value }), isEncryptedSecret);
}
