/**
 * The offline plan end to end, as CI runs it: one child process per case because the Pulumi runtime is global
 * per process. Each case costs a few seconds; the pure pieces are covered in planPieces.test.ts.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
const fixtures = path.join(repoRoot, "tests", "fixtures");
const CLI_TIMEOUT_MS = 90_000;

function plan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "tools/plan.ts", ...args], {
        cwd: repoRoot,
        encoding: "utf8",
        timeout: CLI_TIMEOUT_MS,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run plan", () => {
    jest.setTimeout(CLI_TIMEOUT_MS + 10_000);

    it("exits 1 on the broken project and names each failing policy with its resource", () => {
        const result = plan("--stack", "ci", "--dir", path.join(fixtures, "broken-project"), "--policy-pack-config", "policy/config/dev.json");
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/\[send-event-action-contract\] genesyscloud:index\/integrationAction:IntegrationAction {2}send-event\n.*https/);
        expect(result.stdout).toMatch(/\[trigger-open-messaging-only\] \S+ {2}user-end-unfiltered\n.*matchCriteria is not set/);
        expect(result.stdout).toMatch(/\[handover-stack-wiring\] the stack\n.*2 triggers listen to/);
        // dev.json says the org is shared: none of the fixture's three triggers is scoped by queue.
        expect(result.stdout.match(/\[trigger-scoped-in-shared-org\] \S+ {2}(acw-trigger|user-end-unfiltered|user-end-duplicate)\n.*not scoped to this stack's queues/g)).toHaveLength(3);
        expect(result.stdout).toMatch(/^FAIL: 6 mandatory violation\(s\)/m);
    });

    it("prints one JSON document with --json", () => {
        const result = plan("--stack", "ci", "--dir", path.join(fixtures, "broken-project"), "--policy-pack-config", "policy/config/dev.json", "--json");
        expect(result.status).toBe(1);
        const report = JSON.parse(result.stdout);
        expect(report.verdict).toMatchObject({ status: "fail", mandatory: 6 });
        expect(new Set(report.violations.map((v: { policyName: string }) => v.policyName))).toEqual(
            new Set(["send-event-action-contract", "trigger-open-messaging-only", "trigger-scoped-in-shared-org", "handover-stack-wiring"]),
        );
    });

    it("exits 2 with the program's own configuration errors, all of them, and no stack trace", () => {
        const result = plan("--stack", "ci", "--dir", path.join(fixtures, "invalid-config-project"));
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("plan: Stack 'ci' has 4 configuration problems:");
        // Read through the real runtime's configuration (pulumi.runtime.allConfig), as under `pulumi up`.
        expect(result.stderr).toContain("- triggerEventTTLSeconds: is not a setting of cognigy-genesys-handover, so it would be ignored. Did you mean triggerEventTtlSeconds?");
        expect(result.stderr).toContain('- cognigyEndpoint: "http://endpoint-trial.cognigy.ai/handover/genesysCloudOM" must use https');
        expect(result.stderr).toContain('- genesysRegion: "eu-north-9" is not a Genesys Cloud region.');
        expect(result.stderr).toContain("- triggerDelayBySeconds: cannot be set together with triggerEventTtlSeconds");
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.stdout).toBe("");
    });

    it("exits 2 on bad arguments", () => {
        const result = plan("--stak", "dev");
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("usage: npm run plan -- --stack <name>");
    });

    // The real program's stacks must pass their own policy config.
    for (const stack of ["dev", "prod"]) {
        it(`exits 0 for --stack ${stack}`, () => {
            const result = plan("--stack", stack);
            expect(result.stderr).not.toMatch(/\n\s+at /);
            expect(result.stdout).toMatch(/^PASS: no violations$/m);
            // The seven resources: the Genesys provider, 1 integration, 1 action, 2 workflows, 2 triggers.
            const registered = result.stdout.match(/(pulumi:providers:genesyscloud|genesyscloud:index\/\w+:\w+) {2}\S+/g) ?? [];
            expect(registered.map((line) => line.split("  ")[0]).sort()).toEqual([
                "genesyscloud:index/flow:Flow",
                "genesyscloud:index/flow:Flow",
                "genesyscloud:index/integration:Integration",
                "genesyscloud:index/integrationAction:IntegrationAction",
                "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
                "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
                "pulumi:providers:genesyscloud",
            ]);
            expect(result.status).toBe(0);
        });
    }
});
