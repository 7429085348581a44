import { evaluateProgram } from "../../tools/evaluate/evaluateProgram";
import { runCommand } from "./fixtures/runCommand";

/** The on-prem EventBridge example stack end to end: source filter → partner bus → rule → API destination. */
test("simulate --stack example-onprem exits 0, delivers with the connection's API key and masks it", async () => {
    const run = await runCommand(["--stack", "example-onprem"], evaluateProgram);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/eventbridge \(topic subscribed\): matched rule/);
    expect(run.stdout).toContain("authorization: ********");
    expect(run.stdout).toMatch(/[1-9]\d* request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/);
});
