import { HANDOVER_EVENTS } from "@cognigy-handover/contract";
import type { ProgramEvaluation } from "../../tools/evaluate/evaluateProgram";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { bundledSamples } from "../../tools/simulation/bundledSamples";
import { CognigyFault, parseFaultSpec } from "../../tools/simulation/cognigyFaults";
import { Delivery, SimulationReport } from "../../tools/simulation/outcome";
import { runSimulation } from "../../tools/simulation/runSimulation";
import { SimulationEvent } from "../../tools/simulation/simulationEvent";
import { eventBridgeStack } from "./fixtures/eventBridgeStack";
import { replaceResource, withInputs } from "./fixtures/plannedResources";
import { runCommand } from "./fixtures/runCommand";
import { flowName, PROJECT_ROOT, webhookStack } from "./fixtures/webhookStack";

/** A Cognigy stand-in that fails, times out or rate-limits, and what each delivery path makes of it. */

const acwSample = bundledSamples().find((sample) => sample.name === "acw-open-messaging") as SimulationEvent;
const userEndSample = bundledSamples().find((sample) => sample.name === "user-end-open-messaging") as SimulationEvent;
const customerEndSample = bundledSamples().find((sample) => sample.name === "customer-end-open-messaging") as SimulationEvent;

function simulate(resources: readonly PlannedResource[], events: readonly SimulationEvent[], faults: readonly CognigyFault[]): Promise<SimulationReport> {
    return runSimulation({ resources, projectDir: PROJECT_ROOT, events, stack: "faults-test", faults });
}

function deliveries(report: SimulationReport): Delivery[] {
    return report.events.flatMap((event) => event.outcomes).flatMap((outcome) => outcome.deliveries);
}

/** Every request body Cognigy's stand-in received, in order, across all deliveries. */
function receivedBodies(report: SimulationReport): unknown[] {
    return deliveries(report).flatMap((delivery) => delivery.exchanges.map((exchange) => JSON.parse(exchange.received?.body ?? "null")));
}

/** The webhook stack with the Flows' `data_action_attempts` substitution set to `attempts`. */
function withAttempts(attempts: number): PlannedResource[] {
    let resources = webhookStack();
    for (const event of [HANDOVER_EVENTS.AfterCallWorkEvent, HANDOVER_EVENTS.UserEndEvent]) {
        resources = replaceResource(resources, flowName(event), (flow) =>
            withInputs(flow, { substitutions: { ...(flow.inputs.substitutions as Record<string, string>), data_action_attempts: String(attempts) } }),
        );
    }
    return resources;
}

const ACW_BODY = { userId: "cognigy-user-4b7f2d9e", topic: HANDOVER_EVENTS.AfterCallWorkEvent.topicLiteral };

describe("--cognigy-faults spec", () => {
    test("expands to one fault per request, in order", () => {
        expect(parseFaultSpec("503x2")).toEqual([503, 503]);
        expect(parseFaultSpec("timeoutx1,200x1,429x1")).toEqual(["timeout", 200, 429]);
        expect(parseFaultSpec(" 500x1 , timeoutx2")).toEqual([500, "timeout", "timeout"]);
    });

    test.each([
        ["503", '--cognigy-faults entry "503" is not <status>x<count> or timeoutx<count>. Fix: e.g. --cognigy-faults 503x2 or timeoutx1,200x1,429x1'],
        ["503x0", '--cognigy-faults entry "503x0": the count must be at least 1. Fix: e.g. --cognigy-faults 503x2 or timeoutx1,200x1,429x1'],
        ["999x1", '--cognigy-faults entry "999x1": 999 is not an HTTP status from 200 to 599. Fix: e.g. --cognigy-faults 503x2 or timeoutx1,200x1,429x1'],
        ["slowx1", '--cognigy-faults entry "slowx1" is not <status>x<count> or timeoutx<count>. Fix: e.g. --cognigy-faults 503x2 or timeoutx1,200x1,429x1'],
        ["503x2,", '--cognigy-faults entry "" is not <status>x<count> or timeoutx<count>. Fix: e.g. --cognigy-faults 503x2 or timeoutx1,200x1,429x1'],
        ["500x1001", "--cognigy-faults covers more than 1000 requests. Fix: use smaller counts"],
    ])("refuses %s", (spec, message) => {
        expect(() => parseFaultSpec(spec)).toThrow(message);
    });
});

