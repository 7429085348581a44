import { eventByTopic, MatchCriterion, RESOURCE_TYPES, SEND_EVENT_INPUT_SOURCES, TRIGGER_TARGET_TYPE } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";
import { checkResponse, renderRequest, resolveDataAction, undeclaredInputs, validateAgainstContract } from "./dataAction";
import { attemptResult, deliver, HttpExchange } from "./httpDelivery";
import { credentialHeaders } from "./integrationCredential";
import { acceptedMatchCriteria, describeFailedCriteria, evaluateCriteria } from "./matchCriteria";
import { emptyOutcome, PathOutcome } from "./outcome";
import { Receiver } from "./receiver";
import { SimulationEvent } from "./simulationEvent";
import { displayName, linkedResources, ofType, recordInput, stringInput } from "./stackResources";
import { topicMatchesTemplate } from "./topics";
import { DataFormat, workflowInputs } from "./topLevelPrimitives";
import { CallDataInvocation, CallDataResult, runWorkflow } from "./workflowRun";
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
    const chain = `${triggerLabel} → workflow '${workflow.name}'`;
    const exchanges: HttpExchange[] = [];
    let delivered = false;
    let dataActionName: string | undefined;
    const run = await runWorkflow(workflow, inputs, {
        callData: async (invocation) => {
            dataActionName = invocation.step.dataAction;
            const result = await callDataAction(invocation, chain, stringInput(trigger, "topicName"), context, outcome);
            if (result.exchange !== undefined) {
                exchanges.push(result.exchange);
            }
            delivered ||= result.path === "success" && result.exchange !== undefined;
            return result;
        },
    });
    outcome.failures.push(...run.failures.filter((failure) => !outcome.failures.includes(failure)));
    outcome.notes.push(...run.notes);
    if (run.invocations.length === 0) {
        return;
    }
    const last = exchanges[exchanges.length - 1];
    if (last === undefined) {
        outcome.unsent += 1;
        return;
    }
    outcome.deliveries.push({
        via: `${chain} → data action '${dataActionName ?? "?"}'`,
        exchange: last,
        exchanges,
        attempts: exchanges.map(attemptResult),
        delivered,
        simulatedSeconds: run.simulatedSeconds,
        exitReason: run.exitReason,
    });
}

/** The failure output `status` of a request the data actions service refused before sending it. */
const REFUSED_BEFORE_SENDING = 400;
/** The failure output `status` of a request whose connection failed. */
const CONNECTION_FAILED = 500;

/** Why a request counts as failed or timed out; the path Architect takes after it. */
interface DataActionResult extends CallDataResult {
    readonly exchange?: HttpExchange;
}

/**
 * One execution of the data action as Genesys performs it: checks, the request, and the path the Call Data
 * Action takes. Cognigy not answering within the action's own timeout (`configTimeoutSeconds`) fails the action
 * (Failure path) before the Call Data Action's longer timeout would take the Timeout path [inferred: Genesys
 * documents both timeouts but not which wins]; both retry in the template (a timed-out action reports no status
 * here [inferred]), so the outcome is the same.
 *
 * The failure output `status`: Cognigy's own status for a non-2xx answer [inferred: Genesys' documented examples
 * show the error body's status matching the remote answer's]; 500 for a connection that failed (documented: "Data
 * action returns a 500 error", a reset connection); 400 for a request the data actions service refuses before
 * sending (an input that breaks the contract: its own validation error).
 */
async function callDataAction(
    invocation: CallDataInvocation,
    chain: string,
    triggerTopic: string | undefined,
    context: WebhookContext,
    outcome: PathOutcome,
): Promise<DataActionResult> {
    const { step } = invocation;
    const caller = `${chain}, Call Data Action '${step.name}',`;
    const fail = (failure: string, failureStatus = REFUSED_BEFORE_SENDING): DataActionResult => {
        if (!outcome.failures.includes(failure)) {
            outcome.failures.push(failure);
        }
        return { path: "failure", seconds: 0, failureStatus };
    };
    const lookup = resolveDataAction(context.resources, step.category, step.dataAction, caller);
    if ("failure" in lookup) {
        return fail(lookup.failure);
    }
    const { action, integration } = lookup.resolved;
    const extra = undeclaredInputs(action, Object.keys(step.inputs));
    if (extra.length > 0) {
        fail(`${caller} passes input(s) ${extra.join(", ")} that data action '${step.dataAction}' does not declare in its input contract`);
    }
    const contractProblem = validateAgainstContract(action, "contractInput", invocation.inputs);
    if (contractProblem !== undefined) {
        return fail(`${caller} ${contractProblem}`);
    }
    checkTopicLiteral(invocation, caller, triggerTopic, outcome);
    const rendered = renderRequest(action, invocation.inputs);
    const request = { ...rendered, headers: { ...credentialHeaders(integration, context.resources), ...rendered.headers } };
    const exchange = await deliver(context.receiver, request);
    if (exchange.timedOut === true) {
        const actionTimeout = typeof action.inputs.configTimeoutSeconds === "number" ? action.inputs.configTimeoutSeconds : undefined;
        const stepTimeout = step.timeoutSeconds;
        const actionFirst = actionTimeout !== undefined && (stepTimeout === undefined || actionTimeout < stepTimeout);
        return { path: actionFirst ? "failure" : "timeout", seconds: (actionFirst ? actionTimeout : stepTimeout) ?? 0, exchange };
    }
    if (exchange.error !== undefined) {
        return { ...fail(`${caller} ${exchange.error}`, CONNECTION_FAILED), exchange };
    }
    const status = exchange.responseStatus ?? 0;
    if (status < 200 || status >= 300) {
        // Any non-2xx answer takes the Failure path (Genesys, "Data action fails during testing": remote endpoint errors).
        return { path: "failure", seconds: 0, failureStatus: status, exchange };
    }
    const responseProblem = checkResponse(action, exchange.responseBody ?? "");
    if (responseProblem !== undefined) {
        fail(responseProblem);
        return { path: "failure", seconds: 0, exchange };
    }
    return { path: "success", seconds: 0, exchange };
}

/** Cognigy tells events apart by the topic literal: it must be the catalogue's literal for the trigger's topic. */
function checkTopicLiteral(invocation: CallDataInvocation, caller: string, triggerTopic: string | undefined, outcome: PathOutcome): void {
    const catalogued = triggerTopic === undefined ? undefined : eventByTopic(triggerTopic);
    if (catalogued === undefined) {
        return;
    }
    for (const [input, source] of Object.entries(SEND_EVENT_INPUT_SOURCES)) {
        const sent = invocation.inputs[input];
        const failure = `${caller} sends ${input} ${JSON.stringify(sent)} for trigger topic ${triggerTopic}, but Cognigy expects the literal ${JSON.stringify(catalogued.topicLiteral)}`;
        if (source.kind === "topicLiteral" && input in invocation.step.inputs && sent !== catalogued.topicLiteral && !outcome.failures.includes(failure)) {
            outcome.failures.push(failure);
        }
    }
}
