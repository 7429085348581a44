import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HANDOVER_EVENTS } from "@cognigy-handover/contract";
import type { ProgramEvaluation } from "../../tools/evaluate/evaluateProgram";
import { runCommand } from "./fixtures/runCommand";
import { webhookStack } from "./fixtures/webhookStack";
import { UserError } from "../../tools/userError";

/** The command's contract (arguments, output, exit codes) over a stand-in evaluator. */

const evaluateWebhookStack = async ({ stack }: { projectDir: string; stack: string }): Promise<ProgramEvaluation> => ({
    project: "test",
    stack,
    mode: "update",
    resources: webhookStack(),
    stackOutputs: {},
});

let eventsDir: string;
beforeAll(() => {
    eventsDir = fs.mkdtempSync(path.join(os.tmpdir(), "simulate-events-"));
});
afterAll(() => fs.rmSync(eventsDir, { recursive: true, force: true }));

function eventsFile(name: string, content: string): string {
    const file = path.join(eventsDir, name);
    fs.writeFileSync(file, content);
    return file;
}

describe("simulate", () => {
    test("exit 0 and a readable report when every expectation holds", async () => {
        const run = await runCommand(["--stack", "ci"], evaluateWebhookStack);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("Simulation of stack ci: delivery path(s) webhook");
        expect(run.stdout).toContain(`matched trigger '${HANDOVER_EVENTS.AfterCallWorkEvent.triggerName}'`);
        expect(run.stdout).toContain("receiver got POST /handover/genesysCloudOM");
        expect(run.stdout).toMatch(/16 event\(s\), 7 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK$/m);
    });

    test("--json prints one document", async () => {
        const run = await runCommand(["--stack", "ci", "--json"], evaluateWebhookStack);
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout) as { ok: boolean; deliveries: number; events: unknown[]; failures: string[] };
        expect(report).toMatchObject({ ok: true, deliveries: 7, failures: [] });
        expect(report.events).toHaveLength(16);
    });

    test("exit 1 when an expectation of the user's own NDJSON events fails; bare bodies take --topic", async () => {
        const wrong = { eventBody: { conversationId: "c1", mediaType: "MESSAGE", messageType: "OPEN", addressTo: "u1" }, expect: { webhook: { delivered: false } } };
        const file = eventsFile("wrong.ndjson", `${JSON.stringify(wrong)}\n`);
        const run = await runCommand(["--stack", "ci", "--events", file, "--topic", HANDOVER_EVENTS.AfterCallWorkEvent.topic], evaluateWebhookStack);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(`(webhook) reached Cognigy but must not: via trigger '${HANDOVER_EVENTS.AfterCallWorkEvent.triggerName}'`);
    });

    test("user events without expectations pass when no seam breaks", async () => {
        const file = eventsFile("bare.json", JSON.stringify([{ conversationId: "c2", mediaType: "MESSAGE", messageType: "OPEN", addressTo: "u2", disconnectType: "TRANSFER" }]));
        const run = await runCommand(["--stack", "ci", "--events", file, "--topic", HANDOVER_EVENTS.UserEndEvent.topic, "--json"], evaluateWebhookStack);
        expect(run.code).toBe(0);
        expect(JSON.parse(run.stdout).deliveries).toBe(1);
    });

    test("exit 2 with the evaluator's message, no stack trace", async () => {
        const run = await runCommand(["--stack", "nope"], async () => {
            throw new UserError("No stack file Pulumi.nope.yaml");
        });
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("simulate: cannot simulate stack nope: No stack file Pulumi.nope.yaml\n");
    });

    test("exit 2 for unreadable events and for missing arguments", async () => {
        expect((await runCommand(["--stack", "ci", "--events", eventsFile("broken.ndjson", "{oops\n")], evaluateWebhookStack)).code).toBe(2);
        expect((await runCommand(["--stack", "ci", "--events", path.join(eventsDir, "missing.json")], evaluateWebhookStack)).stderr).toContain("cannot read");
        expect((await runCommand([], evaluateWebhookStack)).stderr).toContain("--stack is required");
        expect((await runCommand(["--stack", "ci", "--bogus"], evaluateWebhookStack)).code).toBe(2);
    });
});
