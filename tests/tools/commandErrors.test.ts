/**
 * Each command's one error path, as a user meets it: started the way `npm run <command>` starts it, given a bad
 * input, it prints `<command>: <problem>. Fix: <what to do>` on stderr, exits 2, and shows no stack trace. Also:
 * relative paths resolve from where the user typed the command (npm's INIT_CWD), and the doctor pointed at the
 * local API with no server running says to start it.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPTS: Readonly<Record<string, string>> = {
    plan: "tools/plan.ts",
    simulate: "tools/simulate.ts",
    doctor: "tools/doctor.ts",
    adopt: "tools/adopt.ts",
    "sandbox:serve": "tools/sandboxServe.ts",
    "engine:build": "tools/engineBuild.ts",
};

interface Run {
    readonly code: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** What `npm run <script> -- <args>` typed in `typedIn` runs: the script in the repository root, INIT_CWD naming `typedIn`. */
function runScript(script: string, args: readonly string[], options: { typedIn?: string; env?: Record<string, string> } = {}): Promise<Run> {
    const entry = script === "bench" ? ["scripts/bench.js"] : ["-r", "./tools/compiledTypeScript.js", SCRIPTS[script]];
    return new Promise((resolve) => {
        const child = spawn(process.execPath, [...entry, ...args], {
            cwd: ROOT,
            env: { ...process.env, npm_lifecycle_event: script, INIT_CWD: options.typedIn ?? ROOT, ...options.env },
            stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
}

function expectUserError(run: Run, command: string, problem: RegExp | string, fix: RegExp | string): void {
    const firstLine = run.stderr.split("\n")[0];
    expect({ code: run.code, prefix: firstLine.startsWith(`${command}: `), fix: firstLine.includes(". Fix: ") || run.stderr.includes(". Fix: "), stackTrace: /\n\s+at /.test(run.stderr) }).toEqual({
        code: 2,
        prefix: true,
        fix: true,
        stackTrace: false,
    });
    expect(run.stderr).toMatch(problem);
    expect(run.stderr).toMatch(fix);
}

let tmp: string;
beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "command-errors-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SLOW = 180_000;

describe("plan", () => {
    test("a policy pack folder that does not exist (a typo)", async () => {
        expectUserError(await runScript("plan", ["--stack", "prod", "--policy-pack", "polcy"]), "plan", `--policy-pack: no such folder (${path.join(ROOT, "polcy")})`, "Fix: name the folder of a policy pack");
    });
    test("an unknown option, a missing --stack, --base with --state, a stack without a file", async () => {
        expectUserError(await runScript("plan", ["--stak", "prod"]), "plan", "Unknown option '--stak'", "Fix: leave it out or correct its spelling");
        expectUserError(await runScript("plan", []), "plan", "--stack is required", "npm run plan -- --stack dev (the -- makes npm pass the options on");
        expectUserError(await runScript("plan", ["--stack", "dev", "--base", "HEAD", "--state", "x.json"]), "plan", "--base and --state", "Fix: pass one of them");
        expectUserError(await runScript("plan", ["--stack", "prd"]), "plan", "No stack file", /Fix: pass --stack with one of the stacks that have a file: .*prod/);
    }, SLOW);
    test("a policy pack config file that does not exist, a --dir without a project", async () => {
        expectUserError(await runScript("plan", ["--stack", "prod", "--policy-pack-config", "nope.json"]), "plan", "--policy-pack-config nope.json: no such file", "Fix: name a policy pack config file");
        expectUserError(await runScript("plan", ["--stack", "prod", "--dir", "nowhere"]), "plan", "--dir: no such folder", "Fix: name the folder of a Pulumi project");
    });
    test("a relative --state is read from where the user typed the command", async () => {
        fs.writeFileSync(path.join(tmp, "export.json"), "not json");
        const run = await runScript("plan", ["--stack", "prod", "--state", "export.json"], { typedIn: tmp });
        expectUserError(run, "plan", `--state ${path.join(tmp, "export.json")}: not JSON`, "Fix: pass the file `pulumi stack export` writes");
    }, SLOW);
});

describe("simulate", () => {
    test("an unknown option is the simulate command's error", async () => {
        expectUserError(await runScript("simulate", ["--stack", "prod", "--bogus"]), "simulate", "Unknown option '--bogus'", "Fix: leave it out");
        expectUserError(await runScript("simulate", []), "simulate", "--stack is required", "npm run simulate -- --stack dev");
    });
    test("a pretty-printed events file with an error on line 3 is reported at line 3", async () => {
        fs.writeFileSync(path.join(tmp, "events.json"), '[\n  {"topicName": "v2.detail.events.conversation.{id}.acw",\n   "eventBody": {,}\n  }\n]\n');
        const run = await runScript("simulate", ["--stack", "prod", "--events", "events.json"], { typedIn: tmp });
        expectUserError(run, "simulate", `${path.join(tmp, "events.json")} line 3 column 18 is not JSON`, "Fix: correct the JSON there");
    });
    test("an NDJSON file with a bad second line names that line; a missing file names the folder it was looked for in", async () => {
        fs.writeFileSync(path.join(tmp, "events.ndjson"), '{"topicName": "t", "eventBody": {}}\n{"topicName": \n');
        expectUserError(await runScript("simulate", ["--stack", "prod", "--events", "events.ndjson"], { typedIn: tmp }), "simulate", "events.ndjson line 2 is not JSON", "Fix: correct that line");
        expectUserError(await runScript("simulate", ["--stack", "prod", "--events", "gone.json"], { typedIn: tmp }), "simulate", `--events ${path.join(tmp, "gone.json")}: cannot read it (no such file)`, "Fix: pass --events <file>");
    });
});

describe("doctor and adopt", () => {
    test("bad options and a bad --timeout", async () => {
        expectUserError(await runScript("doctor", ["--stack", "dev", "--out", "x.json"]), "doctor", "Unknown option '--out'", "Fix: leave it out");
        expectUserError(await runScript("adopt", ["--json"]), "adopt", "--stack is required", "npm run adopt -- --stack dev");
        expectUserError(await runScript("doctor", ["--stack", "dev", "--timeout", "soon"]), "doctor", '--timeout "soon" must be a positive number', "Fix: --timeout 20");
    });
    test("the local API override set and no server running: the fix is to start npm run sandbox:serve", async () => {
        const port = await freePort();
        const run = await runScript("doctor", ["--stack", "dev", "--timeout", "5"], {
            env: { GENESYS_BASE_URL_OVERRIDE: `http://127.0.0.1:${port}`, GENESYSCLOUD_OAUTHCLIENT_ID: "local-genesys-client", GENESYSCLOUD_OAUTHCLIENT_SECRET: "local-genesys-secret" },
        });
        expectUserError(run, "doctor", `POST /oauth/token at http://127.0.0.1:${port}: unreachable (ECONNREFUSED)`, "Fix: start the local Genesys API in another terminal (npm run sandbox:serve)");
        expect(run.stderr).not.toContain("genesysRegion (the org's region)");
    }, SLOW);
});

describe("sandbox:serve, engine:build and bench", () => {
    test("bad options", async () => {
        expectUserError(await runScript("sandbox:serve", ["--port", "http"]), "sandbox:serve", '--port "http" must be a whole number', "Fix: --port 8642");
        expectUserError(await runScript("sandbox:serve", ["--bogus"]), "sandbox:serve", "Unknown option '--bogus'", "Fix: leave it out");
        expectUserError(await runScript("engine:build", ["--bogus"]), "engine:build", "Unknown option '--bogus'", "Fix: leave it out");
        expectUserError(await runScript("bench", ["--runs", "many"]), "bench", '--runs "many" is not a whole number', "Fix: --runs 3");
        expectUserError(await runScript("bench", ["--bogus"]), "bench", "Unknown option '--bogus'", "Fix: leave it out");
    });
    test("a relative --state of sandbox:serve is written where the user typed the command", async () => {
        fs.mkdirSync(path.join(tmp, "state-is-a-folder.json"));
        const run = await runScript("sandbox:serve", ["--port", "0", "--state", "state-is-a-folder.json"], { typedIn: tmp });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(path.join(tmp, "state-is-a-folder.json"));
        expect(run.stderr).not.toMatch(/\n\s+at /);
    });
});

describe("before npm ci, or on an old Node", () => {
    test("a checkout without node_modules says to run npm ci, not \"Cannot find module 'typescript/package.json'\"", async () => {
        const bare = path.join(tmp, "bare-checkout");
        fs.mkdirSync(path.join(bare, "tools"), { recursive: true });
        fs.mkdirSync(path.join(bare, "contract", "scripts"), { recursive: true });
        fs.copyFileSync(path.join(ROOT, "tools", "compiledTypeScript.js"), path.join(bare, "tools", "compiledTypeScript.js"));
        fs.copyFileSync(path.join(ROOT, "contract", "scripts", "sourceDigest.js"), path.join(bare, "contract", "scripts", "sourceDigest.js"));
        fs.writeFileSync(path.join(bare, "tools", "plan.ts"), "");
        const run = await new Promise<Run>((resolve) => {
            const child = spawn(process.execPath, ["-r", "./tools/compiledTypeScript.js", "tools/plan.ts"], {
                cwd: bare,
                env: { ...process.env, npm_lifecycle_event: "plan", NODE_PATH: "" },
                stdio: ["ignore", "pipe", "pipe"],
            });
            let stderr = "";
            child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
            child.on("close", (code) => resolve({ code, stdout: "", stderr }));
        });
        expect(run).toEqual({ code: 2, stdout: "", stderr: "plan: the dependencies are not installed (no typescript in node_modules). Fix: npm ci, in the repository's root folder\n" });
    });
});

function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once("error", reject);
        server.listen(0, "127.0.0.1", () => {
            const address = server.address();
            const port = typeof address === "object" && address !== null ? address.port : 0;
            server.close(() => resolve(port));
        });
    });
}

describe(".ci/node/activate.sh", () => {
    test("sourced from policy/ (as policy/package.json's hint says) it finds its own folder, not policy/.ci/node", async () => {
        const run = await new Promise<Run>((resolve) => {
            const child = spawn("bash", ["-c", 'source ../.ci/node/activate.sh >/dev/null && echo "$ci_node_dir"'], { cwd: path.join(ROOT, "policy"), stdio: ["ignore", "pipe", "pipe"] });
            let stdout = "";
            let stderr = "";
            child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
            child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
            child.on("close", (code) => resolve({ code, stdout, stderr }));
        });
        expect(run).toEqual({ code: 0, stdout: `${path.join(ROOT, ".ci", "node")}\n`, stderr: "" });
    });
});
