import { JSONPath } from "jsonpath-plus";
import { INTEGRATION_TYPE_EVENTBRIDGE, isRecord, parsePartnerEventSourceName, partnerEventSourceName, RESOURCE_TYPES } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";
import { eventBridgeEnvelope, EnvelopeSource, SIMULATED_ORG_ID } from "./eventBridgeEnvelope";
import { matchesEventPattern, parseEventPattern } from "./eventPattern";
import { attemptResult, deliver, HttpExchange } from "./httpDelivery";
import { Delivery, emptyOutcome, PathOutcome } from "./outcome";
import { Receiver } from "./receiver";
import { SimulationEvent } from "./simulationEvent";
import { displayName, linkedResources, ofType, recordInput, stringInput } from "./stackResources";
import { templateOf } from "./topics";

/**
 * The EventBridge path: Genesys' Amazon EventBridge Source (topic filter) → partner event bus → rule (event
 * pattern) → target → API destination (+ connection's API key header) → Cognigy.
 */

export interface EventBridgeContext {
    readonly resources: readonly PlannedResource[];
    readonly receiver: Receiver;
}

interface SourceConfig {
    readonly integration: PlannedResource;
    readonly eventFilter: readonly string[];
    readonly account: string;
    readonly region: string;
    readonly suffix: string;
}

export function eventBridgeSources(resources: readonly PlannedResource[]): PlannedResource[] {
    return ofType(resources, RESOURCE_TYPES.integration).filter((integration) => integration.inputs.integrationType === INTEGRATION_TYPE_EVENTBRIDGE);
}

export function isEventBridgeStack(resources: readonly PlannedResource[]): boolean {
    return eventBridgeSources(resources).length > 0;
}

function readSource(integration: PlannedResource): SourceConfig | string {
    const properties = recordInput(integration, "config")?.properties;
    let parsed: unknown;
    try {
        parsed = typeof properties === "string" ? JSON.parse(properties) : properties;
    } catch (error) {
        return `EventBridge integration '${integration.name}': config.properties is not JSON: ${(error as Error).message}`;
    }
    if (!isRecord(parsed) || !Array.isArray(parsed.eventFilter) || typeof parsed.eventSourceSuffix !== "string" || parsed.eventSourceSuffix === "") {
        return `EventBridge integration '${integration.name}': config.properties needs eventFilter (topics) and a non-empty eventSourceSuffix`;
    }
    return {
        integration,
        eventFilter: parsed.eventFilter.filter((topic): topic is string => typeof topic === "string"),
        account: typeof parsed.awsAccountId === "string" ? parsed.awsAccountId : "",
        region: typeof parsed.awsAccountRegion === "string" ? parsed.awsAccountRegion : "",
        suffix: parsed.eventSourceSuffix,
    };
}

/** The partner bus the stack creates for this source, if any, and the org id its name reveals. */
function partnerBus(source: SourceConfig, resources: readonly PlannedResource[]): { bus?: PlannedResource; orgId: string; problem?: string } {
    const buses = ofType(resources, RESOURCE_TYPES.eventBus);
    const partnerBuses = buses
        .map((bus) => ({ bus, parsed: parsePartnerEventSourceName(stringInput(bus, "eventSourceName") ?? stringInput(bus, "name") ?? "") }))
        .filter((entry) => entry.parsed !== undefined);
    const mine = partnerBuses.find((entry) => entry.parsed?.suffix === source.suffix);
    if (mine !== undefined) {
        return { bus: mine.bus, orgId: mine.parsed?.orgId ?? SIMULATED_ORG_ID };
    }
    if (partnerBuses.length > 0) {
        const suffixes = partnerBuses.map((entry) => `'${entry.parsed?.suffix}'`).join(", ");
        return {
            orgId: SIMULATED_ORG_ID,
            problem: `the Genesys source publishes with suffix '${source.suffix}' but the stack's partner event bus listens for suffix ${suffixes}`,
        };
    }
    return { orgId: SIMULATED_ORG_ID };
}

/** Whether a rule sits on the bus the partner events arrive on. */
function ruleOnBus(rule: PlannedResource, bus: PlannedResource | undefined, sourceName: string): boolean {
    const busName = rule.inputs.eventBusName;
    if (bus !== undefined) {
        return linkedResources(rule, "eventBusName", busName, [bus], ["name", "arn"]).length === 1 || busName === stringInput(bus, "name");
    }
    if (typeof busName !== "string") {
        return false;
    }
    const parsed = parsePartnerEventSourceName(busName);
    return parsed !== undefined && parsePartnerEventSourceName(sourceName)?.suffix === parsed.suffix;
}

