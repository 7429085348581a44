/**
 * A deployed state in the form the evaluator previews against: per custom resource, its id, inputs and outputs as
 * the engine would hand them over the wire (secrets wrapped in the engine's secret signature).
 */
import { DeployedState, isEncryptedSecret } from "./deployedState";
import { WIRE_SIGNATURES } from "../evaluate/pulumiInternals";
import { propertyPath } from "../evaluate/wireValues";
import { isRecord } from "@cognigy-handover/contract";
import { SECRET_MASK } from "../maskSecrets";

import type { PriorResourceState, PriorState } from "../evaluate/evaluateProgram";

/** A checkpoint marks secrets with the same signature as the wire format (`sig.Secret` in pulumi/pulumi). */
const SIGNATURE_KEY = WIRE_SIGNATURES.key;
const SECRET_SIGNATURE = WIRE_SIGNATURES.secret;

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

function toWire(values: Readonly<Record<string, unknown>>, secretPaths: readonly string[]): Record<string, unknown> {
    const secrets = new Set(secretPaths);
    const encode = (value: unknown, path: string): unknown => {
        if (secrets.has(path) || isEncryptedSecret(value)) {
            // An encrypted secret reaches the program as a secret it cannot read, never as its ciphertext.
            return { [SIGNATURE_KEY]: SECRET_SIGNATURE, value: isEncryptedSecret(value) ? SECRET_MASK : value };
        }
        if (Array.isArray(value)) {
            return value.map((item, index) => encode(item, propertyPath(path, index)));
        }
        if (isRecord(value)) {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner, propertyPath(path, key))]));
        }
        return value;
    };
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, encode(value, key)]));
}
