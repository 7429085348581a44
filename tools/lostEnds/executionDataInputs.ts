/**
 * The original inputs of a lost execution, read from its downloaded execution data, and the launch request that
 * sends them through the workflow again.
 *
 * Genesys documents neither the download's JSON nor how a launch names a workflow's inputs. Inferred: the download
 * is `{flow: {..., execution: [events]}}` where variable assignments appear as `{variableName, value}`
 * (public client code that renders it); the inputs may also appear as a map keyed by the variable name. Both
 * shapes are searched, anywhere in the document, for the workflow's input variables
 * (`WORKFLOW_INPUT_VARIABLES`, the ones the trigger fills). Launch `inputData` is keyed by the variable's
 * name with its `Flow.` prefix (our reading of Genesys' launch examples; unverified).
 */
import { WORKFLOW_INPUT_VARIABLES } from "@cognigy-handover/contract";
import { forEachObject } from "../jsonTree";

/** The variable that holds the customer's address: personal data, never printed. */
export const ADDRESS_VARIABLE = "Flow.addressTo";

export type WorkflowInputs = Readonly<Record<string, string>>;

function scalar(value: unknown): string | undefined {
    if (typeof value === "string") {
        return value;
    }
    return typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

/** The workflow's input variables found in the execution data (first occurrence wins: the start of the run). */
export function workflowInputsFromExecutionData(data: unknown): WorkflowInputs {
    const found: Record<string, string> = {};
    const wanted = new Set(WORKFLOW_INPUT_VARIABLES);
    forEachObject(data, (node) => {
        const name = node.variableName ?? node.name;
        const value = scalar(node.value);
        if (typeof name === "string" && wanted.has(name) && value !== undefined && !(name in found)) {
            found[name] = value;
        }
        for (const [key, inner] of Object.entries(node)) {
            const direct = scalar(inner);
            if (wanted.has(key) && direct !== undefined && !(key in found)) {
                found[key] = direct;
            }
        }
    });
    return found;
}

/** The launch's `inputData`: the original inputs under their variable names. */
export function launchInputData(inputs: WorkflowInputs): Record<string, string> {
    return Object.fromEntries(WORKFLOW_INPUT_VARIABLES.filter((name) => inputs[name] !== undefined).map((name) => [name, inputs[name]]));
}
