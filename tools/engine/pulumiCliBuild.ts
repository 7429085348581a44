/**
 * Builds the real Pulumi CLI from the Go module proxy (tools/engine/go.mod pins it) into the git-ignored
 * `.sandbox/toolchain/pulumi-cli/`, for the engine tests. The build goes to a temporary folder that replaces the old one
 * only when it is complete, so a half-built CLI is never used; a stamp (go.mod, go.sum, the Go version, the flags)
 * makes a re-run with nothing changed a no-op.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { UserError } from "../userError";

export const ENGINE_MODULE_DIR = path.join(__dirname);
const CLI_PACKAGE = "github.com/pulumi/pulumi/pkg/v3/cmd/pulumi";
/** Where the CLI reads its own version (`sdk/go/common/version/version.go` at v3.276.0). */
const VERSION_VARIABLE = "github.com/pulumi/pulumi/sdk/v3/go/common/version.Version";

export interface PulumiCliBuild {
    readonly binary: string;
    readonly version: string;
    readonly goVersion: string;
    readonly stamp: string;
}

export function toolchainDir(repoRoot: string): string {
    return path.join(repoRoot, ".sandbox", "toolchain");
}

function cliDir(repoRoot: string): string {
    return path.join(toolchainDir(repoRoot), "pulumi-cli");
}

/** The pkg/v3 version go.mod requires: the CLI's release. */
export function pinnedCliVersion(goMod: string): string {
    const match = /^require github\.com\/pulumi\/pulumi\/pkg\/v3 (v\d+\.\d+\.\d+)$/m.exec(goMod);
    if (!match) {
        throw new Error("tools/engine/go.mod does not require github.com/pulumi/pulumi/pkg/v3 at an exact version");
    }
    return match[1];
}

function goVersion(): string {
    const result = spawnSync("go", ["env", "GOVERSION"], { encoding: "utf8" });
    if (result.error && (result.error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new UserError("no `go` on PATH. Fix: install Go 1.26.6 or newer (Debian: the golang packages, or go.dev/dl), then run `npm run engine:build` again.");
    }
    if (result.status !== 0) {
        throw new UserError(`\`go env GOVERSION\` failed: ${result.stderr.trim()}. Fix the Go installation, then run \`npm run engine:build\` again.`);
    }
    return result.stdout.trim();
}

function ldflags(version: string): string {
    return `-s -w -X ${VERSION_VARIABLE}=${version.replace(/^v/, "")}`;
}

/** What the build depends on; a different stamp means the CLI in .sandbox/toolchain/ is stale. */
export function buildStamp(goMod: string, goSum: string, go: string): string {
    const version = pinnedCliVersion(goMod);
    return createHash("sha256").update(goMod).update("\0").update(goSum).update("\0").update(go).update("\0").update(ldflags(version)).digest("hex");
}

function currentStamp(): { stamp: string; version: string; goVersion: string } {
    const goMod = fs.readFileSync(path.join(ENGINE_MODULE_DIR, "go.mod"), "utf8");
    const goSum = fs.readFileSync(path.join(ENGINE_MODULE_DIR, "go.sum"), "utf8");
    const go = goVersion();
    return { stamp: buildStamp(goMod, goSum, go), version: pinnedCliVersion(goMod), goVersion: go };
}

function readBuilt(repoRoot: string): PulumiCliBuild | undefined {
    try {
        const recorded = JSON.parse(fs.readFileSync(path.join(cliDir(repoRoot), "build.json"), "utf8")) as Omit<PulumiCliBuild, "binary">;
        const binary = path.join(cliDir(repoRoot), "pulumi");
        return fs.existsSync(binary) ? { ...recorded, binary } : undefined;
    } catch {
        return undefined;
    }
}

/** One line for a failed `go build`: the module the proxy would not serve, or Go's own last words. */
export function goBuildFailure(stderr: string): string {
    const refused = /(\S+@\S+): reading (\S+): (\d{3} [A-Za-z ]+)/.exec(stderr);
    if (refused) {
        return `the Go module proxy would not serve ${refused[1]} (${refused[3].trim()}). Check GOPROXY (\`go env GOPROXY\`) and that this machine reaches it, then run \`npm run engine:build\` again.`;
    }
    const unreachable = /dial tcp[^\n]*|no such host[^\n]*|i\/o timeout[^\n]*/.exec(stderr);
    if (unreachable) {
        return `cannot reach the Go module proxy (${unreachable[0].trim()}). Check the network and GOPROXY, then run \`npm run engine:build\` again.`;
    }
    const tooOld = /go\.mod requires go >= (\S+) \(running go (\S+)[^)]*\)/.exec(stderr);
    if (tooOld) {
        return `tools/engine/go.mod needs Go ${tooOld[1]} or newer and this machine has ${tooOld[2]}. Install a newer Go, then run \`npm run engine:build\` again.`;
    }
    const lastLine = stderr.trim().split("\n").filter((line) => line.trim() !== "").pop() ?? "(no output)";
    return `\`go build\` failed: ${lastLine}`;
}

