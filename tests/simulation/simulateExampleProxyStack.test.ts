import { evaluateProgram } from "../../tools/evaluate/evaluateProgram";
import { runCommand } from "./fixtures/runCommand";

/**
 * The webhook example behind an authenticating proxy: the Basic Auth credential reaches the request. Its org
 * serves only this Cognigy, so its triggers are not scoped by queue: every Open Messaging sample reaches it.
 */
test("simulate --stack example-proxy exits 0 with 7 deliveries carrying Basic Auth", async () => {
    const run = await runCommand(["--stack", "example-proxy"], evaluateProgram);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("authorization: Basic [credentials.basicAuth]");
    expect(run.stdout).toMatch(/ 7 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/);
});
