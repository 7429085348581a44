import { evaluateProgram } from "../../tools/evaluate/evaluateProgram";
import { runCommand } from "./fixtures/runCommand";

/**
 * `npm run simulate -- --stack prod` over the real program and the shared evaluator. One stack per file: the
 * evaluator runs one Pulumi program per module registry.
 */
test("simulate --stack prod exits 0 with exactly 2 deliveries", async () => {
    const run = await runCommand(["--stack", "prod", "--json"], evaluateProgram);
    const report = JSON.parse(run.stdout || "{}") as { deliveries?: number; failures?: string[] };
    expect({ code: run.code, stderr: run.stderr, failures: report.failures }).toEqual({ code: 0, stderr: "", failures: [] });
    expect(report.deliveries).toBe(2);
});
