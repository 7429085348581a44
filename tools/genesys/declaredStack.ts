/**
 * What a stack declares in Genesys, read from the program itself: the stack's program is evaluated offline
 * (the evaluator `plan` uses) and the registered resources are the expectation. Names, criteria, contracts,
 * URLs and logical names therefore come from the same builders `pulumi up` uses; nothing here restates them.
 */
import {
    eventByTopic,
    HandoverEvent,
    INTEGRATION_TYPE_EVENTBRIDGE,
    INTEGRATION_TYPE_WEB_SERVICES,
    isRecord,
    RESOURCE_TYPES,
    WORKFLOW_SUBSTITUTION,
} from "@cognigy-handover/contract";
import { evaluateProgram, ProgramEvaluation } from "../evaluate/evaluateProgram";
import { PlannedResource } from "../evaluate/plannedResource";
import { displayName, linkedResources, ofType, recordInput, stringInput } from "../simulation/stackResources";
import { UserError } from "../userError";

export interface DeclaredIntegration {
    readonly resource: PlannedResource;
    readonly name: string;
    readonly integrationType: string;
    readonly intendedState: string;
}

export interface DeclaredAction {
    readonly resource: PlannedResource;
    readonly name: string;
    readonly category: string;
    readonly requestType?: string;
    readonly requestUrlTemplate?: string;
    readonly requestTemplate?: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly successTemplate?: string;
    readonly timeoutSeconds?: number;
    readonly contractInput: unknown;
    readonly contractOutput: unknown;
}

export interface DeclaredWorkflow {
    readonly resource: PlannedResource;
    readonly name: string;
    readonly division?: string;
}

export interface DeclaredTrigger {
    readonly resource: PlannedResource;
    readonly name: string;
    readonly topic: string;
    readonly event?: HandoverEvent;
    readonly enabled: boolean;
    /** As the program registers it (the shared builder's JSON), parsed. */
    readonly matchCriteria: readonly Record<string, unknown>[];
    readonly targetType?: string;
    readonly dataFormat?: string;
    readonly eventTtlSeconds?: number;
    readonly delayBySeconds?: number;
    readonly workflow?: DeclaredWorkflow;
}

export interface DeclaredWebhook {
    readonly integration: DeclaredIntegration;
    readonly action?: DeclaredAction;
    readonly workflows: readonly DeclaredWorkflow[];
    readonly triggers: readonly DeclaredTrigger[];
}

export interface DeclaredStack {
    readonly project: string;
    readonly stack: string;
    readonly region: string;
    readonly resources: readonly PlannedResource[];
    readonly provider?: PlannedResource;
    readonly webhook?: DeclaredWebhook;
    readonly eventbridgeSource?: DeclaredIntegration;
    /** Genesys resources the commands do not look for (e.g. an integration credential). */
    readonly notCovered: readonly PlannedResource[];
}

export async function loadDeclaredStack(projectDir: string, stack: string): Promise<DeclaredStack> {
    return declaredStackFrom(await evaluateProgram({ projectDir, stack, mode: "update" }));
}

function parseJson(text: string | undefined, what: string): unknown {
    if (text === undefined) {
        return undefined;
    }
    try {
        return JSON.parse(text);
    } catch {
        throw new UserError(`${what} is not JSON: ${text}`);
    }
}

function numberInput(resource: PlannedResource, key: string): number | undefined {
    const value = resource.inputs[key];
    return typeof value === "number" ? value : undefined;
}

function declaredIntegration(resource: PlannedResource): DeclaredIntegration {
    return {
        resource,
        name: displayName(resource),
        integrationType: stringInput(resource, "integrationType") ?? "",
        intendedState: stringInput(resource, "intendedState") ?? "ENABLED",
    };
}

