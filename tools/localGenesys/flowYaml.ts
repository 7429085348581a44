/**
 * What the local Architect reads from an uploaded flow file: Architect YAML has one top-level key, the flow type
 * in camel case (`workflow`, `inboundCall`, ...), holding the flow's `name`, `division` and `description`
 * (components/webhook/handover-workflow.yaml is one). The flow type is that key upper-cased (`WORKFLOW`), as the
 * Platform API spells `Flow.type`.
 */
import { parse } from "yaml";
import { isRecord } from "@cognigy-handover/contract";

export interface FlowFile {
    readonly type: string;
    readonly name: string;
    readonly division?: string;
    readonly description?: string;
    /** The whole parsed file: what this local Architect keeps as the published version's configuration. */
    readonly document: Record<string, unknown>;
}

/** The flow file's type and name, or an error text as Architect job messages carry it. */
export function readFlowFile(text: string): FlowFile | { readonly error: string } {
    let document: unknown;
    try {
        document = parse(text);
    } catch (error) {
        return { error: `The flow file is not YAML: ${(error as Error).message}` };
    }
    if (!isRecord(document) || Object.keys(document).length !== 1) {
        return { error: "The flow file must have exactly one top-level key, the flow type (e.g. workflow)." };
    }
    const [typeKey] = Object.keys(document);
    const flow = document[typeKey];
    if (!isRecord(flow) || typeof flow["name"] !== "string" || flow["name"].trim() === "") {
        return { error: `The flow file's ${typeKey}.name is missing or empty.` };
    }
    const optionalString = (key: string): string | undefined => (typeof flow[key] === "string" ? flow[key] : undefined);
    return {
        type: typeKey.toUpperCase(),
        name: flow["name"],
        division: optionalString("division"),
        description: optionalString("description"),
        document,
    };
}
