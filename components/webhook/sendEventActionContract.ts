import { createHash } from "crypto";
import {
    canonicalJson,
    SEND_EVENT_ACTION_NAME,
    SEND_EVENT_INPUT_CONTRACT,
    SEND_EVENT_OUTPUT_CONTRACT,
} from "@cognigy-handover/contract";
import { genesysName } from "../names";

/**
 * The inputs of "Send Event to Cognigy" that Genesys cannot change in place: `contract_input`,
 * `contract_output` and `secure` are ForceNew in `genesyscloud_integration_action` (see
 * tools/providerModel/genesyscloud.json), so changing any of them replaces the action.
 */
export interface SendEventActionContract {
    readonly contractInput: string;
    readonly contractOutput: string;
    readonly secure: boolean;
}

/** What the stack sends, in the spelling the provider reads back (Go `json.Marshal`: sorted keys, compact). */
export const SEND_EVENT_ACTION_CONTRACT: SendEventActionContract = {
    contractInput: canonicalJson(SEND_EVENT_INPUT_CONTRACT),
    contractOutput: canonicalJson(SEND_EVENT_OUTPUT_CONTRACT),
    secure: false,
};

const FINGERPRINT_LENGTH = 7;

/** Short, stable digest of the replacement-forcing inputs: changes exactly when the action must be replaced. */
export function contractFingerprint(contract: SendEventActionContract): string {
    const digest = createHash("sha256")
        .update(canonicalJson({ contractInput: contract.contractInput, contractOutput: contract.contractOutput, secure: contract.secure }))
        .digest("hex");
    return digest.slice(0, FINGERPRINT_LENGTH);
}

/**
 * The action's display name: the guide's "Send Event to Cognigy", the contract fingerprint, the stack suffix.
 *
 * Pulumi replaces create-before-delete, and Architect resolves a workflow's action by category and name. With
 * the fingerprint in the name, a contract change creates the new action under a new name while the old one
 * still serves the published workflows; the workflows then republish against the new name (their YAML and
 * update hash change with it); the old action is deleted last. No two actions ever share category and name,
 * and no workflow is ever bound to an action about to be deleted (docs/contract-changes.md).
 */
export function sendEventActionName(nameSuffix: string, contract: SendEventActionContract = SEND_EVENT_ACTION_CONTRACT): string {
    return genesysName(`${SEND_EVENT_ACTION_NAME} [contract ${contractFingerprint(contract)}]`, nameSuffix);
}
