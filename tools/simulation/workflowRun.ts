import { CallDataPath, CallDataStep, WorkflowDefinition, WorkflowStep, WorkflowVariable } from "./workflowDefinition";
import { WorkflowInputs } from "./topLevelPrimitives";

/**
 * Runs the start-up state of a workflow: its Call Data Actions (through a hook that performs the request and says
 * which path the action takes), Loops, Decisions, Waits, Next Loop / Exit Loop and End Workflow. Time is simulated:
 * a Wait or a timed-out call adds to `simulatedSeconds`, nothing really waits.
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

/** What performing a Call Data Action led to: the path Architect takes, and the simulated time it took. */
export interface CallDataResult {
    readonly path: CallDataPath;
    readonly seconds: number;
    /** On the Failure path: the failure output `status` (the error's HTTP status as Genesys reports it), if any. */
    readonly failureStatus?: number;
}

export interface WorkflowRunHooks {
    callData(invocation: CallDataInvocation): Promise<CallDataResult>;
}

export interface WorkflowRunResult {
    readonly invocations: readonly CallDataInvocation[];
    /** Seams that break at runtime (or at publish), each naming the workflow, action and variable. */
    readonly failures: readonly string[];
    readonly notes: readonly string[];
    /** The exit reason of the End Workflow that ended the run, if it had a literal one. */
    readonly exitReason?: string;
    readonly simulatedSeconds: number;
}

/** Every call succeeds at once: enough to see what each Call Data Action sends. */
const ALWAYS_SUCCEEDS: WorkflowRunHooks = { callData: () => Promise.resolve({ path: "success", seconds: 0 }) };

/** Marks NOT_SET so it cannot be confused with an empty string. */
const NOT_SET: unique symbol = Symbol("NOT_SET");
/** A value, or NOT_SET (`unknown` includes it; the name says to expect it). */
type Evaluated = unknown;

const STRING_LITERAL = /^"((?:[^"\\]|\\.)*)"$/;
const VARIABLE_REFERENCE = /^Flow\.[A-Za-z_][A-Za-z0-9_.]*$/;
/** `Flow.x > 0`: the comparisons of an integer variable with a whole number the simulation evaluates. */
const INTEGER_COMPARISON = /^(Flow\.[A-Za-z_][A-Za-z0-9_.]*)\s*(==|!=|>=|<=|>|<)\s*(-?\d+)$/;
/** `IsSet(Flow.x)`: Architect's test for NOT_SET. */
const IS_SET = /^IsSet\((Flow\.[A-Za-z_][A-Za-z0-9_.]*)\)$/;
/** Architect's `and` operator between conditions (its keywords are case-insensitive). */
const AND = /\s+and\s+/i;

/** Where a block of actions ended: ran through, a Next Loop / Exit Loop, or the workflow ended. */
type Control = "through" | "loopNext" | "loopExit" | "end";

class Run {
    readonly invocations: CallDataInvocation[] = [];
    readonly failures: string[] = [];
    readonly notes: string[] = [];
    exitReason?: string;
    simulatedSeconds = 0;
    /** Values the workflow assigned (a Loop's current index). */
    private readonly assigned = new Map<string, unknown>();
    private readonly variables: ReadonlyMap<string, WorkflowVariable>;

    constructor(
        private readonly workflow: WorkflowDefinition,
        private readonly inputs: WorkflowInputs,
        private readonly hooks: WorkflowRunHooks,
    ) {
        this.variables = new Map(workflow.variables.map((variable) => [variable.name, variable]));
    }

    async steps(steps: readonly WorkflowStep[], inLoop: boolean): Promise<Control> {
        for (const step of steps) {
            const control = await this.step(step, inLoop);
            if (control !== "through") {
                return control;
            }
        }
        return "through";
    }

    private async step(step: WorkflowStep, inLoop: boolean): Promise<Control> {
        switch (step.kind) {
            case "endWorkflow":
                this.exitReason = step.exitReason;
                return "end";
            case "other":
                this.notes.push(`action '${step.name}' (${step.action}) is not simulated`);
                return "through";
            case "wait":
                this.simulatedSeconds += step.seconds;
                return "through";
            case "loopNext":
            case "loopExit":
                if (!inLoop) {
                    this.failures.push(`workflow '${this.workflow.name}': '${step.name}' (${step.kind}) is outside a Loop; Architect will not publish it`);
                    return "end";
                }
                return step.kind;
            case "decision": {
                const condition = this.condition(step.condition, `workflow '${this.workflow.name}', Decision '${step.name}'`);
                if (condition === undefined) {
                    return "end";
                }
                return this.steps(condition ? step.yes : step.no, inLoop);
            }
            case "loop":
                for (let index = 0; index < step.count; index++) {
                    if (step.indexVariable !== undefined) {
                        this.assigned.set(step.indexVariable, index);
                    }
                    const control = await this.steps(step.body, true);
                    if (control === "end") {
                        return "end";
                    }
                    if (control === "loopExit") {
                        break;
                    }
                }
                return "through";
            case "callData": {
                const invocation = this.invocation(step);
                this.invocations.push(invocation);
                const result = await this.hooks.callData(invocation);
                this.simulatedSeconds += result.seconds;
                if (result.path === "failure") {
                    this.assignFailureOutputs(step, result);
                }
                const next = step.outputs[result.path];
                return next === undefined ? "through" : this.steps(next, inLoop);
            }
        }
    }

