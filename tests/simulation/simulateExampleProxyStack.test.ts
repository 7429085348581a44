import { evaluateProgram } from "../../tools/evaluate/evaluateProgram";
import { runCommand } from "./fixtures/runCommand";

/** The webhook example behind an authenticating proxy: the Basic Auth credential reaches the request. */
test("simulate --stack example-proxy exits 0 with 2 deliveries carrying Basic Auth", async () => {
    const run = await runCommand(["--stack", "example-proxy"], evaluateProgram);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("authorization: Basic [credentials.basicAuth]");
    expect(run.stdout).toMatch(/ 2 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/);
});
