import { HttpExchange } from "./httpDelivery";
import { DeliveryPath, SimulationEvent } from "./simulationEvent";

/** What happened to one event on one delivery path. */

export interface Delivery {
    /** The chain that produced it, e.g. `trigger 'T' → workflow 'W' → data action 'A'`. */
    readonly via: string;
    readonly exchange: HttpExchange;
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
    readonly ok: boolean;
}

export function emptyOutcome(path: DeliveryPath): PathOutcome {
    return { path, matched: [], notes: [], deliveries: [], failures: [] };
}
