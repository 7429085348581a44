import { eventByTopic, MatchCriterion, RESOURCE_TYPES, SEND_EVENT_INPUT_SOURCES, TRIGGER_TARGET_TYPE } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";
import { checkResponse, renderRequest, resolveDataAction, undeclaredInputs, validateAgainstContract } from "./dataAction";
import { deliver } from "./httpDelivery";
import { credentialHeaders } from "./integrationCredential";
import { acceptedMatchCriteria, describeFailedCriteria, evaluateCriteria } from "./matchCriteria";
import { emptyOutcome, PathOutcome } from "./outcome";
import { Receiver } from "./receiver";
import { SimulationEvent } from "./simulationEvent";
import { displayName, linkedResources, ofType, recordInput, stringInput } from "./stackResources";
import { topicMatchesTemplate } from "./topics";
import { DataFormat, workflowInputs } from "./topLevelPrimitives";
import { CallDataInvocation, runWorkflow } from "./workflowRun";
import { loadFlowDefinition, WorkflowDefinition } from "./workflowDefinition";

/**
 * The HTTP-webhook path: Process Automation trigger → Architect workflow → Call Data Action → Web Services
 * data action → Cognigy. Every hand-over between those pieces is checked the way Genesys performs it.
 */

export interface WebhookContext {
    readonly resources: readonly PlannedResource[];
    readonly projectDir: string;
    readonly receiver: Receiver;
}

export function isWebhookStack(resources: readonly PlannedResource[]): boolean {
    return ofType(resources, RESOURCE_TYPES.trigger).length > 0;
}

export async function simulateWebhook(event: SimulationEvent, context: WebhookContext): Promise<PathOutcome> {
    const outcome = emptyOutcome("webhook");
    const triggers = ofType(context.resources, RESOURCE_TYPES.trigger);
    const onTopic = triggers.filter((trigger) => topicMatchesTemplate(stringInput(trigger, "topicName") ?? "", event.topicName));
    if (onTopic.length === 0) {
        outcome.notes.push(`no trigger listens on ${event.topicName}`);
    }
    for (const trigger of onTopic) {
        const name = `trigger '${displayName(trigger)}'`;
        if (trigger.inputs.enabled !== true) {
            outcome.notes.push(`${name} is not enabled`);
            continue;
        }
        let criteria: readonly MatchCriterion[];
        try {
            criteria = acceptedMatchCriteria(stringInput(trigger, "matchCriteria"));
        } catch (error) {
            outcome.failures.push(`${name}: ${(error as Error).message}`);
            continue;
        }
        const result = evaluateCriteria(criteria, event.eventBody);
        if (!result.matches) {
            outcome.notes.push(`${name} does not match: ${describeFailedCriteria(result)}`);
            continue;
        }
        outcome.matched.push(displayName(trigger));
        await runTarget(trigger, name, event, context, outcome);
    }
    return outcome;
}

async function runTarget(trigger: PlannedResource, triggerLabel: string, event: SimulationEvent, context: WebhookContext, outcome: PathOutcome): Promise<void> {
    const target = recordInput(trigger, "target") ?? {};
    if (target.type !== TRIGGER_TARGET_TYPE) {
        outcome.failures.push(`${triggerLabel}: target type ${JSON.stringify(target.type)} is not ${TRIGGER_TARGET_TYPE}`);
        return;
    }
    const flows = linkedResources(trigger, "target", target.id, ofType(context.resources, RESOURCE_TYPES.flow));
    if (flows.length !== 1) {
        outcome.failures.push(`${triggerLabel}: target.id ${JSON.stringify(target.id)} points at ${flows.length} Flows of the stack, expected 1`);
        return;
    }
    let workflow: WorkflowDefinition;
    try {
        workflow = loadFlowDefinition(flows[0], context.projectDir);
    } catch (error) {
        outcome.failures.push(`${triggerLabel}: ${(error as Error).message}`);
        return;
    }
    const settings = typeof target.workflowTargetSettings === "object" && target.workflowTargetSettings !== null ? (target.workflowTargetSettings as Record<string, unknown>) : {};
    const format: DataFormat = settings.dataFormat === "Json" ? "Json" : "TopLevelPrimitives";
    const inputs = workflowInputs(event.eventBody, workflow.variables, format);
    outcome.notes.push(...inputs.notes.map((note) => `workflow '${workflow.name}': ${note}`));
    const run = runWorkflow(workflow, inputs);
    outcome.failures.push(...run.failures);
    outcome.notes.push(...run.notes);
    for (const invocation of run.invocations) {
        await callDataAction(invocation, `${triggerLabel} → workflow '${workflow.name}'`, stringInput(trigger, "topicName"), context, outcome);
    }
}

async function callDataAction(
    invocation: CallDataInvocation,
    chain: string,
    triggerTopic: string | undefined,
    context: WebhookContext,
    outcome: PathOutcome,
): Promise<void> {
    const { step } = invocation;
    const caller = `${chain}, Call Data Action '${step.name}',`;
    const lookup = resolveDataAction(context.resources, step.category, step.dataAction, caller);
    if ("failure" in lookup) {
        outcome.failures.push(lookup.failure);
        return;
    }
    const { action, integration } = lookup.resolved;
    const extra = undeclaredInputs(action, Object.keys(step.inputs));
    if (extra.length > 0) {
        outcome.failures.push(`${caller} passes input(s) ${extra.join(", ")} that data action '${step.dataAction}' does not declare in its input contract`);
    }
    const contractProblem = validateAgainstContract(action, "contractInput", invocation.inputs);
    if (contractProblem !== undefined) {
        outcome.failures.push(`${caller} ${contractProblem}`);
        return;
    }
    checkTopicLiteral(invocation, caller, triggerTopic, outcome);
    const rendered = renderRequest(action, invocation.inputs);
    const request = { ...rendered, headers: { ...credentialHeaders(integration, context.resources), ...rendered.headers } };
    const exchange = await deliver(context.receiver, request);
    outcome.deliveries.push({ via: `${chain} → data action '${step.dataAction}'`, exchange });
    if (exchange.error !== undefined) {
        outcome.failures.push(`${caller} ${exchange.error}`);
        return;
    }
    const responseProblem = checkResponse(action, exchange.responseBody ?? "");
    if (responseProblem !== undefined) {
        outcome.failures.push(responseProblem);
    }
}

/** Cognigy tells events apart by the topic literal: it must be the catalogue's literal for the trigger's topic. */
function checkTopicLiteral(invocation: CallDataInvocation, caller: string, triggerTopic: string | undefined, outcome: PathOutcome): void {
    const catalogued = triggerTopic === undefined ? undefined : eventByTopic(triggerTopic);
    if (catalogued === undefined) {
        return;
    }
    for (const [input, source] of Object.entries(SEND_EVENT_INPUT_SOURCES)) {
        const sent = invocation.inputs[input];
        if (source.kind === "topicLiteral" && input in invocation.step.inputs && sent !== catalogued.topicLiteral) {
            outcome.failures.push(
                `${caller} sends ${input} ${JSON.stringify(sent)} for trigger topic ${triggerTopic}, but Cognigy expects the literal ${JSON.stringify(catalogued.topicLiteral)}`,
            );
        }
    }
}
