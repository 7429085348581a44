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

export interface CallDataStep {
    readonly kind: "callData";
    readonly name: string;
    readonly category: string;
    readonly dataAction: string;
    readonly inputs: Readonly<Record<string, ArchitectValue>>;
}

export interface OtherStep {
    readonly kind: "other";
    /** The Archy action key, e.g. `endWorkflow`. */
    readonly action: string;
    readonly name: string;
}

export type WorkflowStep = CallDataStep | OtherStep;

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
    const actions = Array.isArray(start.actions) ? start.actions : [];
    return actions.map((action) => parseStep(action, flowName));
}

function parseStep(action: unknown, flowName: string): WorkflowStep {
    const [kind] = isRecord(action) ? Object.keys(action) : [];
    const body = isRecord(action) && kind !== undefined ? action[kind] : undefined;
    const name = isRecord(body) && typeof body.name === "string" ? body.name : kind ?? "(unnamed)";
    if (kind !== "callData") {
        return { kind: "other", action: kind ?? "(unknown)", name };
    }
    // callData → category: {<category>: {dataAction: {<action name>: {inputs: {...}}}}}
    const category = isRecord(body) && isRecord(body.category) ? body.category : {};
    const [categoryName] = Object.keys(category);
    const dataActions = isRecord(category[categoryName]) ? category[categoryName].dataAction : undefined;
    const [actionName] = isRecord(dataActions) ? Object.keys(dataActions) : [];
    if (categoryName === undefined || actionName === undefined || !isRecord(dataActions)) {
        throw new WorkflowDefinitionError(`Workflow '${flowName}': Call Data Action '${name}' names no category/data action`);
    }
    const details = dataActions[actionName];
    const inputs = isRecord(details) && isRecord(details.inputs) ? details.inputs : {};
    return {
        kind: "callData",
        name,
        category: categoryName,
        dataAction: actionName,
        inputs: Object.fromEntries(Object.entries(inputs).map(([key, value]) => [key, toArchitectValue(value, `${name}.${key}`, flowName)])),
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
