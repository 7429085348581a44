import { isRecord } from "@cognigy-handover/contract";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { renderWorkflowTemplate } from "../../components/webhook/workflowTemplate";
import { PlannedResource } from "../evaluate/plannedResource";
import { recordInput, stringInput } from "./stackResources";

/** The parts of an Archy workflow YAML the simulation executes. */

export interface WorkflowVariable {
    readonly name: string;
    /** `stringVariable` → `string`, `integerVariable` → `integer`, … */
    readonly type: string;
    readonly isInput: boolean;
    /** Literal initial value; undefined for `noValue: true` (NOT_SET). */
    readonly initialValue?: unknown;
}

/** An Architect value: a literal, an expression, or explicitly nothing. */
export type ArchitectValue = { readonly lit: unknown } | { readonly exp: string } | { readonly noValue: true };

/** The paths out of a Call Data Action; a path without actions goes on after the action. */
export type CallDataPath = "success" | "failure" | "timeout";

export interface CallDataStep {
    readonly kind: "callData";
    readonly name: string;
    readonly category: string;
    readonly dataAction: string;
    readonly inputs: Readonly<Record<string, ArchitectValue>>;
    /** The action's `timeout` literal in seconds; undefined when the action's own suggested timeout applies. */
    readonly timeoutSeconds?: number;
    /** Failure outputs bound to a variable (`failureOutputs: {status: {var: Flow.x}}`): output name → variable. */
    readonly failureOutputVariables: Readonly<Record<string, string>>;
    readonly outputs: Readonly<Partial<Record<CallDataPath, readonly WorkflowStep[]>>>;
}

/** Loop: runs its `loop` output `count` times, with the current index (from 0) in `indexVariable`. */
export interface LoopStep {
    readonly kind: "loop";
    readonly name: string;
    readonly indexVariable?: string;
    readonly count: number;
    readonly body: readonly WorkflowStep[];
}

export interface DecisionStep {
    readonly kind: "decision";
    readonly name: string;
    readonly condition: string;
    readonly yes: readonly WorkflowStep[];
    readonly no: readonly WorkflowStep[];
}

export interface WaitStep {
    readonly kind: "wait";
    readonly name: string;
    readonly seconds: number;
}

/** Next Loop (`loopNext`) and Exit Loop (`loopExit`). */
export interface LoopControlStep {
    readonly kind: "loopNext" | "loopExit";
    readonly name: string;
}

export interface EndWorkflowStep {
    readonly kind: "endWorkflow";
    readonly name: string;
    /** The literal exit reason, if any. */
    readonly exitReason?: string;
}

export interface OtherStep {
    readonly kind: "other";
    /** The Archy action key the simulation does not execute. */
    readonly action: string;
    readonly name: string;
}

export type WorkflowStep = CallDataStep | LoopStep | DecisionStep | WaitStep | LoopControlStep | EndWorkflowStep | OtherStep;

export interface WorkflowDefinition {
    readonly name: string;
    readonly variables: readonly WorkflowVariable[];
    /** Actions of the start-up state, in order. */
    readonly steps: readonly WorkflowStep[];
}

export class WorkflowDefinitionError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "WorkflowDefinitionError";
    }
}

/** Reads the Flow's `filepath` (relative to the project), applies its `substitutions`, parses the YAML. */
export function loadFlowDefinition(flow: PlannedResource, projectDir: string): WorkflowDefinition {
    const filepath = stringInput(flow, "filepath");
    if (filepath === undefined) {
        throw new WorkflowDefinitionError(`Flow '${flow.name}' has no filepath`);
    }
    const file = path.resolve(projectDir, filepath);
    let template: string;
    try {
        template = fs.readFileSync(file, "utf8");
    } catch (error) {
        throw new WorkflowDefinitionError(`Flow '${flow.name}': cannot read ${filepath} relative to ${projectDir}: ${(error as Error).message}`);
    }
    const substitutions = (recordInput(flow, "substitutions") ?? {}) as Record<string, string>;
    let rendered: string;
    try {
        rendered = renderWorkflowTemplate(template, substitutions);
    } catch (error) {
        throw new WorkflowDefinitionError(`Flow '${flow.name}': ${(error as Error).message}`);
    }
    return parseWorkflowYaml(rendered, flow.name);
}

