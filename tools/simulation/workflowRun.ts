import { CallDataStep, WorkflowDefinition, WorkflowVariable } from "./workflowDefinition";
import { WorkflowInputs } from "./topLevelPrimitives";

/**
 * Runs the start-up state of a workflow far enough to see what each Call Data Action sends.
 *
 * Decision on unset values: a variable that is NOT_SET (no input arrived, no initial value) is handed to the
 * data action as null, and the data actions service drops null inputs before the input-contract check
 * (Genesys change BPIVR-3004, 2024-03-15, "Data Actions will ignore null input values"). So the input is absent:
 * `${input.rawRequest}` has no such key. That is how the acw workflow sends Cognigy an empty `disconnectType`.
 */

export interface CallDataInvocation {
    readonly step: CallDataStep;
    /** Inputs that have a value (NOT_SET ones are dropped, see above). */
    readonly inputs: Readonly<Record<string, unknown>>;
    /** Inputs that evaluated to NOT_SET. */
    readonly unset: readonly string[];
}

export interface WorkflowRunResult {
    readonly invocations: readonly CallDataInvocation[];
    /** Seams that break at runtime (or at publish), each naming the workflow, action and variable. */
    readonly failures: readonly string[];
    readonly notes: readonly string[];
}

/** Marks NOT_SET so it cannot be confused with an empty string. */
const NOT_SET: unique symbol = Symbol("NOT_SET");
/** A value, or NOT_SET (`unknown` includes it; the name says to expect it). */
type Evaluated = unknown;

const STRING_LITERAL = /^"((?:[^"\\]|\\.)*)"$/;
const VARIABLE_REFERENCE = /^Flow\.[A-Za-z_][A-Za-z0-9_.]*$/;

export function runWorkflow(workflow: WorkflowDefinition, inputs: WorkflowInputs): WorkflowRunResult {
    const variables = new Map(workflow.variables.map((variable) => [variable.name, variable]));
    const invocations: CallDataInvocation[] = [];
    const failures: string[] = [];
    const notes: string[] = [];
    for (const step of workflow.steps) {
        if (step.kind === "other") {
            if (step.action === "endWorkflow") {
                break;
            }
            notes.push(`action '${step.name}' (${step.action}) is not simulated`);
            continue;
        }
        const values: Record<string, unknown> = {};
        const unset: string[] = [];
        for (const [inputName, value] of Object.entries(step.inputs)) {
            const where = `workflow '${workflow.name}', Call Data Action '${step.name}', input '${inputName}'`;
            let evaluated: Evaluated;
            if ("lit" in value) {
                evaluated = value.lit;
            } else if ("noValue" in value) {
                evaluated = NOT_SET;
            } else {
                const result = evaluateExpression(value.exp, variables, inputs, where);
                if (typeof result === "object" && result !== null && "failure" in result) {
                    failures.push(result.failure);
                    continue;
                }
                evaluated = result.value;
            }
            if (evaluated === NOT_SET || evaluated === null) {
                unset.push(inputName);
            } else {
                values[inputName] = evaluated;
            }
        }
        invocations.push({ step, inputs: values, unset });
    }
    return { invocations, failures, notes };
}

function evaluateExpression(
    expression: string,
    variables: ReadonlyMap<string, WorkflowVariable>,
    inputs: WorkflowInputs,
    where: string,
): { value: Evaluated } | { failure: string } {
    const text = expression.trim();
    const literal = STRING_LITERAL.exec(text);
    if (literal !== null) {
        return { value: JSON.parse(text) as string };
    }
    if (!VARIABLE_REFERENCE.test(text)) {
        return { failure: `${where}: expression '${text}' is not supported by the simulation (only Flow.<variable> and "string" literals)` };
    }
    const variable = variables.get(text);
    if (variable === undefined) {
        return { failure: `${where} reads ${text}, which the workflow does not declare; Architect will not publish it` };
    }
    if (!variable.isInput && variable.initialValue === undefined) {
        return {
            failure:
                `${where} reads ${text}, which is not marked isInput: true, so the trigger's ` +
                `'${text.slice("Flow.".length)}' never reaches it and the action always gets NOT_SET`,
        };
    }
    if (inputs.values.has(text)) {
        return { value: inputs.values.get(text) };
    }
    return { value: variable.initialValue ?? NOT_SET };
}
