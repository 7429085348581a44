import { evaluateProgram } from "../../tools/evaluate/evaluateProgram";
import { deliveredSamples, JsonReport, notesOf } from "./fixtures/jsonReport";
import { runCommand } from "./fixtures/runCommand";

/**
 * `npm run simulate -- --stack dev` over the real program and the shared evaluator. One stack per file: the
 * evaluator runs one Pulumi program per module registry.
 */
test("simulate --stack dev exits 0 with exactly 2 deliveries, both from dev's own queue", async () => {
    const run = await runCommand(["--stack", "dev", "--json"], evaluateProgram);
    const report = JSON.parse(run.stdout || "{}") as JsonReport;
    expect({ code: run.code, stderr: run.stderr, failures: report.failures }).toEqual({ code: 0, stderr: "", failures: [] });
    expect(report.deliveries).toBe(2);
    // Dev shares the org with prod: a prod conversation, or one on another integration's queue, never reaches dev.
    expect(deliveredSamples(report)).toEqual(["acw-open-messaging-dev-queue", "user-end-open-messaging-dev-queue"]);
    expect(notesOf(report, "acw-open-messaging")).toContain(`queueId In ["d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01"] (event has "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")`);
});
