/**
 * The real program in a git repository of its own (a temporary directory), for `plan --base HEAD` cases: the
 * committed files are the base, and a case edits the working tree. node_modules is linked from this checkout.
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const PLAN_TIMEOUT_MS = 240_000;

export interface ProgramCheckout {
    readonly dir: string;
    /** Replaces `from` with `to` in a file of the working tree; fails the test if `from` is not there. */
    edit(file: string, from: string, to: string): void;
    dispose(): void;
}

export function programCheckout(stackFiles: readonly string[]): ProgramCheckout {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-checkout-"));
    for (const entry of ["index.ts", "components", "contract", "sdks", "Pulumi.yaml", "tsconfig.json", "package.json", ...stackFiles]) {
        fs.cpSync(path.join(REPO_ROOT, entry), path.join(dir, entry), { recursive: true });
    }
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
    fs.writeFileSync(path.join(dir, ".gitignore"), "node_modules\n");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=test", "-c", "user.email=test@example.com", ...args], { cwd: dir });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "base");
    return {
        dir,
        edit(file, from, to) {
            const target = path.join(dir, file);
            const text = fs.readFileSync(target, "utf8");
            const changed = text.replace(from, to);
            if (changed === text) {
                throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
            }
            fs.writeFileSync(target, changed);
        },
        dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
    };
}

/** `npm run plan` in a child process (the Pulumi runtime is global per process). */
export function runPlanCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ["-r", "./tools/compiledTypeScript.js", "tools/plan.ts", ...args], {
        cwd: REPO_ROOT,
        encoding: "utf8",
        timeout: PLAN_TIMEOUT_MS,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
