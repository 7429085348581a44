import { evaluateProgram } from "../../tools/evaluate/evaluateProgram";
import { deliveredSamples, JsonReport, notesOf } from "./fixtures/jsonReport";
import { runCommand } from "./fixtures/runCommand";

/**
 * `npm run simulate -- --stack prod` over the real program and the shared evaluator. One stack per file: the
 * evaluator runs one Pulumi program per module registry.
 */
test("simulate --stack prod exits 0 with exactly 2 deliveries, both from prod's own queue", async () => {
    const run = await runCommand(["--stack", "prod", "--json"], evaluateProgram);
    const report = JSON.parse(run.stdout || "{}") as JsonReport;
    expect({ code: run.code, stderr: run.stderr, failures: report.failures }).toEqual({ code: 0, stderr: "", failures: [] });
    expect(report.deliveries).toBe(2);
    // A dev conversation, or one on another integration's queue, never reaches prod.
    expect(deliveredSamples(report)).toEqual(["acw-open-messaging", "user-end-open-messaging"]);
    expect(notesOf(report, "user-end-open-messaging-other-queue")).toContain(`(event has "c0ffee00-1234-4abc-9def-0123456789ab")`);
});
