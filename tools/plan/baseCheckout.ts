/**
 * The project as it was at a git ref, in a temporary directory (`git archive`), with this checkout's installed
 * dependencies linked in: the base's program, stack config and policy pack, run on today's node_modules (the base's
 * dependencies are assumed compatible; see docs/offline-plan.md), except the repository's own `file:` packages.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { UserError } from "../userError";

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
        throw new UserError(`--base ${ref}: ${projectDir} is not inside a git repository. Fix: use --state <pulumi stack export file> instead.`);
    }
    let commit: string;
    try {
        commit = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    } catch {
        throw new UserError(
            `--base ${ref}: no such commit in ${repoRoot}. Fix: fetch it first (e.g. \`git fetch origin ${ref}\`) or name a branch, tag or commit that exists.`,
        );
    }
    const relativeProject = path.relative(fs.realpathSync(repoRoot), fs.realpathSync(projectDir));
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "plan-base-"));
    const dispose = (): void => fs.rmSync(directory, { recursive: true, force: true });
    try {
        const archive = execFileSync("git", ["archive", "--format=tar", commit], { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
        execFileSync("tar", ["-x", "-C", directory], { input: archive });
        linkInstalledDependencies(fs.realpathSync(repoRoot), directory, commit);
    } catch (error) {
        dispose();
        throw new UserError(`--base ${ref}: could not materialise ${commit.slice(0, 12)} (${(error as Error).message.split("\n").slice(0, 3).join(" ")}). Fix: check that git can archive it (git archive ${commit.slice(0, 12)}), or use --state <pulumi stack export file>.`);
    }
    return { projectDir: path.join(directory, relativeProject), commit, dispose };
}

/**
 * Every node_modules of this checkout (the project's, the policy pack's) appears at the same place in the base, as a
 * directory of links to this checkout's installed packages. A `file:` package of the repository itself (the shared
 * contract, the local SDK) that differs at the base is the base's own copy instead, built there: it is the base's
 * code, not a dependency.
 */
function linkInstalledDependencies(repoRoot: string, checkout: string, commit: string): void {
    for (const relative of installedModuleDirectories(repoRoot)) {
        const target = path.join(checkout, relative);
        const projectDir = path.dirname(target);
        if (!fs.existsSync(projectDir) || fs.existsSync(target)) {
            continue;
        }
        const installed = fs.realpathSync(path.join(repoRoot, relative));
        linkEntries(installed, target);
        for (const [name, localDir] of localPackages(projectDir)) {
            if (isInside(localDir, checkout) && changedSince(repoRoot, commit, path.relative(checkout, localDir))) {
                const entry = path.join(target, name);
                unlinkScope(installed, target, name);
                fs.rmSync(entry, { force: true });
                fs.symlinkSync(localDir, entry, "dir");
                buildLocalPackage(localDir);
            }
        }
    }
}

function linkEntries(from: string, to: string): void {
    fs.mkdirSync(to, { recursive: true });
    for (const entry of fs.readdirSync(from)) {
        fs.symlinkSync(path.join(from, entry), path.join(to, entry));
    }
}

/** A scoped package's scope is linked as a whole; make it a directory of links before replacing one package in it. */
function unlinkScope(installed: string, target: string, name: string): void {
    if (!name.startsWith("@")) {
        return;
    }
    const scope = name.split("/")[0];
    if (fs.lstatSync(path.join(target, scope)).isSymbolicLink()) {
        fs.rmSync(path.join(target, scope));
        linkEntries(fs.realpathSync(path.join(installed, scope)), path.join(target, scope));
    }
}

/** The project's `file:` dependencies: package name and directory. */
function localPackages(projectDir: string): Array<[string, string]> {
    const manifest = path.join(projectDir, "package.json");
    if (!fs.existsSync(manifest)) {
        return [];
    }
    const parsed = JSON.parse(fs.readFileSync(manifest, "utf8")) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    return Object.entries({ ...parsed.devDependencies, ...parsed.dependencies })
        .filter(([, spec]) => spec.startsWith("file:"))
        .map(([name, spec]) => [name, path.resolve(projectDir, spec.slice("file:".length))]);
}

function isInside(child: string, parent: string): boolean {
    const relative = path.relative(parent, child);
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** True when the directory differs between the base commit and this checkout's working tree. */
function changedSince(repoRoot: string, commit: string, relativeDir: string): boolean {
    try {
        execFileSync("git", ["diff", "--quiet", commit, "--", relativeDir], { cwd: repoRoot, stdio: "ignore" });
        return false;
    } catch {
        return true;
    }
}

/** Runs the package's own build (its `build` script, else its `postinstall`), as `npm ci` would have. */
function buildLocalPackage(packageDir: string): void {
    const scripts = (JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
    const script = scripts["build"] !== undefined ? "build" : scripts["postinstall"] !== undefined ? "postinstall" : undefined;
    if (script !== undefined) {
        try {
            execFileSync("npm", ["run", "--silent", script], { cwd: packageDir, stdio: ["ignore", "pipe", "pipe"] });
        } catch (error) {
            const output = error as { stdout?: Buffer; stderr?: Buffer };
            const printed = `${output.stderr?.toString() ?? ""}${output.stdout?.toString() ?? ""}`;
            throw new Error(`building ${packageDir} failed: ${printed.trim().split("\n").slice(0, 5).join(" ")}`, { cause: error });
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