describe("the webhook workflow retries on its Failure and Timeout paths (dataActionAttempts 3)", () => {
    test("two 503s, then 200: delivered on the third attempt after two 10 s Waits", async () => {
        const report = await simulate(webhookStack(), [acwSample], [503, 503]);
        expect(deliveries(report).map(({ attempts, delivered, simulatedSeconds, exitReason }) => ({ attempts, delivered, simulatedSeconds, exitReason }))).toEqual([
            { attempts: [503, 503, 200], delivered: true, simulatedSeconds: 20, exitReason: "HandoverEndDelivered" },
        ]);
        expect(report.summary).toEqual({ expectedDeliveries: 1, delivered: 1, lost: 0 });
        expect(report.ok).toBe(true);
    });

    test("three failures in a row: the end is lost, the workflow ends HandoverEndNotDelivered, the run fails", async () => {
        const report = await simulate(webhookStack(), [acwSample], [503, 429, 500]);
        const [delivery] = deliveries(report);
        expect(delivery.attempts).toEqual([503, 429, 500]);
        expect(delivery.delivered).toBe(false);
        expect(delivery.exitReason).toBe("HandoverEndNotDelivered");
        expect(report.summary).toEqual({ expectedDeliveries: 1, delivered: 0, lost: 1 });
        expect(report.ok).toBe(false);
    });

    test("a 4xx that would fail again is not retried: one request, the workflow ends HandoverEndRejected", async () => {
        const report = await simulate(webhookStack(), [acwSample], [400, 400, 400]);
        const [delivery] = deliveries(report);
        expect({ attempts: delivery.attempts, delivered: delivery.delivered, simulatedSeconds: delivery.simulatedSeconds, exitReason: delivery.exitReason }).toEqual({
            attempts: [400],
            delivered: false,
            simulatedSeconds: 0,
            exitReason: "HandoverEndRejected",
        });
        expect(report.summary).toEqual({ expectedDeliveries: 1, delivered: 0, lost: 1 });
    });

    test.each([
        [[408], [408, 200]],
        [[429], [429, 200]],
        [[503, 404], [503, 404]],
    ] as [number[], number[]][])("faults %j: attempts %j (408 and 429 are retried, other 4xx end the workflow)", async (faults, attempts) => {
        const report = await simulate(webhookStack(), [acwSample], faults);
        expect(deliveries(report)[0].attempts).toEqual(attempts);
    });

    test("dataActionAttempts 1 is a single try, as before retries existed", async () => {
        const report = await simulate(withAttempts(1), [acwSample], [503]);
        expect(deliveries(report).map(({ attempts, delivered, simulatedSeconds }) => ({ attempts, delivered, simulatedSeconds }))).toEqual([
            { attempts: [503], delivered: false, simulatedSeconds: 0 },
        ]);
    });

    test("dataActionAttempts 5 outlasts four failures", async () => {
        const report = await simulate(withAttempts(5), [acwSample], [503, 503, "timeout", 429]);
        expect(deliveries(report)[0].attempts).toEqual([503, 503, "timeout", 429, 200]);
        expect(report.summary).toEqual({ expectedDeliveries: 1, delivered: 1, lost: 0 });
    });

    test("a timeout costs the action's own timeout (10 s) on simulated time, and takes the Failure path", async () => {
        const started = Date.now();
        const report = await simulate(webhookStack(), [acwSample], ["timeout"]);
        expect(deliveries(report)[0]).toMatchObject({ attempts: ["timeout", 200], delivered: true, simulatedSeconds: 20 });
        expect(Date.now() - started).toBeLessThan(10_000);
    });
});