function ruleEnabled(rule: PlannedResource): boolean {
    return rule.inputs.state !== "DISABLED" && rule.inputs.isEnabled !== false;
}

export async function simulateEventBridge(event: SimulationEvent, context: EventBridgeContext): Promise<PathOutcome> {
    const outcome = emptyOutcome("eventbridge");
    for (const integration of eventBridgeSources(context.resources)) {
        const source = readSource(integration);
        if (typeof source === "string") {
            outcome.failures.push(source);
            continue;
        }
        if (stringInput(integration, "intendedState") !== "ENABLED") {
            outcome.failures.push(`EventBridge integration '${displayName(integration)}' is not ENABLED, so Genesys publishes nothing`);
            continue;
        }
        const template = templateOf(event.topicName, source.eventFilter);
        if (template === undefined) {
            outcome.notes.push(`EventBridge source '${integration.name}' does not subscribe to ${event.topicName} (filter: ${source.eventFilter.join(", ")})`);
            continue;
        }
        outcome.subscribed = true;
        await routeThroughRules(event, template, source, context, outcome);
    }
    outcome.subscribed ??= false;
    return outcome;
}

async function routeThroughRules(event: SimulationEvent, template: string, source: SourceConfig, context: EventBridgeContext, outcome: PathOutcome): Promise<void> {
    const { bus, orgId, problem } = partnerBus(source, context.resources);
    if (problem !== undefined) {
        outcome.failures.push(problem);
        return;
    }
    const envelopeSource: EnvelopeSource = { orgId, suffix: source.suffix, account: source.account, region: source.region };
    const sourceName = partnerEventSourceName(orgId, source.suffix);
    const envelope = eventBridgeEnvelope(template, event.topicName, event.eventBody, envelopeSource);
    const rules = ofType(context.resources, RESOURCE_TYPES.eventRule);
    if (rules.length === 0) {
        outcome.notes.push(`the event leaves Genesys for ${sourceName} in AWS account ${source.account || "(unset)"}; the stack defines no rule, so the rest is outside it`);
        outcome.outsideStack = true;
        return;
    }
    for (const rule of rules) {
        const label = `rule '${displayName(rule)}'`;
        if (!ruleEnabled(rule)) {
            outcome.notes.push(`${label} is disabled`);
            continue;
        }
        if (!ruleOnBus(rule, bus, sourceName)) {
            outcome.notes.push(`${label} is not on the partner event bus ${sourceName} (eventBusName ${JSON.stringify(rule.inputs.eventBusName ?? "default")}), so Genesys events never reach it`);
            continue;
        }
        let pattern: Record<string, unknown>;
        try {
            pattern = parseEventPattern(stringInput(rule, "eventPattern"));
        } catch (error) {
            outcome.failures.push(`${label}: ${(error as Error).message}`);
            continue;
        }
        let matches: boolean;
        try {
            matches = matchesEventPattern(pattern, envelope);
        } catch (error) {
            outcome.failures.push(`${label}: ${(error as Error).message}`);
            continue;
        }
        if (!matches) {
            outcome.notes.push(`${label} does not match: pattern ${JSON.stringify(pattern)}`);
            continue;
        }
        outcome.matched.push(displayName(rule));
        await invokeTargets(rule, label, envelope, context, outcome);
    }
}

async function invokeTargets(rule: PlannedResource, label: string, envelope: Record<string, unknown>, context: EventBridgeContext, outcome: PathOutcome): Promise<void> {
    const targets = ofType(context.resources, RESOURCE_TYPES.eventTarget);
    const ruleTargets = targets.filter((target) => linkedResources(target, "rule", target.inputs.rule, [rule], ["name", "id"]).length === 1);
    if (ruleTargets.length === 0) {
        outcome.failures.push(`${label} matched but has no target`);
        return;
    }
    for (const target of ruleTargets) {
        const destinations = linkedResources(target, "arn", target.inputs.arn, ofType(context.resources, RESOURCE_TYPES.apiDestination), ["arn"]);
        if (destinations.length !== 1) {
            outcome.notes.push(`target '${target.name}' of ${label} is not an API destination of the stack`);
            continue;
        }
        const [destination] = destinations;
        const request = destinationRequest(target, destination, envelope, context.resources);
        if (typeof request === "string") {
            outcome.failures.push(`target '${target.name}' of ${label}: ${request}`);
            continue;
        }
        const delivery = await deliverWithRetries(target, request, context.receiver);
        outcome.deliveries.push({ via: `${label} → target '${target.name}' → API destination '${displayName(destination)}'`, ...delivery });
        const error = delivery.exchange.error;
        if (error !== undefined) {
            outcome.failures.push(`API destination '${displayName(destination)}': ${error}`);
        }
    }
}

