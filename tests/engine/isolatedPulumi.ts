/**
 * The real Pulumi CLI in a folder of its own: its own PULUMI_HOME, a file backend, the passphrase secrets provider
 * and a copy of Pulumi.yaml, so nothing it writes (stack files with their `encryptionsalt`, state, plugins) lands in
 * the repository or the user's home. No update check, no plugin download.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { PulumiCliBuild } from "../../tools/engine/pulumiCliBuild";

export interface CliRun {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

const PASSPHRASE = "engine-tests-only";

export class IsolatedPulumi {
    readonly projectDir: string;
    private readonly workDir: string;

    constructor(
        private readonly cli: PulumiCliBuild,
        repoRoot: string,
    ) {
        this.workDir = fs.mkdtempSync(path.join(os.tmpdir(), "engine-"));
        this.projectDir = path.join(this.workDir, "project");
        for (const dir of ["home", "backend", "project"]) {
            fs.mkdirSync(path.join(this.workDir, dir));
        }
        fs.copyFileSync(path.join(repoRoot, "Pulumi.yaml"), path.join(this.projectDir, "Pulumi.yaml"));
    }

    /** Runs `pulumi <args>`; a failure the caller did not allow throws with the CLI's own output. */
    run(args: readonly string[], options: { allowFailure?: boolean } = {}): CliRun {
        const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("PULUMI_")));
        const result = spawnSync(this.cli.binary, [...args, "--non-interactive"], {
            cwd: this.projectDir,
            encoding: "utf8",
            env: {
                ...inherited,
                PULUMI_HOME: path.join(this.workDir, "home"),
                PULUMI_BACKEND_URL: `file://${path.join(this.workDir, "backend")}`,
                PULUMI_CONFIG_PASSPHRASE: PASSPHRASE,
                PULUMI_SKIP_UPDATE_CHECK: "true",
                PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION: "true",
            },
            timeout: 120_000,
        });
        const run = { status: result.status, stdout: result.stdout ?? "", stderr: `${result.stderr ?? ""}${result.error ? String(result.error) : ""}` };
        if (run.status !== 0 && !options.allowFailure) {
            throw new Error(`pulumi ${args.join(" ")} exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
        }
        return run;
    }

    /** `pulumi stack init` with the passphrase provider; with `stackFile`, that file is the stack's settings first. */
    initStack(stack: string, stackFile?: string): void {
        if (stackFile !== undefined) {
            fs.writeFileSync(this.stackFilePath(stack), stackFile);
        }
        this.run(["stack", "init", stack, "--secrets-provider", "passphrase"]);
    }

    /** The stack's `Pulumi.<stack>.yaml` in the isolated project (the CLI writes its `encryptionsalt` there). */
    stackFilePath(stack: string): string {
        return path.join(this.projectDir, `Pulumi.${stack}.yaml`);
    }

    /** What `pulumi stack export` prints, parsed; `showSecrets` as its flag. */
    exportStack(stack: string, showSecrets = false): Record<string, unknown> {
        const args = ["stack", "export", "--stack", stack, ...(showSecrets ? ["--show-secrets"] : [])];
        return JSON.parse(this.run(args).stdout) as Record<string, unknown>;
    }

    writeFile(name: string, content: unknown): string {
        const file = path.join(this.workDir, name);
        fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
        return file;
    }

    dispose(): void {
        fs.rmSync(this.workDir, { recursive: true, force: true });
    }
}