describe("at least once: what Cognigy receives (docs/delivery-budgets.md, Duplicates and order)", () => {
    test("a retry after a timeout that did reach Cognigy: Cognigy gets the same request twice", async () => {
        const report = await simulate(webhookStack(), [acwSample], ["timeout"]);
        expect(receivedBodies(report)).toEqual([ACW_BODY, ACW_BODY]);
        expect(report.summary).toEqual({ expectedDeliveries: 1, delivered: 1, lost: 0 });
    });

    test("a trigger that fires twice: two workflow runs, two identical requests, nothing tells them apart", async () => {
        const report = await simulate(webhookStack(), [acwSample, { ...acwSample, name: "acw-open-messaging-again" }], []);
        expect(receivedBodies(report)).toEqual([ACW_BODY, ACW_BODY]);
        expect(report.summary).toEqual({ expectedDeliveries: 2, delivered: 2, lost: 0 });
    });

    test("events out of order: user.end before acw reaches Cognigy in that order, as sent", async () => {
        const report = await simulate(webhookStack(), [userEndSample, acwSample], []);
        expect(receivedBodies(report)).toEqual([
            { userId: "cognigy-user-4b7f2d9e", topic: HANDOVER_EVENTS.UserEndEvent.topicLiteral, disconnectType: "CLIENT" },
            ACW_BODY,
        ]);
    });
});

describe("the EventBridge path retries as AWS documents for API destinations", () => {
    test("5xx, 429 and timeouts are retried under the target's retry policy", async () => {
        const report = await simulate(eventBridgeStack(), [customerEndSample], [503, 429, "timeout"]);
        expect(deliveries(report).map(({ attempts, delivered, simulatedSeconds }) => ({ attempts, delivered, simulatedSeconds }))).toEqual([
            { attempts: [503, 429, "timeout", 200], delivered: true, simulatedSeconds: 8 },
        ]);
    });

    test("a 400 is not retried: the event goes to the dead-letter queue, lost for Cognigy", async () => {
        const report = await simulate(eventBridgeStack(), [customerEndSample], [400]);
        expect(deliveries(report)[0]).toMatchObject({ attempts: [400], delivered: false });
        expect(report.summary).toEqual({ expectedDeliveries: 1, delivered: 0, lost: 1 });
    });
});

describe("simulate --cognigy-faults", () => {
    const evaluate = async ({ stack }: { projectDir: string; stack: string }): Promise<ProgramEvaluation> => ({
        project: "test",
        stack,
        mode: "update",
        resources: webhookStack(),
        stackOutputs: {},
    });

    test("--json: attempts and delivered per delivery, the summary, exit 0 when nothing is lost", async () => {
        const run = await runCommand(["--stack", "ci", "--cognigy-faults", "503x2", "--json"], evaluate);
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.summary).toEqual({ expectedDeliveries: 7, delivered: 7, lost: 0 });
        const first = report.events[0].outcomes[0].deliveries[0];
        expect([first.attempts, first.delivered]).toEqual([[503, 503, 200], true]);
    });

    test("exit 1 when an end is lost, and the text says so", async () => {
        const run = await runCommand(["--stack", "ci", "--cognigy-faults", "timeoutx3"], evaluate);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain("attempts: timeout, timeout, timeout → LOST after 50 s simulated, workflow ended HandoverEndNotDelivered");
        expect(run.stdout).toContain("handover ends: 7 expected, 6 delivered, 1 lost");
    });

    test("a bad spec: simulate: <problem>. Fix: ..., exit 2, before anything is evaluated", async () => {
        let evaluated = false;
        const run = await runCommand(["--stack", "ci", "--cognigy-faults", "503"], async (options) => {
            evaluated = true;
            return evaluate(options);
        });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe('simulate: --cognigy-faults entry "503" is not <status>x<count> or timeoutx<count>. Fix: e.g. --cognigy-faults 503x2 or timeoutx1,200x1,429x1\n');
        expect(evaluated).toBe(false);
    });
});
