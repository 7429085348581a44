/**
 * Runs every command README.md and docs/ show in their ```sh blocks and checks what the page says about it: the
 * exit code and the output fragments its comment quotes (tests/docs/documentedCommands.ts). A page that drifts
 * from the code fails here. Not run, each for the reason NOT_RUN gives: commands that need the Pulumi CLI, a
 * Genesys org, Pulumi Cloud or AWS, and the slow tiers `.ci/run` runs itself. The doctor and adopt commands run
 * where the page points them at the local Genesys API (GENESYS_BASE_URL_OVERRIDE), against the server the same
 * page starts with `npm run sandbox:serve` (on a free port and a temporary state file, not the shared 8642).
 *
 * Cost: one plan, two simulations, one sandbox server, one doctor and one adopt: each distinct command once.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { documentationFiles } from "./docsProblems";
import { DocumentedCommand, documentedCommands, isTemplate, splitComment, exportedValues } from "./documentedCommands";

const ROOT = path.resolve(__dirname, "..", "..");
const COMMAND_TIMEOUT_MS = 240_000;

/** Commands (by their first words) the test does not run, and why. Anything not starting with `npm` needs the Pulumi CLI, an org or AWS. */
const NOT_RUN: ReadonlyArray<readonly [RegExp, string]> = [
    [/^npm ci\b/, "installs the dependencies: the test runs after it"],
    [/^npm test\b/, "the suite this test is part of"],
    [/^npm run (engine:build|test:engine)\b/, "the engine tier: minutes and Go; .ci/run runs it"],
    [/^npm run bench\b/, "runs the suites itself, minutes"],
    [/^npm run (breaks|mutate)\b/, "breaks the product and runs tests per break: many minutes"],
    [/^npm run typecheck\b/, ".ci/run runs it"],
    [/^(?!npm )/, "needs the Pulumi CLI, a Genesys org, Pulumi Cloud or AWS"],
];

interface PageCommand extends DocumentedCommand {
    readonly file: string;
}

interface Outcome {
    readonly code: number | null;
    readonly output: string;
}

function notRunReason(command: PageCommand): string | undefined {
    if (isTemplate(command.command)) {
        return "a usage line with placeholders";
    }
    const listed = NOT_RUN.find(([pattern]) => pattern.test(command.command));
    if (listed) {
        return listed[1];
    }
    if (/^npm run (doctor|adopt)\b/.test(command.command) && command.env["GENESYS_BASE_URL_OVERRIDE"] === undefined) {
        return "needs a Genesys org (the page does not point it at the local API)";
    }
    return undefined;
}

const pages = documentationFiles(ROOT).map((file) => ({
    file,
    commands: documentedCommands(fs.readFileSync(path.join(ROOT, file), "utf8")).map((c): PageCommand => ({ ...c, file })),
}));
const allCommands = pages.flatMap((p) => p.commands);
const runnable = allCommands.filter((c) => notRunReason(c) === undefined);