function declaredAction(resource: PlannedResource): DeclaredAction {
    const request = recordInput(resource, "configRequest") ?? {};
    const response = recordInput(resource, "configResponse") ?? {};
    const headers = isRecord(request.headers) ? (request.headers as Record<string, string>) : {};
    const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
    return {
        resource,
        name: displayName(resource),
        category: stringInput(resource, "category") ?? "",
        requestType: str(request.requestType),
        requestUrlTemplate: str(request.requestUrlTemplate),
        requestTemplate: str(request.requestTemplate),
        headers,
        successTemplate: str(response.successTemplate),
        timeoutSeconds: numberInput(resource, "configTimeoutSeconds"),
        contractInput: parseJson(stringInput(resource, "contractInput"), `${resource.name} contractInput`),
        contractOutput: parseJson(stringInput(resource, "contractOutput"), `${resource.name} contractOutput`),
    };
}

function declaredWorkflow(resource: PlannedResource): DeclaredWorkflow {
    const substitutions = recordInput(resource, "substitutions") ?? {};
    const name = substitutions[WORKFLOW_SUBSTITUTION.workflowName];
    const division = substitutions[WORKFLOW_SUBSTITUTION.divisionName];
    return {
        resource,
        name: typeof name === "string" ? name : resource.name,
        division: typeof division === "string" ? division : undefined,
    };
}

function declaredTrigger(resource: PlannedResource, workflows: readonly DeclaredWorkflow[]): DeclaredTrigger {
    const target = recordInput(resource, "target") ?? {};
    const settings = isRecord(target.workflowTargetSettings) ? target.workflowTargetSettings : {};
    const criteria = parseJson(stringInput(resource, "matchCriteria"), `${resource.name} matchCriteria`);
    const topic = stringInput(resource, "topicName") ?? "";
    const linked = linkedResources(resource, "target", target.id, workflows.map((w) => w.resource));
    return {
        resource,
        name: displayName(resource),
        topic,
        event: eventByTopic(topic),
        enabled: resource.inputs["enabled"] !== false,
        matchCriteria: Array.isArray(criteria) ? criteria.filter(isRecord) : [],
        targetType: typeof target.type === "string" ? target.type : undefined,
        dataFormat: typeof settings.dataFormat === "string" ? settings.dataFormat : undefined,
        eventTtlSeconds: numberInput(resource, "eventTtlSeconds"),
        delayBySeconds: numberInput(resource, "delayBySeconds"),
        workflow: workflows.find((w) => linked.includes(w.resource)),
    };
}

/** Pure: the Genesys part of an evaluated program. */
export function declaredStackFrom(evaluation: ProgramEvaluation): DeclaredStack {
    const resources = evaluation.resources;
    const provider = resources.find((r) => r.type === RESOURCE_TYPES.genesysProvider);
    const region = provider ? stringInput(provider, "awsRegion") : undefined;
    if (region === undefined) {
        throw new UserError(`Stack '${evaluation.stack}' declares no genesyscloud provider with a region; nothing to check.`);
    }
    const integrations = ofType(resources, RESOURCE_TYPES.integration).map(declaredIntegration);
    const webhookIntegration = integrations.find((i) => i.integrationType === INTEGRATION_TYPE_WEB_SERVICES);
    const eventbridgeSource = integrations.find((i) => i.integrationType === INTEGRATION_TYPE_EVENTBRIDGE);
    const workflows = ofType(resources, RESOURCE_TYPES.flow).map(declaredWorkflow);
    const actions = ofType(resources, RESOURCE_TYPES.integrationAction).map(declaredAction);
    const triggers = ofType(resources, RESOURCE_TYPES.trigger).map((r) => declaredTrigger(r, workflows));
    const webhook: DeclaredWebhook | undefined = webhookIntegration
        ? { integration: webhookIntegration, action: actions[0], workflows, triggers }
        : undefined;
    const covered = new Set<PlannedResource>([
        ...integrations.map((i) => i.resource),
        ...actions.map((a) => a.resource),
        ...workflows.map((w) => w.resource),
        ...triggers.map((t) => t.resource),
    ]);
    const notCovered = resources.filter((r) => r.custom && r.type.startsWith("genesyscloud:") && !covered.has(r));
    return { project: evaluation.project, stack: evaluation.stack, region, resources, provider, webhook, eventbridgeSource, notCovered };
}
