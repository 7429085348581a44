import { HttpExchange } from "./httpDelivery";
import { DeliveryPath, SimulationEvent } from "./simulationEvent";

/** What happened to one event on one delivery path. */

/**
 * One handover end handed to a delivery path (a workflow run, an API destination invocation) and every request it
 * made to Cognigy, retries included.
 */
export interface Delivery {
    /** The chain that produced it, e.g. `trigger 'T' → workflow 'W' → data action 'A'`. */
    readonly via: string;
    /** The last request: the one Cognigy accepted, or the last that failed. */
    readonly exchange: HttpExchange;
    /** Every request in order, the last one included. */
    readonly exchanges: readonly HttpExchange[];
    /** One entry per request: the status Cognigy's stand-in answered, or "timeout". */
    readonly attempts: readonly (number | "timeout" | "not sent")[];
    /** Cognigy accepted one of the requests (a 2xx that the action's response handling took as success). */
    readonly delivered: boolean;
    /** How long the path took on simulated time: Waits, timeouts, retry back-off. */
    readonly simulatedSeconds: number;
    /** Webhook: the exit reason the workflow ended with. */
    readonly exitReason?: string;
}

export interface PathOutcome {
    readonly path: DeliveryPath;
    /** Names of the triggers (webhook) or rules (EventBridge) that matched the event. */
    readonly matched: string[];
    /** Why things did not match or did not happen; informative, not failures. */
    readonly notes: string[];
    readonly deliveries: Delivery[];
    /** Broken seams found while executing this event: each fails the run. */
    readonly failures: string[];
    /** Handover ends the path took up but never sent to Cognigy (e.g. the data action's input contract failed). */
    unsent: number;
    /** EventBridge only: whether the Genesys source's topic filter lets the event out. */
    subscribed?: boolean;
    /** EventBridge only: the event leaves Genesys but the stack has no AWS side to follow it through. */
    outsideStack?: boolean;
}

export interface EventReport {
    readonly event: SimulationEvent;
    readonly outcomes: readonly PathOutcome[];
    /** Expectations of the sample that did not hold. */
    readonly expectationFailures: readonly string[];
}

export interface SimulationReport {
    readonly stack?: string;
    readonly paths: readonly DeliveryPath[];
    readonly events: readonly EventReport[];
    /** Requests that reached the receiver. */
    readonly deliveries: number;
    /** Problems with the stack as a whole (e.g. nothing to simulate). */
    readonly stackFailures: readonly string[];
    /** Handover ends the stack took up, how many reached Cognigy and were accepted, how many were lost. */
    readonly summary: DeliverySummary;
    readonly ok: boolean;
}

export interface DeliverySummary {
    readonly expectedDeliveries: number;
    readonly delivered: number;
    readonly lost: number;
}

export function emptyOutcome(path: DeliveryPath): PathOutcome {
    return { path, matched: [], notes: [], deliveries: [], failures: [], unsent: 0 };
}