    private invocation(step: CallDataStep): CallDataInvocation {
        const values: Record<string, unknown> = {};
        const unset: string[] = [];
        for (const [inputName, value] of Object.entries(step.inputs)) {
            const where = `workflow '${this.workflow.name}', Call Data Action '${step.name}', input '${inputName}'`;
            let evaluated: Evaluated;
            if ("lit" in value) {
                evaluated = value.lit;
            } else if ("noValue" in value) {
                evaluated = NOT_SET;
            } else {
                const result = this.expression(value.exp, where);
                if ("failure" in result) {
                    this.failures.push(result.failure);
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
        return { step, inputs: values, unset };
    }

    /**
     * A failure output bound to a variable gets the failure's value; `status` is the only one the simulation knows.
     * An output without a value leaves the variable as it was [inferred: Architect documents no reset].
     */
    private assignFailureOutputs(step: CallDataStep, result: CallDataResult): void {
        for (const [output, variable] of Object.entries(step.failureOutputVariables)) {
            const declared = this.variables.get(variable);
            if (declared === undefined) {
                this.failures.push(`workflow '${this.workflow.name}', Call Data Action '${step.name}': failure output '${output}' is bound to ${variable}, which the workflow does not declare; Architect will not publish it`);
                continue;
            }
            if (output === "status" && declared.type !== "integer") {
                this.failures.push(`workflow '${this.workflow.name}', Call Data Action '${step.name}': failure output 'status' is an integer, but ${variable} is a ${declared.type} variable; Architect will not publish it`);
                continue;
            }
            if (output === "status" && result.failureStatus !== undefined) {
                this.assigned.set(variable, result.failureStatus);
            }
        }
    }

    /** A condition: clauses joined by `and`, each `IsSet(Flow.x)` or an integer comparison. */
    private condition(expression: string, where: string): boolean | undefined {
        let result = true;
        for (const clause of expression.trim().split(AND)) {
            const value = this.clause(clause.trim(), expression, where);
            if (value === undefined) {
                return undefined;
            }
            result &&= value;
        }
        return result;
    }

    private clause(clause: string, expression: string, where: string): boolean | undefined {
        const isSet = IS_SET.exec(clause);
        if (isSet !== null) {
            const declared = this.variables.get(isSet[1]);
            if (declared !== undefined && !declared.isInput && declared.initialValue === undefined && !this.assigned.has(isSet[1])) {
                // Nothing assigned it yet (e.g. a failure output no failure has filled): NOT_SET, not a seam problem.
                return false;
            }
            const read = this.expression(isSet[1], where);
            if ("failure" in read) {
                this.failures.push(read.failure);
                return undefined;
            }
            return read.value !== NOT_SET && read.value !== null && read.value !== undefined;
        }
        const comparison = INTEGER_COMPARISON.exec(clause);
        if (comparison === null) {
            this.failures.push(
                `${where}: condition '${expression}' is not supported by the simulation (only IsSet(Flow.<variable>) and Flow.<integer variable> compared with a whole number, joined by 'and')`,
            );
            return undefined;
        }
        const [, variable, operator, numberText] = comparison;
        const read = this.expression(variable, where);
        if ("failure" in read) {
            this.failures.push(read.failure);
            return undefined;
        }
        if (typeof read.value !== "number") {
            // Architect evaluates a comparison with NOT_SET as false (inferred: IsSet exists to guard it).
            return false;
        }
        const right = Number(numberText);
        const left = read.value;
        switch (operator) {
            case "==":
                return left === right;
            case "!=":
                return left !== right;
            case ">=":
                return left >= right;
            case "<=":
                return left <= right;
            case ">":
                return left > right;
            default:
                return left < right;
        }
    }

    private expression(expression: string, where: string): { value: Evaluated } | { failure: string } {
        const text = expression.trim();
        if (STRING_LITERAL.exec(text) !== null) {
            return { value: JSON.parse(text) as string };
        }
        if (!VARIABLE_REFERENCE.test(text)) {
            return { failure: `${where}: expression '${text}' is not supported by the simulation (only Flow.<variable> and "string" literals)` };
        }
        const variable = this.variables.get(text);
        if (variable === undefined) {
            return { failure: `${where} reads ${text}, which the workflow does not declare; Architect will not publish it` };
        }
        if (this.assigned.has(text)) {
            return { value: this.assigned.get(text) };
        }
        if (!variable.isInput && variable.initialValue === undefined) {
            return {
                failure:
                    `${where} reads ${text}, which is not marked isInput: true, so the trigger's ` +
                    `'${text.slice("Flow.".length)}' never reaches it and the action always gets NOT_SET`,
            };
        }
        if (this.inputs.values.has(text)) {
            return { value: this.inputs.values.get(text) };
        }
        return { value: variable.initialValue ?? NOT_SET };
    }
}

export async function runWorkflow(workflow: WorkflowDefinition, inputs: WorkflowInputs, hooks: WorkflowRunHooks = ALWAYS_SUCCEEDS): Promise<WorkflowRunResult> {
    const run = new Run(workflow, inputs, hooks);
    await run.steps(workflow.steps, false);
    return {
        invocations: run.invocations,
        // A retried action repeats the same seam problem on every attempt: report it once.
        failures: [...new Set(run.failures)],
        notes: [...new Set(run.notes)],
        exitReason: run.exitReason,
        simulatedSeconds: run.simulatedSeconds,
    };
}