export function parseWorkflowYaml(text: string, label: string): WorkflowDefinition {
    let document: unknown;
    try {
        document = parse(text);
    } catch (error) {
        throw new WorkflowDefinitionError(`Flow '${label}': YAML does not parse: ${(error as Error).message}`);
    }
    const workflow = isRecord(document) ? document.workflow : undefined;
    if (!isRecord(workflow)) {
        throw new WorkflowDefinitionError(`Flow '${label}': the YAML has no top-level 'workflow' (only Workflow flows can be trigger targets)`);
    }
    const name = typeof workflow.name === "string" ? workflow.name : label;
    return { name, variables: parseVariables(workflow.variables, name), steps: parseStartupSteps(workflow, name) };
}

function parseVariables(raw: unknown, flowName: string): WorkflowVariable[] {
    if (raw === undefined || raw === null) {
        return [];
    }
    if (!Array.isArray(raw)) {
        throw new WorkflowDefinitionError(`Workflow '${flowName}': variables must be a list`);
    }
    return raw.map((entry) => {
        const [kind] = isRecord(entry) ? Object.keys(entry) : [];
        const body = isRecord(entry) && kind !== undefined ? entry[kind] : undefined;
        if (kind === undefined || !isRecord(body) || typeof body.name !== "string") {
            throw new WorkflowDefinitionError(`Workflow '${flowName}': a variable has no name: ${JSON.stringify(entry)}`);
        }
        const initial = isRecord(body.initialValue) ? body.initialValue : undefined;
        return {
            name: body.name,
            type: kind.replace(/Variable$/, ""),
            isInput: body.isInput === true,
            initialValue: initial !== undefined && "lit" in initial ? initial.lit : undefined,
        };
    });
}

/** `startUpRef: "/workflow/states/state[Initial State_10]"` names the state by refId. */
function parseStartupSteps(workflow: Record<string, unknown>, flowName: string): WorkflowStep[] {
    const states = Array.isArray(workflow.states) ? workflow.states : [];
    const startRef = typeof workflow.startUpRef === "string" ? /state\[(.*)\]$/.exec(workflow.startUpRef)?.[1] : undefined;
    const bodies = states.map((entry) => (isRecord(entry) && isRecord(entry.state) ? entry.state : undefined));
    const start = bodies.find((state) => state !== undefined && (startRef === undefined || state.refId === startRef));
    if (start === undefined) {
        throw new WorkflowDefinitionError(`Workflow '${flowName}': start-up state ${startRef ?? "(none)"} not found`);
    }
    return parseSteps(start.actions, flowName);
}

function parseSteps(actions: unknown, flowName: string): WorkflowStep[] {
    return (Array.isArray(actions) ? actions : []).map((action) => parseStep(action, flowName));
}

/** `outputs: {<name>: {actions: [...]}}` → the steps of one output. */
function outputSteps(body: Record<string, unknown>, output: string, flowName: string): WorkflowStep[] | undefined {
    const outputs = isRecord(body.outputs) ? body.outputs : {};
    const chosen = outputs[output];
    return isRecord(chosen) ? parseSteps(chosen.actions, flowName) : undefined;
}

/** A duration literal (`lit: {minutes: 1}`, `lit: {seconds: 10}`) in seconds. */
function durationSeconds(value: unknown): number | undefined {
    const literal = isRecord(value) && isRecord(value.lit) ? value.lit : undefined;
    if (literal === undefined) {
        return undefined;
    }
    const part = (key: string): number => (typeof literal[key] === "number" ? (literal[key]) : 0);
    return part("hours") * 3600 + part("minutes") * 60 + part("seconds");
}

