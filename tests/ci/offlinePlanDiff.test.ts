/**
 * `.ci/offline-plan-diff` builds the PR comment from `npm run plan -- --stack <stack> --base <ref>` of each stack.
 * The plan itself is tested in tests/tools; here a stand-in `npm` first on PATH answers per stack with a chosen exit
 * code and output, so the comment, the cut for GitHub's size limit and the exit code are checked on their own.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { repoRoot } from "./workflowModel";

const script = path.join(repoRoot, ".ci", "offline-plan-diff");

// Stack `ok` exits 0, `violating` 1, `huge` 0 with 70,000 characters of output, anything else 2.
const FAKE_NPM = `#!/usr/bin/env bash
echo "npm $*"
case "$*" in
  *"--stack ok "*) exit 0 ;;
  *"--stack violating "*) echo "FAIL: 1 mandatory violation(s)"; exit 1 ;;
  *"--stack huge "*) head -c 70000 /dev/zero | tr '\\0' x; echo; exit 0 ;;
  *) echo "plan: cannot evaluate" >&2; exit 2 ;;
esac
`;

function run(...stacks: string[]): { status: number | null; log: string; comment: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "offline-plan-diff-"));
    try {
        fs.writeFileSync(path.join(dir, "npm"), FAKE_NPM, { mode: 0o755 });
        const commentFile = path.join(dir, "comment.md");
        const result = spawnSync("bash", [script, "origin/main", commentFile, ...stacks], {
            encoding: "utf8",
            env: { ...process.env, PATH: `${dir}:${process.env["PATH"] ?? ""}`, OFFLINE_DIFF_REASON: "pull request from a fork" },
        });
        const comment = fs.existsSync(commentFile) ? fs.readFileSync(commentFile, "utf8") : "";
        return { status: result.status, log: result.stdout, comment };
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

describe(".ci/offline-plan-diff", () => {
    it("comments each stack's plan against the base, and exits with the worst plan exit code", () => {
        const result = run("ok", "violating", "broken");

        expect(result.status).toBe(2);
        expect(result.comment.startsWith("<!-- cognigy-genesys-handover:offline-plan-diff -->\n")).toBe(true);
        expect(result.comment).toContain("### Offline plan against `origin/main`");
        expect(result.comment).toContain("No real `pulumi preview` for this pull request (pull request from a fork)");
        expect(result.comment).toContain("| `ok` | nothing blocking |");
        expect(result.comment).toContain("| `violating` | **blocked**: a mandatory policy fails, a change never converges, or a protected resource would be replaced or deleted |");
        expect(result.comment).toContain("| `broken` | **could not be evaluated** (exit 2) |");
        expect(result.comment).toContain("npm run --silent plan -- --stack violating --base origin/main\nFAIL: 1 mandatory violation(s)");
        expect(result.comment).toContain("plan: cannot evaluate");
        expect(result.log).toContain("::group::plan --stack broken --base origin/main (exit 2)");
    });

    it("exits 1 when the worst is a mandatory violation, 0 when every plan passes", () => {
        expect(run("ok", "violating").status).toBe(1);
        expect(run("ok").status).toBe(0);
    });

    it("cuts a long output to fit GitHub's comment limit and says where the rest is", () => {
        const result = run("huge", "ok");

        expect(result.status).toBe(0);
        expect(result.comment.length).toBeLessThan(65_000);
        expect(result.comment).toContain("… cut here; the whole output is in the job log.");
        expect(result.log.length).toBeGreaterThan(70_000);
    });

    it("refuses to run without a base, a file and at least one stack", () => {
        const result = spawnSync("bash", [script, "origin/main"], { encoding: "utf8" });
        expect(result.status).toBe(2);
        expect(result.stderr).toContain("usage: .ci/offline-plan-diff <base ref> <comment file> <stack>...");
    });
});
