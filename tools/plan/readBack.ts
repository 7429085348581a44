/**
 * What a provider stores in state after it creates or updates a resource, by the provider model's `readBack` facts:
 * the checked inputs, except where the provider reads a value back from the API in another spelling or fills one in.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { isRecord } from "@cognigy-handover/contract";
import { InputFact, ResourceModel } from "../providerModel/providerModel";
import { UserError } from "../userError";

/** Marks a value only the real provider knows (an unset Optional+Computed input it reads back from the API). */
export const PROVIDER_COMPUTED = "<computed by the provider>";

export interface ReadBackContext {
    /** The Pulumi project directory: the provider resolves a flow's `filepath` against it (the CLI's working directory). */
    readonly projectDir: string;
}

/** The state of one custom resource after a create or update with `checkedInputs`, per `model`. */
export function stateAfterWrite(checkedInputs: Readonly<Record<string, unknown>>, model: ResourceModel, context: ReadBackContext): Record<string, unknown> {
    const state = structuredClone(checkedInputs) as Record<string, unknown>;
    // Parents before children, so a defaulted block exists before its fields are read back.
    const facts = Object.entries(model.inputs).sort(([a], [b]) => a.split(".").length - b.split(".").length);
    for (const [property, fact] of facts) {
        for (const { container, key } of slots(state, property.split("."))) {
            const value = readBackValue(container[key], fact, checkedInputs, context);
            if (value === undefined) {
                delete container[key];
            } else {
                container[key] = value;
            }
        }
    }
    return state;
}

function readBackValue(value: unknown, fact: InputFact, inputs: Readonly<Record<string, unknown>>, context: ReadBackContext): unknown {
    const unset = value === undefined || value === null;
    switch (fact.readBack) {
        case "input":
        case "providerDefault":
            return unset ? fact.default : value;
        case "goJsonMarshal":
            return typeof value === "string" ? goJsonMarshal(value) : value;
        case "flowYamlName":
            return flowYamlName(inputs, context);
        case "unknown":
            return unset && fact.computed ? PROVIDER_COMPUTED : value;
    }
}

/**
 * The property's slots in `root`: the object holding it and its key, for each element of any list on the way
 * (the model keys list elements without an index). A slot exists only where its parent object does.
 */
function slots(root: Record<string, unknown>, segments: readonly string[]): Array<{ container: Record<string, unknown>; key: string }> {
    let containers: Array<Record<string, unknown>> = [root];
    for (const segment of segments.slice(0, -1)) {
        containers = containers.flatMap((container) => {
            const inner = container[segment];
            const items = Array.isArray(inner) ? inner : [inner];
            return items.filter(isRecord);
        });
    }
    const key = segments[segments.length - 1];
    return containers.map((container) => ({ container, key }));
}

/**
 * Go's `json.Marshal` of the decoded text: object keys sorted, compact, and `<`, `>`, `&`, U+2028, U+2029 escaped
 * as `\u003c`-style sequences (Go escapes HTML-sensitive characters by default). Text that is not JSON is stored as
 * it was sent.
 */
export function goJsonMarshal(text: string): string {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        return text;
    }
    return JSON.stringify(sortKeys(parsed)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function sortKeys(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(sortKeys);
    }
    if (isRecord(value)) {
        return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
    }
    return value;
}

/**
 * The name genesyscloud_flow reads back after publishing: the flow's own name in its YAML, after the provider's
 * `{{key}}` substitution (exact text replacement, `util/files/util_files.go`). The YAML's one top-level key is the
 * flow type (`workflow`, `inboundCall`, ...).
 */
export function flowYamlName(inputs: Readonly<Record<string, unknown>>, context: ReadBackContext): string {
    const filepath = inputs["filepath"];
    if (typeof filepath !== "string") {
        throw new UserError("A genesyscloud Flow without a `filepath`: the plan cannot tell the name the provider reads back.");
    }
    const file = path.resolve(context.projectDir, filepath);
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        throw new UserError(`Flow file ${file} does not exist: fix the Flow's \`filepath\` (relative to the Pulumi project directory).`);
    }
    const substitutions = isRecord(inputs["substitutions"]) ? inputs["substitutions"] : {};
    for (const [key, replacement] of Object.entries(substitutions)) {
        text = text.split(`{{${key}}}`).join(String(replacement));
    }
    const document: unknown = parseYaml(text);
    const flow = isRecord(document) ? Object.values(document)[0] : undefined;
    const name = isRecord(flow) ? flow["name"] : undefined;
    if (typeof name !== "string") {
        throw new UserError(`Flow file ${file} has no name under its flow type after substitution: Architect cannot publish it.`);
    }
    return name;
}