function run(command: string, cwd: string, env: Record<string, string>): Promise<Outcome> {
    return new Promise((resolve) => {
        const child = spawn("bash", ["-c", command], { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        const timer = setTimeout(() => child.kill("SIGKILL"), COMMAND_TIMEOUT_MS);
        child.on("close", (code) => {
            clearTimeout(timer);
            resolve({ code, output });
        });
    });
}

/** Starts a long-running server command and resolves once it printed `ready`, with what it printed so far. */
function startServer(command: string, cwd: string, ready: string): Promise<{ child: ChildProcess; output: () => string }> {
    return new Promise((resolve, reject) => {
        const child = spawn("bash", ["-c", `exec ${command}`], { cwd, env: process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
        let output = "";
        const timer = setTimeout(() => reject(new Error(`${command} did not print "${ready}" in time:\n${output}`)), COMMAND_TIMEOUT_MS);
        const onData = (chunk: Buffer): void => {
            output += chunk.toString();
            if (output.includes(ready)) {
                clearTimeout(timer);
                resolve({ child, output: () => output });
            }
        };
        child.stdout?.on("data", onData);
        child.stderr?.on("data", onData);
        child.on("close", (code) => reject(new Error(`${command} ended (exit ${code}) before printing "${ready}":\n${output}`)));
    });
}

describe("the documented commands", () => {
    test("the extraction finds the commands of the pages (a broken extractor would run nothing)", () => {
        expect(runnable.map((c) => `${c.file}: ${c.command}`)).toEqual(
            expect.arrayContaining(["README.md: npm run plan -- --stack prod", "docs/simulation.md: npm run simulate -- --stack prod", "docs/sandbox.md: npm run sandbox:serve"]),
        );
    });

    test("every command the test runs quotes a fragment of its output on its page", () => {
        const unquoted = runnable.filter((c) => c.fragments.length === 0).map((c) => `${c.file}:${c.line}: ${c.command}`);
        expect(unquoted).toEqual([]);
    });

    test("the same command shown on two pages promises the same exit code", () => {
        const byCommand = new Map<string, PageCommand[]>();
        for (const c of runnable) {
            byCommand.set(`${c.cwd} ${c.command}`, [...(byCommand.get(`${c.cwd} ${c.command}`) ?? []), c]);
        }
        const conflicting = [...byCommand.values()].filter((list) => new Set(list.map((c) => c.exitCode)).size > 1).map((list) => list.map((c) => `${c.file}:${c.line} exit ${c.exitCode}`).join(" vs "));
        expect(conflicting).toEqual([]);
    });
});

describe.each(pages.filter((p) => p.commands.some((c) => notRunReason(c) === undefined)))("$file", ({ commands }) => {
    const server: { child?: ChildProcess; url?: string; stateDir?: string } = {};
    const outcomes = new Map<string, Promise<Outcome>>();

    afterAll(() => {
        if (server.child?.pid !== undefined) {
            process.kill(-server.child.pid, "SIGTERM");
        }
        if (server.stateDir) {
            fs.rmSync(server.stateDir, { recursive: true, force: true });
        }
    });

    test.each(commands.filter((c) => notRunReason(c) === undefined).map((c) => [`line ${c.line}: ${c.command}`, c] as const))(
        "%s",
        async (_title, documented) => {
            const cwd = path.join(ROOT, documented.cwd);
            let outcome: Outcome;
            if (/^npm run sandbox:serve\b/.test(documented.command)) {
                server.stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "docs-sandbox-"));
                const started = await startServer(`${documented.command} -- --port 0 --state ${path.join(server.stateDir, "org.json")}`, cwd, "Ctrl-C stops it");
                server.child = started.child;
                server.url = /Local Genesys Cloud API on (\S+)/.exec(started.output())?.[1];
                outcome = { code: 0, output: started.output() };
            } else {
                const env = { ...documented.env };
                if (env["GENESYS_BASE_URL_OVERRIDE"] !== undefined) {
                    expect(server.url).toBeDefined(); // the page starts the local API before it points commands at it
                    env["GENESYS_BASE_URL_OVERRIDE"] = server.url as string;
                }
                const key = `${cwd}\n${documented.command}\n${JSON.stringify(env)}`;
                if (!outcomes.has(key)) {
                    outcomes.set(key, run(documented.command, cwd, env));
                }
                outcome = await (outcomes.get(key) as Promise<Outcome>);
            }
            const missing = documented.fragments.filter((fragment) => !outcome.output.includes(fragment));
            expect({ exit: outcome.code, missingFragments: missing, stackTrace: /\n\s+at .*\(.*:\d+:\d+\)/.test(outcome.output) }).toEqual({
                exit: documented.exitCode,
                missingFragments: [],
                stackTrace: false,
            });
        },
        COMMAND_TIMEOUT_MS + 10_000,
    );
});

describe("the extractor", () => {
    test("reads comments, quoted fragments, exit codes, exports, cd and continuation lines", () => {
        const page = [
            "text",
            "```sh",
            'npm run plan -- --stack prod   # prints "Converges" and "Policy pack", exit 1',
            "export A=1 \\",
            "       B='two'",
            "cd policy",
            "npm test # ok",
            "```",
            "```json",
            '{"not": "a command"}',
            "```",
        ].join("\n");
        expect(documentedCommands(page)).toEqual([
            { line: 3, command: "npm run plan -- --stack prod", comment: 'prints "Converges" and "Policy pack", exit 1', fragments: ["Converges", "Policy pack"], exitCode: 1, env: {}, cwd: "" },
            { line: 7, command: "npm test", comment: "ok", fragments: [], exitCode: 0, env: { A: "1", B: "two" }, cwd: "policy" },
        ]);
        expect(splitComment("echo '# not a comment' # a comment")).toEqual({ command: "echo '# not a comment'", comment: "a comment" });
        expect(exportedValues('export X=1 Y="a b"')).toEqual({ X: "1", Y: "a b" });
        expect(isTemplate("npm run plan -- --stack <name>")).toBe(true);
        expect(isTemplate("npm run simulate -- --stack dev --events my.ndjson [--topic x]")).toBe(true);
        expect(isTemplate("npm run plan -- --stack prod")).toBe(false);
    });
});
