/**
 * What `pulumi refresh` cannot see about a managed workflow: whether it is locked in Architect, and whether its
 * published content is still what the stack renders. The provider's read fills only `name` and `type`
 * (provider v1.84.1 architect_flow/resource_genesyscloud_flow.go:84-85), and Genesys' CX-as-Code FAQ says no tool
 * compares flow content today.
 *
 * Content: the doctor reads the published version's configuration (`GET /api/v2/flows/{flowId}/versions/{versionId}/configuration`,
 * ArchitectApi.getFlowVersionConfiguration in purecloud-platform-client-v2 262) rather than an Architect export job:
 * it is one read-only call that `architect:flow:view` covers, while an export job is a POST
 * (`architect:jobExport:create`) the read-only client does not hold. The configuration is Architect's own JSON,
 * not Archy YAML, and Genesys documents no schema for it (the SDK types it `object`). So the comparison looks
 * for what the rendered YAML says must be there, anywhere in that JSON: the data action it calls (by name, or by
 * the id the org gives that action), each input's literal or expression, each input variable's name. It cannot
 * see an added action, a changed branch or timeout, or a second call of another action.
 */
import { parse } from "yaml";
import { isRecord } from "@cognigy-handover/contract";
import type { Flow } from "../genesys/genesysClient";
import type { Difference } from "./differences";
import { forEachObject } from "../jsonTree";

export interface WorkflowCall {
    readonly category: string;
    readonly dataAction: string;
    /** Input name → the literal or expression the YAML passes. */
    readonly inputs: Readonly<Record<string, string>>;
}

export interface WorkflowExpectations {
    readonly calls: readonly WorkflowCall[];
    /** Variables with `isInput: true`, as the YAML names them (e.g. `Flow.addressTo`). */
    readonly inputVariables: readonly string[];
}

/** Who holds the flow's lock, or undefined: the Platform API's `Flow.lockedUser` / `Flow.lockedClient`. */
export function lockHolder(flow: Flow): string | undefined {
    if (flow.lockedUser !== undefined) {
        const user = flow.lockedUser;
        return `user ${user.name ?? user.id ?? "?"}${user.email ? ` <${user.email}>` : ""}`;
    }
    if (flow.lockedClient !== undefined) {
        return `OAuth client ${flow.lockedClient.name ?? flow.lockedClient.id ?? "?"}`;
    }
    return undefined;
}

export function lockFinding(name: string, flow: Flow): string | undefined {
    const holder = lockHolder(flow);
    if (holder === undefined) {
        return undefined;
    }
    return (
        `workflow "${name}" (${flow.id ?? "?"}) is locked in Architect by ${holder}: the next pulumi up cannot publish it and fails. ` +
        "Fix: ask them to publish or discard their draft and close the flow; an Architect admin can unlock it (Architect > Flows > Unlock). " +
        "The stack keeps the provider's forceUnlock off on purpose: it would publish the lock holder's draft first."
    );
}

function valueOf(node: unknown): string | undefined {
    if (!isRecord(node)) {
        return undefined;
    }
    for (const key of ["lit", "exp"]) {
        const value = node[key];
        if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
            return String(value);
        }
    }
    return undefined;
}

function callOf(callData: Record<string, unknown>): WorkflowCall[] {
    const category = isRecord(callData.category) ? callData.category : {};
    return Object.entries(category).flatMap(([categoryName, body]) => {
        const actions = isRecord(body) && isRecord(body.dataAction) ? body.dataAction : {};
        return Object.entries(actions).map(([dataAction, spec]) => {
            const inputs = isRecord(spec) && isRecord(spec.inputs) ? spec.inputs : {};
            const values = Object.entries(inputs).flatMap(([input, node]) => {
                const value = valueOf(node);
                return value === undefined ? [] : [[input, value] as const];
            });
            return { category: categoryName, dataAction, inputs: Object.fromEntries(values) };
        });
    });
}

/** Pure: what the rendered Archy YAML says the published workflow must contain. */
export function workflowExpectations(renderedYaml: string): WorkflowExpectations {
    const calls: WorkflowCall[] = [];
    const inputVariables: string[] = [];
    forEachObject(parse(renderedYaml), (node) => {
        for (const [key, value] of Object.entries(node)) {
            if (key === "callData" && isRecord(value)) {
                calls.push(...callOf(value));
            } else if (/Variable$/.test(key) && isRecord(value) && value.isInput === true && typeof value.name === "string") {
                inputVariables.push(value.name);
            }
        }
    });
    return { calls, inputVariables };
}

/** Every string in a JSON value, keys included. */
function stringsIn(value: unknown, out: string[] = []): string[] {
    if (typeof value === "string") {
        out.push(value);
    } else if (Array.isArray(value)) {
        value.forEach((item) => stringsIn(item, out));
    } else if (isRecord(value)) {
        for (const [key, inner] of Object.entries(value)) {
            out.push(key);
            stringsIn(inner, out);
        }
    }
    return out;
}

/** A variable as Architect may spell it without the scope (`Flow.addressTo` → `addressTo`). */
function unscoped(variable: string): string {
    return variable.replace(/^Flow\./, "");
}

/**
 * Pure: where the published configuration does not mention what the stack renders. `actionIds` are the org's
 * ids of the data actions by name (Architect may reference an action by id only).
 */
export function publishedContentDifferences(
    expected: WorkflowExpectations,
    configuration: unknown,
    actionIds: ReadonlyMap<string, string>,
): Difference[] {
    const strings = stringsIn(configuration);
    const mentions = (text: string): boolean => strings.some((s) => s.includes(text));
    const out: Difference[] = [];
    for (const call of expected.calls) {
        const id = actionIds.get(call.dataAction);
        if (!mentions(call.dataAction) && !(id !== undefined && mentions(id))) {
            out.push({ field: "published.dataAction", declared: call.dataAction, live: "not called by the published version" });
            continue;
        }
        for (const [input, value] of Object.entries(call.inputs)) {
            if (!mentions(value)) {
                out.push({ field: `published.inputs.${input}`, declared: value, live: "not found in the published version" });
            }
        }
    }
    for (const variable of expected.inputVariables) {
        if (!mentions(unscoped(variable))) {
            out.push({ field: "published.inputVariables", declared: variable, live: "not found in the published version" });
        }
    }
    return out;
}
