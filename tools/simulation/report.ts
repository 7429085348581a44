import { allFailures } from "./runSimulation";
import { Delivery, EventReport, PathOutcome, SimulationReport } from "./outcome";
import { maskSecretValues, maskSecretValuesDeep } from "../maskSecrets";

/** Human-readable and JSON renderings of a simulation report; secrets are masked in both. */

function headerLines(headers: Readonly<Record<string, string>>, indent: string): string[] {
    return Object.entries(headers).map(([name, value]) => `${indent}${name}: ${value}`);
}

function attemptsLine(delivery: Delivery): string[] {
    if (delivery.attempts.length <= 1 && delivery.delivered) {
        return [];
    }
    const verdict = delivery.delivered ? "delivered" : "LOST";
    const exit = delivery.exitReason !== undefined ? `, workflow ended ${delivery.exitReason}` : "";
    return [`      attempts: ${delivery.attempts.join(", ")} → ${verdict} after ${delivery.simulatedSeconds} s simulated${exit}`];
}

function deliveryLines(delivery: Delivery): string[] {
    const { sent, received, responseStatus, error, timedOut } = delivery.exchange;
    const lines = [
        `    via ${delivery.via}`,
        ...attemptsLine(delivery),
        `      sent ${sent.method} ${sent.url}  (to ${sent.receiverUrl || "nowhere"})`,
        ...headerLines(sent.headers, "        "),
        `        body: ${sent.body ?? "(none)"}`,
    ];
    if (received !== undefined) {
        lines.push(`      receiver got ${received.method} ${received.path} → ${timedOut === true ? "never answered (timeout)" : `answered ${responseStatus ?? "?"}`}`, ...headerLines(received.headers, "        "), `        body: ${received.body}`);
    } else {
        lines.push(`      receiver got nothing${error !== undefined ? `: ${error}` : ""}`);
    }
    return lines;
}

function outcomeLines(outcome: PathOutcome): string[] {
    const subscribed = outcome.subscribed === undefined ? "" : outcome.subscribed ? " (topic subscribed)" : " (topic not subscribed)";
    const matched = outcome.matched.length === 0 ? "nothing matched" : `matched ${outcome.path === "webhook" ? "trigger" : "rule"} ${outcome.matched.map((name) => `'${name}'`).join(", ")}`;
    return [
        `  ${outcome.path}${subscribed}: ${matched}`,
        ...outcome.deliveries.flatMap(deliveryLines),
        ...outcome.notes.map((note) => `    · ${note}`),
        ...outcome.failures.map((failure) => `    ✗ ${failure}`),
    ];
}

function eventLines(report: EventReport): string[] {
    const verdict = report.expectationFailures.length === 0 && report.outcomes.every((outcome) => outcome.failures.length === 0) ? "ok" : "FAILED";
    return [
        `● ${report.event.name} [${verdict}]  ${report.event.topicName}`,
        ...(report.event.description !== undefined ? [`  ${report.event.description}`] : []),
        ...report.outcomes.flatMap(outcomeLines),
        ...report.expectationFailures.map((failure) => `  ✗ expectation: ${failure}`),
    ];
}

export function formatReport(report: SimulationReport, secrets: readonly string[]): string {
    const failures = allFailures(report);
    const lines = [
        `Simulation of stack ${report.stack ?? "(unnamed)"}: delivery path(s) ${report.paths.join(", ") || "none"}`,
        "",
        ...report.events.flatMap((event) => [...eventLines(event), ""]),
        ...report.stackFailures.map((failure) => `✗ ${failure}`),
        `handover ends: ${report.summary.expectedDeliveries} expected, ${report.summary.delivered} delivered, ${report.summary.lost} lost`,
        `${report.events.length} event(s), ${report.deliveries} request(s) reached the Cognigy stand-in, ${failures.length} failure(s): ${report.ok ? "OK" : "FAILED"}`,
    ];
    return maskSecretValues(lines.join("\n"), secrets);
}

export function reportAsJson(report: SimulationReport, secrets: readonly string[]): string {
    return JSON.stringify(maskSecretValuesDeep({ ...report, failures: allFailures(report) }, secrets), null, 2);
}