/** The CLI built from today's go.mod, or a UserError that says to run the build. */
export function builtPulumiCli(repoRoot: string): PulumiCliBuild {
    const built = readBuilt(repoRoot);
    if (!built) {
        throw new UserError("no Pulumi CLI in .sandbox/toolchain/pulumi-cli. Fix: run `npm run engine:build` first (a cold build takes about 8 minutes on 2 cores).");
    }
    if (built.stamp !== currentStamp().stamp) {
        throw new UserError("the Pulumi CLI in .sandbox/toolchain/pulumi-cli was built from another tools/engine/go.mod, go.sum or Go version. Fix: run `npm run engine:build` again.");
    }
    return built;
}

/** Builds the CLI unless the one in .sandbox/toolchain/ is current; returns it and whether it was built now. */
export function buildPulumiCli(repoRoot: string, log: (line: string) => void): { build: PulumiCliBuild; built: boolean; seconds: number } {
    const started = Date.now();
    const { stamp, version, goVersion: go } = currentStamp();
    // What an interrupted build left behind is never used; clear it.
    for (const leftover of fs.existsSync(toolchainDir(repoRoot)) ? fs.readdirSync(toolchainDir(repoRoot)) : []) {
        if (leftover.startsWith(".building-") || leftover.startsWith("pulumi-cli.previous-")) {
            fs.rmSync(path.join(toolchainDir(repoRoot), leftover), { recursive: true, force: true });
        }
    }
    const existing = readBuilt(repoRoot);
    if (existing && existing.stamp === stamp) {
        return { build: existing, built: false, seconds: (Date.now() - started) / 1000 };
    }
    const finalDir = cliDir(repoRoot);
    const temporaryDir = path.join(toolchainDir(repoRoot), `.building-${process.pid}`);
    fs.mkdirSync(temporaryDir, { recursive: true });
    log(`building the Pulumi CLI ${version} with ${go} (a cold build downloads the modules and compiles: about 8 minutes on 2 cores)`);
    const result = spawnSync("go", ["build", "-ldflags", ldflags(version), "-o", path.join(temporaryDir, "pulumi"), CLI_PACKAGE], {
        cwd: ENGINE_MODULE_DIR,
        encoding: "utf8",
        // The module's go.sum is the lock: nothing may change it during a build.
        env: { ...process.env, GOFLAGS: `${process.env.GOFLAGS ?? ""} -mod=readonly`.trim() },
        maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
        fs.rmSync(temporaryDir, { recursive: true, force: true });
        throw new UserError(goBuildFailure(`${result.stderr ?? ""}${result.error ? String(result.error) : ""}`));
    }
    const build: PulumiCliBuild = { binary: path.join(finalDir, "pulumi"), version, goVersion: go, stamp };
    const { binary: _binary, ...recorded } = build;
    fs.writeFileSync(path.join(temporaryDir, "build.json"), `${JSON.stringify(recorded, null, 2)}\n`);
    const previousDir = `${finalDir}.previous-${process.pid}`;
    if (fs.existsSync(finalDir)) {
        fs.renameSync(finalDir, previousDir);
    }
    fs.renameSync(temporaryDir, finalDir);
    fs.rmSync(previousDir, { recursive: true, force: true });
    return { build, built: true, seconds: (Date.now() - started) / 1000 };
}