function parseStep(action: unknown, flowName: string): WorkflowStep {
    const [kind] = isRecord(action) ? Object.keys(action) : [];
    const body = isRecord(action) && kind !== undefined && isRecord(action[kind]) ? action[kind] : {};
    const name = typeof body.name === "string" ? body.name : kind ?? "(unnamed)";
    switch (kind) {
        case "callData":
            return parseCallData(body, name, flowName);
        case "loop": {
            const count = isRecord(body.loopCount) ? body.loopCount.lit : undefined;
            if (typeof count !== "number" || !Number.isInteger(count) || count < 0) {
                throw new WorkflowDefinitionError(`Workflow '${flowName}': Loop '${name}' needs a literal whole loopCount, got ${JSON.stringify(body.loopCount)}`);
            }
            const indexVariable = isRecord(body.currentIndex) && typeof body.currentIndex.var === "string" ? body.currentIndex.var : undefined;
            return { kind: "loop", name, indexVariable, count, body: outputSteps(body, "loop", flowName) ?? [] };
        }
        case "decision": {
            const condition = isRecord(body.condition) && typeof body.condition.exp === "string" ? body.condition.exp : undefined;
            if (condition === undefined) {
                throw new WorkflowDefinitionError(`Workflow '${flowName}': Decision '${name}' has no condition expression`);
            }
            return { kind: "decision", name, condition, yes: outputSteps(body, "yes", flowName) ?? [], no: outputSteps(body, "no", flowName) ?? [] };
        }
        case "wait": {
            const seconds = durationSeconds(body.duration);
            if (seconds === undefined) {
                throw new WorkflowDefinitionError(`Workflow '${flowName}': Wait '${name}' needs a literal duration`);
            }
            return { kind: "wait", name, seconds };
        }
        case "loopNext":
        case "loopExit":
            return { kind, name };
        case "endWorkflow": {
            const exitReason = isRecord(body.exitReason) && typeof body.exitReason.lit === "string" ? body.exitReason.lit : undefined;
            return { kind: "endWorkflow", name, exitReason };
        }
        default:
            return { kind: "other", action: kind ?? "(unknown)", name };
    }
}

function parseCallData(body: Record<string, unknown>, name: string, flowName: string): CallDataStep {
    // callData → category: {<category>: {dataAction: {<action name>: {inputs: {...}}}}}
    const category = isRecord(body.category) ? body.category : {};
    const [categoryName] = Object.keys(category);
    const dataActions = isRecord(category[categoryName]) ? category[categoryName].dataAction : undefined;
    const [actionName] = isRecord(dataActions) ? Object.keys(dataActions) : [];
    if (categoryName === undefined || actionName === undefined || !isRecord(dataActions)) {
        throw new WorkflowDefinitionError(`Workflow '${flowName}': Call Data Action '${name}' names no category/data action`);
    }
    const details = dataActions[actionName];
    const inputs = isRecord(details) && isRecord(details.inputs) ? details.inputs : {};
    const failureOutputs = isRecord(details) && isRecord(details.failureOutputs) ? details.failureOutputs : {};
    const failureOutputVariables = Object.fromEntries(
        Object.entries(failureOutputs).flatMap(([output, binding]) => (isRecord(binding) && typeof binding.var === "string" ? [[output, binding.var]] : [])),
    );
    const outputs: Partial<Record<CallDataPath, WorkflowStep[]>> = {};
    for (const path of ["success", "failure", "timeout"] as const) {
        const steps = outputSteps(body, path, flowName);
        if (steps !== undefined) {
            outputs[path] = steps;
        }
    }
    return {
        kind: "callData",
        name,
        category: categoryName,
        dataAction: actionName,
        inputs: Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, toArchitectValue(value, `${name}.${key}`, flowName)])),
        timeoutSeconds: durationSeconds(body.timeout),
        failureOutputVariables,
        outputs,
    };
}

function toArchitectValue(value: unknown, where: string, flowName: string): ArchitectValue {
    if (isRecord(value)) {
        if ("lit" in value) {
            return { lit: value.lit };
        }
        if (typeof value.exp === "string") {
            return { exp: value.exp };
        }
        if (value.noValue === true) {
            return { noValue: true };
        }
    }
    throw new WorkflowDefinitionError(`Workflow '${flowName}': input ${where} is neither lit, exp nor noValue: ${JSON.stringify(value)}`);
}
