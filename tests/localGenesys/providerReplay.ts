/**
 * Replays the genesyscloud provider's HTTP calls for the steps of `plan --json` against the local Genesys API, in the
 * engine's order, the way provider v1.84.1 makes them (genesys-api-calls.md, "genesyscloud_flow" and
 * "genesyscloud_processautomation_trigger"): a Flow create or update publishes through a job and takes the job's flow
 * id as its own (architect_flow/resource_genesyscloud_flow.go:148-257), a Flow delete is one DELETE (263-295); a
 * trigger update GETs its version and PUTs the whole body. Only Flows and triggers are replayed, because only they
 * decide which flow the triggers start; every other step is returned as skipped, so a test states what it leaves out.
 */
import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import { UNKNOWN_VALUE } from "../../tools/evaluate/plannedResource";
import { renderWorkflowTemplate } from "../../components/webhook/workflowTemplate";
import { PlainHttpClient } from "./plainHttpClient";

export interface ReplayedState {
    readonly id?: string;
    readonly inputs: Record<string, unknown>;
    readonly outputs: Record<string, unknown>;
    readonly propertyDependencies?: Record<string, string[]>;
}

/** One step of `plan --json` (`pulumi preview --json` shape). */
export interface ReplayedStep {
    readonly op: string;
    readonly urn: string;
    readonly type: string;
    readonly oldState?: ReplayedState;
    readonly newState?: ReplayedState;
}

export interface Replay {
    /** The id each resource has after its step: a replaced Flow's is its new flow's. */
    readonly ids: ReadonlyMap<string, string>;
    /** `op urn-name` of every step not replayed. */
    readonly skipped: readonly string[];
}

const TRIGGERS_PATH = "/api/v2/processAutomation/triggers";

/** `template`: the workflow template's text (the Flow's `filepath`, which the provider reads before substituting). */
export async function replayProviderCalls(client: PlainHttpClient, steps: readonly ReplayedStep[], template: string): Promise<Replay> {
    const ids = new Map<string, string>();
    for (const step of steps) {
        if (step.oldState?.id !== undefined) {
            ids.set(step.urn, step.oldState.id);
        }
    }
    const skipped: string[] = [];
    for (const step of steps) {
        const label = `${step.op} ${step.urn.split("::").pop() ?? step.urn}`;
        if (step.op === "same" || step.op === "replace") {
            continue; // `replace` is the logical step; its physical halves are create-replacement and delete-replaced.
        }
        if (step.type === RESOURCE_TYPES.flow && ["create", "create-replacement", "update"].includes(step.op)) {
            ids.set(step.urn, await publishFlow(client, renderWorkflowTemplate(template, substitutionsOf(step))));
        } else if (step.type === RESOURCE_TYPES.flow && ["delete", "delete-replaced"].includes(step.op)) {
            await deleteFlow(client, step.oldState?.id ?? "");
        } else if (step.type === RESOURCE_TYPES.trigger && step.op === "update") {
            await updateTrigger(client, step, ids);
        } else {
            skipped.push(label);
        }
    }
    return { ids, skipped };
}

function substitutionsOf(step: ReplayedStep): Record<string, string> {
    return (step.newState?.inputs["substitutions"] ?? {}) as Record<string, string>;
}

async function publishFlow(client: PlainHttpClient, yaml: string): Promise<string> {
    const job = await client.call("POST", "/api/v2/flows/jobs");
    const upload = await fetch(job.body.presignedUrl, { method: "PUT", body: yaml });
    if (upload.status !== 200) {
        throw new Error(`flow upload answered ${upload.status}`);
    }
    const status = await client.call("GET", `/api/v2/flows/jobs/${job.body.id}?expand=messages`);
    if (status.body.status !== "Success") {
        throw new Error(`flow publish failed: ${JSON.stringify(status.body.messages)}`);
    }
    return status.body.flow.id as string;
}

async function deleteFlow(client: PlainHttpClient, flowId: string): Promise<void> {
    const answer = await client.call("DELETE", `/api/v2/flows/${flowId}`);
    if (![204, 404].includes(answer.status)) {
        throw new Error(`DELETE flow ${flowId} answered ${answer.status}`);
    }
}

/** The trigger's body as the provider builds it (process_automation_trigger: keys sorted, every criterion with all four keys). */
async function updateTrigger(client: PlainHttpClient, step: ReplayedStep, ids: ReadonlyMap<string, string>): Promise<void> {
    const id = step.oldState?.id ?? "";
    const inputs = step.newState?.inputs ?? {};
    const target = inputs["target"] as { id: string; type: string; workflowTargetSettings?: unknown };
    const targetId = target.id === UNKNOWN_VALUE ? idFromDependency(step, ids) : target.id;
    const criteria = (JSON.parse(inputs["matchCriteria"] as string) as Record<string, unknown>[]).map((c) => ({
        jsonPath: c.jsonPath ?? null,
        operator: c.operator ?? null,
        value: c.value ?? null,
        values: c.values ?? null,
    }));
    const current = await client.call("GET", `${TRIGGERS_PATH}/${id}`);
    const answer = await client.call("PUT", `${TRIGGERS_PATH}/${id}`, {
        body: {
            description: inputs["description"] ?? "",
            enabled: inputs["enabled"],
            matchCriteria: criteria,
            name: inputs["name"],
            target: { ...target, id: targetId },
            topicName: inputs["topicName"],
            version: current.body.version,
        },
    });
    if (answer.status !== 200) {
        throw new Error(`PUT trigger ${id} answered ${answer.status}: ${answer.text}`);
    }
}

/** An id unknown at preview time is the id, after its own step, of the resource the input depends on. */
function idFromDependency(step: ReplayedStep, ids: ReadonlyMap<string, string>): string {
    const [source] = step.newState?.propertyDependencies?.["target"] ?? [];
    const id = source === undefined ? undefined : ids.get(source);
    if (id === undefined) {
        throw new Error(`${step.urn}: target.id is unknown and depends on nothing replayed`);
    }
    return id;
}