/**
 * AWS documents for API destinations: a request times out after 5 s; 401, 407, 409, 429 and 5xx answers and
 * timeouts are retried under the target's retry policy (by default 185 retries within 24 h), other answers are
 * not; after the last retry the event goes to the dead-letter queue, if the target has one (EventBridge user guide,
 * "API destinations", and AWS re:Post "eventbridge-api-destination-target-failure"). Modelled: which answers are
 * retried and the number of retries. Not modelled: the back-off's timing and jitter (the retries follow each other
 * at once on simulated time, counted as one second each) and the event-age limit, which only binds when Cognigy
 * stays down for hours.
 */
export const API_DESTINATION_TIMEOUT_SECONDS = 5;
const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 185;

function retriedByEventBridge(exchange: HttpExchange): boolean {
    if (exchange.timedOut === true) {
        return true;
    }
    const status = exchange.responseStatus;
    return status !== undefined && ([401, 407, 409, 429].includes(status) || (status >= 500 && status <= 599));
}

async function deliverWithRetries(
    target: PlannedResource,
    request: { method: string; url: string; headers: Record<string, string>; body: string },
    receiver: Receiver,
): Promise<Omit<Delivery, "via">> {
    const retryPolicy = recordInput(target, "retryPolicy");
    const maximumRetries = typeof retryPolicy?.maximumRetryAttempts === "number" ? retryPolicy.maximumRetryAttempts : DEFAULT_MAXIMUM_RETRY_ATTEMPTS;
    const exchanges: HttpExchange[] = [];
    let simulatedSeconds = 0;
    for (let attempt = 0; attempt <= maximumRetries; attempt++) {
        const exchange = await deliver(receiver, request);
        exchanges.push(exchange);
        simulatedSeconds += exchange.timedOut === true ? API_DESTINATION_TIMEOUT_SECONDS : 1;
        if (!retriedByEventBridge(exchange)) {
            break;
        }
    }
    const last = exchanges[exchanges.length - 1];
    const status = last.responseStatus ?? 0;
    return {
        exchange: last,
        exchanges,
        attempts: exchanges.map(attemptResult),
        delivered: last.timedOut !== true && status >= 200 && status < 300,
        simulatedSeconds,
    };
}

/** What the API destination sends: the (possibly reshaped) event as JSON, the connection's API key header. */
function destinationRequest(
    target: PlannedResource,
    destination: PlannedResource,
    envelope: Record<string, unknown>,
    resources: readonly PlannedResource[],
): { method: string; url: string; headers: Record<string, string>; body: string } | string {
    const connections = linkedResources(destination, "connectionArn", destination.inputs.connectionArn, ofType(resources, RESOURCE_TYPES.connection), ["arn"]);
    if (connections.length !== 1) {
        return `API destination '${displayName(destination)}' has no connection in the stack`;
    }
    const headers: Record<string, string> = { "Content-Type": "application/json; charset=utf-8" };
    const apiKey = recordInput(connections[0], "authParameters")?.apiKey;
    if (isRecord(apiKey) && typeof apiKey.key === "string" && typeof apiKey.value === "string") {
        headers[apiKey.key] = apiKey.value;
    }
    const httpTarget = recordInput(target, "httpTarget");
    if (isRecord(httpTarget?.headerParameters)) {
        for (const [name, value] of Object.entries(httpTarget.headerParameters)) {
            headers[name] = String(value);
        }
    }
    if (recordInput(target, "inputTransformer") !== undefined) {
        return "inputTransformer is not simulated";
    }
    let payload: unknown = envelope;
    if (typeof target.inputs.input === "string") {
        try {
            payload = JSON.parse(target.inputs.input);
        } catch {
            return "the target's constant input is not JSON";
        }
    } else if (typeof target.inputs.inputPath === "string") {
        payload = JSONPath({ path: target.inputs.inputPath, json: envelope, wrap: false });
    }
    const url = stringInput(destination, "invocationEndpoint");
    if (url === undefined) {
        return `API destination '${displayName(destination)}' has no invocationEndpoint`;
    }
    return { method: (stringInput(destination, "httpMethod") ?? "POST").toUpperCase(), url, headers, body: JSON.stringify(payload) };
}
