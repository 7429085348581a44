import { PlannedResource } from "../evaluate/plannedResource";
import { isEventBridgeStack, simulateEventBridge } from "./eventBridgePath";
import { checkExpectation } from "./expectations";
import { CognigyFault } from "./cognigyFaults";
import { DeliverySummary, EventReport, PathOutcome, SimulationReport } from "./outcome";
import { startReceiver } from "./receiver";
import { DeliveryPath, expectationFor, SimulationEvent } from "./simulationEvent";
import { isWebhookStack, simulateWebhook } from "./webhookPath";

export interface SimulationInput {
    readonly resources: readonly PlannedResource[];
    /** Where the Flows' relative `filepath`s are read from. */
    readonly projectDir: string;
    readonly events: readonly SimulationEvent[];
    readonly stack?: string;
    /** How the Cognigy stand-in answers its first requests (`--cognigy-faults`); healthy when empty. */
    readonly faults?: readonly CognigyFault[];
}

/** Replays each event through every delivery path the stack sets up, against a local receiver. */
export async function runSimulation(input: SimulationInput): Promise<SimulationReport> {
    const paths: DeliveryPath[] = [];
    if (isWebhookStack(input.resources)) {
        paths.push("webhook");
    }
    if (isEventBridgeStack(input.resources)) {
        paths.push("eventbridge");
    }
    const stackFailures =
        paths.length === 0 ? ["the stack defines neither Process Automation triggers nor an Amazon EventBridge Source integration: nothing reaches Cognigy"] : [];

    const receiver = await startReceiver(input.faults ?? []);
    const events: EventReport[] = [];
    try {
        for (const event of input.events) {
            const outcomes: PathOutcome[] = [];
            const expectationFailures: string[] = [];
            for (const path of paths) {
                const outcome =
                    path === "webhook"
                        ? await simulateWebhook(event, { resources: input.resources, projectDir: input.projectDir, receiver })
                        : await simulateEventBridge(event, { resources: input.resources, receiver });
                outcomes.push(outcome);
                const expectation = expectationFor(event, path, input.stack);
                if (expectation !== undefined) {
                    expectationFailures.push(...checkExpectation(event, outcome, expectation));
                }
            }
            events.push({ event, outcomes, expectationFailures });
        }
    } finally {
        await receiver.close();
    }
    const deliveries = events
        .flatMap((report) => report.outcomes)
        .flatMap((outcome) => outcome.deliveries)
        .flatMap((delivery) => delivery.exchanges)
        .filter((exchange) => exchange.received !== undefined).length;
    const summary = deliverySummary(events);
    const ok =
        summary.lost === 0 &&
        stackFailures.length === 0 &&
        events.every((report) => report.expectationFailures.length === 0 && report.outcomes.every((outcome) => outcome.failures.length === 0));
    return { stack: input.stack, paths, events, deliveries, stackFailures, summary, ok };
}

/**
 * Every handover end a path took up (a workflow run, an API destination invocation) is expected to reach Cognigy;
 * one whose every request failed or timed out, or that was never sent, is lost. Ends a path rightly ignored
 * (no trigger or rule matched) are not counted.
 */
function deliverySummary(events: readonly EventReport[]): DeliverySummary {
    const outcomes = events.flatMap((report) => report.outcomes);
    const taken = outcomes.flatMap((outcome) => outcome.deliveries);
    const expectedDeliveries = taken.length + outcomes.reduce((sum, outcome) => sum + outcome.unsent, 0);
    const delivered = taken.filter((delivery) => delivery.delivered).length;
    return { expectedDeliveries, delivered, lost: expectedDeliveries - delivered };
}

/** Every failure of a report, one line each: what the CLI's exit code and the tests look at. */
export function allFailures(report: SimulationReport): string[] {
    return [
        ...report.stackFailures,
        ...report.events.flatMap((event) => [
            ...event.outcomes.flatMap((outcome) => outcome.failures.map((failure) => `${event.event.name} (${outcome.path}): ${failure}`)),
            ...event.expectationFailures,
        ]),
    ];
}
