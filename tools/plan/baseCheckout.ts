/**
 * The project as it was at a git ref, in a temporary directory (`git archive`), with this checkout's installed
 * dependencies linked in: the base's program, stack config and policy pack, run on today's node_modules (the base's
 * dependencies are assumed compatible; see README "Offline plan").
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PlanInputError } from "./planInputError";

export interface BaseCheckout {
    /** The project directory inside the checkout. */
    readonly projectDir: string;
    /** Full commit id of the ref. */
    readonly commit: string;
    /** Removes the temporary directory. */
    dispose(): void;
}

export function checkoutBase(ref: string, projectDir: string): BaseCheckout {
    const git = (args: string[]): string => execFileSync("git", args, { cwd: projectDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
    let repoRoot: string;
    try {
        repoRoot = git(["rev-parse", "--show-toplevel"]);
    } catch {
        throw new PlanInputError(`--base ${ref}: ${projectDir} is not inside a git repository; use --state <pulumi stack export file> instead.`);
    }
    let commit: string;
    try {
        commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    } catch {
        throw new PlanInputError(
            `--base ${ref}: no such commit in ${repoRoot}. Fetch it first (e.g. \`git fetch origin ${ref}\`) or name a branch, tag or commit that exists.`,
        );
    }
    const relativeProject = path.relative(fs.realpathSync(repoRoot), fs.realpathSync(projectDir));
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "plan-base-"));
    const dispose = (): void => fs.rmSync(directory, { recursive: true, force: true });
    try {
        const archive = execFileSync("git", ["archive", "--format=tar", commit], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
        execFileSync("tar", ["-x", "-C", directory], { input: archive });
        linkInstalledDependencies(fs.realpathSync(repoRoot), directory);
    } catch (error) {
        dispose();
        throw new PlanInputError(`--base ${ref}: could not materialise ${commit.slice(0, 12)} (${(error as Error).message.split("\n")[0]}).`);
    }
    return { projectDir: path.join(directory, relativeProject), commit, dispose };
}

/** Every node_modules of this checkout (the project's, the policy pack's) appears at the same place in the base. */
function linkInstalledDependencies(repoRoot: string, checkout: string): void {
    for (const relative of installedModuleDirectories(repoRoot)) {
        const target = path.join(checkout, relative);
        if (fs.existsSync(path.dirname(target)) && !fs.existsSync(target)) {
            fs.symlinkSync(path.join(repoRoot, relative), target, "dir");
        }
    }
}

function installedModuleDirectories(repoRoot: string): string[] {
    const found: string[] = [];
    const visit = (relative: string, depth: number): void => {
        for (const entry of fs.readdirSync(path.join(repoRoot, relative), { withFileTypes: true })) {
            const child = path.join(relative, entry.name);
            if (entry.name === "node_modules" && (entry.isDirectory() || entry.isSymbolicLink())) {
                found.push(child);
            } else if (entry.isDirectory() && !entry.name.startsWith(".") && depth < 2) {
                visit(child, depth + 1);
            }
        }
    };
    visit("", 0);
    return found;
}
