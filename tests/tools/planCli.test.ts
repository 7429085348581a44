/**
 * The offline plan end to end, as CI runs it: one child process per case because the Pulumi runtime is global
 * per process. Each case costs a few seconds; the pure pieces are covered in planPieces.test.ts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
const fixtures = path.join(repoRoot, "tests", "fixtures");
const CLI_TIMEOUT_MS = 90_000;

function plan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ["-r", "./tools/compiledTypeScript.js", "tools/plan.ts", ...args], {
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
        // Its workflows are unnamed too: fault 1 of the plan issue.
        expect(result.stdout).toMatch(/^FAIL: .*, 2 perpetual diff\(s\) block this stack$/m);
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

    it("with a required key missing, still reports every other bad value in the same run, each with its fix", () => {
        const result = plan("--stack", "ci", "--dir", path.join(fixtures, "missing-key-project"));
        expect(result.status).toBe(2);
        const lines = result.stderr.split("\n");
        // First what the real CLI says (it stops there), in its words, then the fix for it.
        expect(lines[0]).toBe(
            `plan: Stack 'ci' is missing configuration value 'cognigyEndpoint': set it in ${path.join(fixtures, "missing-key-project", "Pulumi.ci.yaml")} ` +
                "or give it a default in Pulumi.yaml. Fix: pulumi config set cognigyEndpoint <value> --stack ci",
        );
        expect(lines[1]).toMatch(/^Stack 'ci' with configuration key 'dataActionTimeoutSeconds' must be of type 'integer' .*Fix: pulumi config set dataActionTimeoutSeconds <integer value> --stack ci$/);
        // Then everything the program's settings find, which the CLI would only show on the next run.
        expect(lines[2]).toBe("Stack 'ci' has 4 configuration problems:");
        expect(result.stderr).toContain("- cognigyEndpoint: is not set; Genesys needs the Cognigy endpoint to send handover events to. Fix: pulumi config set cognigyEndpoint https://endpoint-app.cognigy.ai -s ci");
        expect(result.stderr).toMatch(/- genesysRegion: "eu-north-9" is not a Genesys Cloud region\. .*Fix: pulumi config set genesysRegion eu-central-1 -s ci/);
        expect(result.stderr).toContain('- nameSuffix: " (a/b)" must be at most 60 characters');
        expect(result.stderr).toContain('- dataActionTimeoutSeconds: "ten" must be a whole number from 1 to 60. Fix: pulumi config set dataActionTimeoutSeconds 10 -s ci');
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });

    it("exits 2 on bad arguments", () => {
        const result = plan("--stak", "dev");
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("usage: npm run plan -- --stack <name>");
        const both = plan("--stack", "dev", "--base", "HEAD", "--state", "x.json");
        expect(both.status).toBe(2);
        expect(both.stderr).toContain("plan: --base and --state each name the deployed state to compare with. Fix: pass one of them.");
    });

    it("answers --help with usage, options and exit codes", () => {
        const result = plan("--help");
        expect(result.status).toBe(0);
        expect(result.stdout).toContain("usage: npm run plan -- --stack <name>");
        for (const option of ["--stack", "--base", "--state", "--dir", "--policy-pack", "--policy-pack-config", "--json", "--help"]) {
            expect(result.stdout).toMatch(new RegExp(`\\n {2}(-h, )?${option} `));
        }
        expect(result.stdout).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*perpetual diff[^]*\n {2}2 .*state file/);
    });

    // The real program's stacks must pass their own policy config.
    for (const stack of ["dev", "prod"]) {
        it(`exits 0 for --stack ${stack}`, () => {
            const result = plan("--stack", stack);
            expect(result.stderr).not.toMatch(/\n\s+at /);
            expect(result.stdout).toMatch(/^PASS: no violations$/m);
            expect(result.stdout).toContain("Converges: after the simulated `pulumi up`, a second preview changes nothing.");
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

    it("never prints a secret: the proxy credential is [secret] in resources and steps", () => {
        const result = plan("--stack", "example-proxy", "--json");
        expect(result.stdout).not.toContain("offline-placeholder-not-the-real-secret");
        const report = JSON.parse(result.stdout);
        const credential = report.steps.find((s: { type: string }) => s.type === "genesyscloud:index/integrationCredential:IntegrationCredential");
        expect(credential.op).toBe("create");
        expect(credential.newState.inputs.fields).toBe("[secret]");
    });

    describe("convergence: what the preview after the simulated `pulumi up` would still change", () => {
        const project = path.join(fixtures, "convergence-project");
        const noPolicies = path.join(project, "policies-disabled.json");
        const planCase = (stack: string, ...extra: string[]) => plan("--stack", stack, "--dir", project, "--policy-pack-config", noPolicies, ...extra);

        it("fails a program that leaves a Flow unnamed: auto-named by the bridge, read back as the YAML's name (fault 1)", () => {
            const result = planCase("unnamed-flow");
            expect(result.status).toBe(1);
            expect(result.stdout).toMatch(
                /genesyscloud:index\/flow:Flow {2}workflow {2}\(update\)\n {6}name: the program sends "workflow-[0-9a-f]{7}", state holds "Convergence Workflow" after the up\n {6}why: the provider reads `name` back from the published flow: the flow YAML's own name \(readBack flowYamlName\) \[genesyscloud\/architect_flow\/.*confirmed\]/,
            );
            expect(result.stdout).toMatch(/^FAIL: 1 perpetual diff\(s\) block this stack$/m);
        });

        it("fails match criteria the provider reads back re-marshalled: the trigger's consistency check fails the up, leaving the trigger", () => {
            const result = planCase("unsorted-criteria", "--json");
            expect(result.status).toBe(1);
            const report = JSON.parse(result.stdout);
            expect(report.perpetualDiffs).toEqual([]);
            expect(report.upFailures).toEqual([
                expect.objectContaining({
                    type: "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
                    property: "matchCriteria",
                    stored: '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"}]',
                    behaviour: expect.stringContaining("Go's json.Marshal"),
                    upFails: {
                        behaviour: expect.stringMatching(/^`up` fails and leaves the object: the provider's read right after the create or update runs its consistency checker/),
                        source: expect.stringContaining("genesyscloud/consistency_checker/consistency_checker.go:222-303"),
                    },
                }),
            ]);
            expect(report.verdict).toMatchObject({ status: "fail", perpetualDiffs: 0, upFailures: 1 });
            const human = planCase("unsorted-criteria");
            expect(human.stdout).toMatch(/^`up` fails and leaves the object \(1\)/m);
            expect(human.stdout).toMatch(/^FAIL: 1 read-back\(s\) that fail the `up` and leave the object block this stack$/m);
        });

        it("passes a program whose state after the up is what it sends", () => {
            const result = planCase("converges");
            expect(result.status).toBe(0);
            expect(result.stdout).toContain("Converges: after the simulated `pulumi up`, a second preview changes nothing.");
        });

        it("--state plans against a `pulumi stack export` file, and never prints its secrets", () => {
            const exportFile = path.join(fixtures, "stack-export", "convergence-project.converges.json");
            const human = planCase("converges", "--state", exportFile);
            expect(human.status).toBe(0);
            expect(human.stdout).toMatch(/~ genesyscloud:index\/processautomationTrigger:ProcessautomationTrigger {2}trigger {2}\(update\)\n {6}~ enabled: false => true\n/);
            expect(human.stdout).toMatch(/Resources:\n {4}~ 1 to update\n {4}2 unchanged/);
            const result = planCase("converges", "--state", exportFile, "--json");
            const report = JSON.parse(result.stdout);
            expect(report.steps.map((s: { op: string; urn: string }) => `${s.op} ${s.urn.split("::").pop()}`)).toEqual([
                "same convergence-project-converges",
                "same workflow",
                "update trigger",
            ]);
            expect(report.steps[2]).toMatchObject({ diffReasons: ["enabled"], detailedDiff: { enabled: { kind: "update", inputDiff: false } } });
            expect(report.steps[0].oldState.outputs.cognigyApiKey).toBe("[secret]");
            expect(result.stdout).not.toContain("ciphertext");
            expect(result.stdout).not.toContain("v1:");
        });

        it("exits 2 on a state file that is not an export of this stack, naming the fix", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-state-"));
            try {
                fs.writeFileSync(path.join(dir, "bad.json"), "{ not json");
                const notJson = planCase("converges", "--state", path.join(dir, "bad.json"));
                expect(notJson.status).toBe(2);
                expect(notJson.stderr).toMatch(/^plan: --state .*bad\.json: not JSON \(.*\)\. Fix: pass the file `pulumi stack export` writes\.$/m);
                const otherStack = planCase("unnamed-flow", "--state", path.join(fixtures, "stack-export", "convergence-project.converges.json"));
                expect(otherStack.status).toBe(2);
                expect(otherStack.stderr).toContain("belongs to stack converges of project convergence-project, not unnamed-flow of convergence-project. Fix: export the right stack.");
                expect(otherStack.stderr).not.toMatch(/\n\s+at /);
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });

        it("exits 2 on a base ref that does not exist", () => {
            const result = planCase("converges", "--base", "no-such-ref-anywhere");
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(/^plan: --base no-such-ref-anywhere: no such commit in .*\. Fix: fetch it first/m);
        });
    });

    describe("--base: what a change does to the stack deployed from a git ref", () => {
        let checkout: string;
        beforeAll(() => {
            // The real program in a repository of its own: the base commit, then a contract change in the working tree.
            checkout = fs.mkdtempSync(path.join(os.tmpdir(), "plan-base-test-"));
            for (const entry of ["index.ts", "components", "contract", "sdks", "Pulumi.yaml", "Pulumi.dev.yaml", "tsconfig.json", "package.json"]) {
                fs.cpSync(path.join(repoRoot, entry), path.join(checkout, entry), { recursive: true });
            }
            fs.symlinkSync(path.join(repoRoot, "node_modules"), path.join(checkout, "node_modules"), "dir");
            fs.writeFileSync(path.join(checkout, ".gitignore"), "node_modules\n");
            const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: checkout });
            git("init", "-q");
            git("add", "-A");
            git("commit", "-qm", "base");
            // `secure` is one of the action's ForceNew contract inputs; it lives in the program (the contract package is
            // linked from this checkout's node_modules, so the copy's working tree could not change it).
            const contractFile = path.join(checkout, "components", "webhook", "sendEventActionContract.ts");
            const contract = fs.readFileSync(contractFile, "utf8");
            const changed = contract.replace("    secure: false,\n", "    secure: true,\n");
            expect(changed).not.toBe(contract);
            fs.writeFileSync(contractFile, changed);
        });
        afterAll(() => fs.rmSync(checkout, { recursive: true, force: true }));

        it("a contract change replaces the action under a new name before the old one goes, republishes both workflows, leaves the triggers", () => {
            const result = plan("--stack", "dev", "--dir", checkout, "--base", "HEAD", "--json");
            expect(result.stderr).not.toMatch(/\n\s+at /);
            expect(result.status).toBe(0);
            const report = JSON.parse(result.stdout);
            type Step = { op: string; urn: string; type: string; replaceReasons?: string[]; diffReasons?: string[]; "x-causedBy"?: string[]; "x-deleteBeforeReplace"?: boolean; oldState?: { inputs: Record<string, unknown> }; newState?: { inputs: Record<string, unknown> } };
            const steps: Step[] = report.steps;
            const changed = steps.filter((s) => s.op !== "same").map((s) => `${s.op} ${s.urn.split("::").pop()}`);
            expect(changed).toEqual([
                "create-replacement handover-webhook-send-event-action",
                "replace handover-webhook-send-event-action",
                "update handover-webhook-workflow-acw",
                "update handover-webhook-workflow-user-end",
                "delete-replaced handover-webhook-send-event-action",
            ]);
            const replace = steps.find((s) => s.op === "replace") as Step;
            expect(replace.replaceReasons).toEqual(["secure"]);
            expect(replace["x-deleteBeforeReplace"]).toBe(false);
            // Create-before-delete is safe only because the name changes with the contract: never two actions of one name.
            expect(replace.newState?.inputs["name"]).not.toEqual(replace.oldState?.inputs["name"]);
            expect(replace.newState?.inputs["category"]).toEqual(replace.oldState?.inputs["category"]);
            for (const workflow of steps.filter((s) => s.op === "update")) {
                expect(workflow["x-causedBy"]).toEqual([replace.urn]);
                expect(workflow.diffReasons).toEqual(["substitutions", "updateTriggerHash"]);
            }
            expect(steps.filter((s) => s.type.endsWith("ProcessautomationTrigger")).map((s) => s.op)).toEqual(["same", "same"]);
            expect(report.changeSummary).toMatchObject({ replace: 1, update: 2 });
            expect(report.perpetualDiffs).toEqual([]);
            expect(report.nameClashes).toEqual([]);
        });

        it("a base whose shared contract package differs is planned with its own contract, built in the checkout", () => {
            const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: checkout });
            const source = path.join(checkout, "contract", "src", "handoverContract.ts");
            const today = fs.readFileSync(source, "utf8");
            const older = today.replace('title: "properties",', 'title: "older properties",');
            expect(older).not.toBe(today);
            fs.writeFileSync(source, older);
            git("commit", "-qam", "older contract");
            fs.writeFileSync(source, today);
            git("commit", "-qam", "today's contract");
            const result = plan("--stack", "dev", "--dir", checkout, "--base", "HEAD~1", "--json");
            expect(result.stderr).not.toMatch(/\n\s+at /);
            const report = JSON.parse(result.stdout);
            const replace = report.steps.find((s: { op: string }) => s.op === "replace");
            expect(replace.replaceReasons).toEqual(expect.arrayContaining(["contractInput"]));
            expect(replace.oldState.inputs.contractInput).toContain('"title":"older properties"');
            expect(replace.newState.inputs.contractInput).toContain('"title":"properties"');
        });
    });
});
