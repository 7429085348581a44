import { isRecord } from "@cognigy-handover/contract";
import { PathOutcome } from "./outcome";
import { PathExpectation, SimulationEvent } from "./simulationEvent";

/** Compares what reached the receiver with what a sample expects. */

/** Subset comparison: every expected field must be there with that value; `null` means absent or null. */
export function bodyMismatches(expected: Record<string, unknown>, actual: unknown, prefix = "body"): string[] {
    const fields = isRecord(actual) ? actual : {};
    return Object.entries(expected).flatMap(([key, want]) => {
        const where = `${prefix}.${key}`;
        const got = fields[key];
        if (want === null) {
            return got === undefined || got === null ? [] : [`${where}: expected absent (unset), got ${JSON.stringify(got)}`];
        }
        if (isRecord(want)) {
            return isRecord(got) ? bodyMismatches(want, got, where) : [`${where}: expected an object, got ${JSON.stringify(got)}`];
        }
        return JSON.stringify(got) === JSON.stringify(want) ? [] : [`${where}: expected ${JSON.stringify(want)}, got ${got === undefined ? "nothing" : JSON.stringify(got)}`];
    });
}

function expectedDelivery(expectation: PathExpectation, outcome: PathOutcome): boolean {
    return expectation.delivered === "whenSubscribed" ? outcome.subscribed !== false : expectation.delivered;
}

function reasons(outcome: PathOutcome): string {
    const all = [...outcome.failures, ...outcome.notes];
    return all.length === 0 ? "nothing matched" : all.join("; ");
}

export function checkExpectation(event: SimulationEvent, outcome: PathOutcome, expectation: PathExpectation): string[] {
    const label = `sample '${event.name}' (${outcome.path})`;
    if (outcome.outsideStack === true) {
        // The AWS side is not part of the stack: whether Cognigy gets the event is decided elsewhere.
        return [];
    }
    const received = outcome.deliveries.filter((delivery) => delivery.exchange.received !== undefined);
    const shouldArrive = expectedDelivery(expectation, outcome);
    if (!shouldArrive) {
        return received.map((delivery) => `${label} reached Cognigy but must not: via ${delivery.via}`);
    }
    if (received.length === 0) {
        return [`${label} did not reach Cognigy: ${reasons(outcome)}`];
    }
    const problems: string[] = [];
    if (received.length > 1) {
        problems.push(`${label} reached Cognigy ${received.length} times, expected once: via ${received.map((delivery) => delivery.via).join(" and ")}`);
    }
    if (expectation.body !== undefined) {
        for (const delivery of received) {
            let body: unknown;
            try {
                body = JSON.parse(delivery.exchange.received?.body ?? "");
            } catch {
                problems.push(`${label}: Cognigy got a body that is not JSON via ${delivery.via}: ${JSON.stringify(delivery.exchange.received?.body)}`);
                continue;
            }
            problems.push(...bodyMismatches(expectation.body, body).map((mismatch) => `${label}: ${mismatch} (via ${delivery.via})`));
        }
    }
    return problems;
}
