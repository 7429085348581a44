/**
 * The pack as Pulumi Cloud enforces it: `pulumi policy publish` uploads what `npm pack` makes of policy/
 * (pulumi/pulumi pkg/backend/httpstate/policypack.go, `Publish`); a CLI that enforces the pack extracts that tarball
 * into an empty directory, runs `npm install` there (`installRequiredPolicy`: the nodejs language host's
 * InstallDependencies, not production, so devDependencies included) and starts it as
 * `node <pack>/node_modules/@pulumi/pulumi/cmd/run-policy-pack <args> <pack dir>` (sdk/nodejs/cmd/pulumi-language-nodejs
 * main.go, `RunPlugin`), which type-checks the pack with ts-node and prints the port of the analyzer's gRPC server. This test does the same, away from the repository (no ../contract, no ../components),
 * and asks the running analyzer for its policies.
 *
 * Offline: the install uses the npm cache filled by `npm ci`. Without a lockfile npm would need registry metadata
 * the cache does not hold, so the extracted pack gets policy/package-lock.json with the contract entry turned
 * into what the tarball holds (a bundled copy); third-party versions are then the ones this repository tests.
 * Takes about 10 s (npm install is most of it).
 */
import { ChildProcess, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { AnalyzerClient } from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import { AnalyzerInfo } from "@pulumi/pulumi/proto/analyzer_pb";
import { handoverPolicies } from "../policies";

const POLICY_DIR = path.join(__dirname, "..");
const CONTRACT = "@cognigy-handover/contract";
const PACK_NAME = "cognigy-handover-contract";

interface PackResult {
    readonly filename: string;
    readonly bundled: readonly string[];
    readonly files: readonly { readonly path: string }[];
}

interface LockFile {
    packages: Record<string, Record<string, unknown>>;
}

let workDir: string;
let packed: PackResult;
let packDir: string;
let runner: ChildProcess | undefined;

function npm(args: readonly string[], cwd: string): string {
    return execFileSync("npm", [...args, "--no-audit", "--no-fund"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** policy/package-lock.json as it applies to the extracted tarball: the contract comes bundled, not from ../contract. */
function lockForTarball(): LockFile {
    const lock = JSON.parse(fs.readFileSync(path.join(POLICY_DIR, "package-lock.json"), "utf8")) as LockFile;
    const contractVersion = lock.packages["../contract"]?.["version"];
    delete lock.packages["../contract"];
    lock.packages[`node_modules/${CONTRACT}`] = { version: contractVersion, inBundle: true };
    return lock;
}

/** Starts the pack as the CLI's analyzer plugin does and resolves with the port it prints. */
function startPack(dir: string): Promise<number> {
    const runPolicyPack = path.join(dir, "node_modules", "@pulumi", "pulumi", "cmd", "run-policy-pack");
    // The engine address is unused until the pack logs to the engine; nothing listens on the discard port.
    const child = spawn(process.execPath, [runPolicyPack, "127.0.0.1:9", dir], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    runner = child;
    return new Promise((resolve, reject) => {
        let stdout = "";
        let stderr = "";
        child.stdout?.on("data", (chunk: Buffer) => {
            stdout += chunk.toString();
            const line = /^(\d+)\s*$/m.exec(stdout);
            if (line) {
                resolve(Number(line[1]));
            }
        });
        child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("exit", (code) => reject(new Error(`the pack exited (${code}) before serving:\n${stdout}\n${stderr}`)));
    });
}

function analyzerInfo(port: number): Promise<AnalyzerInfo> {
    const client = new AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    return new Promise<AnalyzerInfo>((resolve, reject) =>
        client.getAnalyzerInfo(new Empty(), (error, info) => (error ? reject(error) : resolve(info))),
    ).finally(() => client.close());
}

beforeAll(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "published-pack-"));
    // `npm pack` runs the pack's prepack, which builds the contract if its build is stale.
    [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", workDir], POLICY_DIR)) as PackResult[];
    // npm puts every file under package/ in the tarball; the CLI extracts it the same way.
    execFileSync("tar", ["-xzf", path.join(workDir, packed.filename), "-C", workDir]);
    packDir = path.join(workDir, "package");
    fs.writeFileSync(path.join(packDir, "package-lock.json"), JSON.stringify(lockForTarball(), null, 2));
    npm(["install", "--offline"], packDir);
}, 180_000);

afterAll(() => {
    if (runner?.pid !== undefined && runner.exitCode === null) {
        runner.kill();
    }
    fs.rmSync(workDir, { recursive: true, force: true });
});

test("the tarball carries the pack and the contract's build, and nothing of the repository around it", () => {
    const files = packed.files.map((file) => file.path);
    expect(packed.bundled).toEqual([CONTRACT]);
    expect(files).toEqual(expect.arrayContaining(["PulumiPolicy.yaml", "index.ts", "tsconfig.json", `node_modules/${CONTRACT}/bin/index.js`, `node_modules/${CONTRACT}/bin/index.d.ts`]));
    expect(files.filter((file) => file.startsWith("tests/") || file.endsWith(".test.ts") || file.startsWith("config/"))).toEqual([]);
    expect(fs.existsSync(path.join(workDir, "contract"))).toBe(false);
});

test("after npm install the contract is the bundled copy, not a link back to the repository", () => {
    const installed = path.join(packDir, "node_modules", ...CONTRACT.split("/"));
    expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(fs.existsSync(path.join(installed, "bin", "index.js"))).toBe(true);
});

test("run-policy-pack type-checks and serves the extracted pack with every policy", async () => {
    const info = await analyzerInfo(await startPack(packDir));
    expect(info.getName()).toBe(PACK_NAME);
    expect(info.getPoliciesList().map((policy) => policy.getName()).sort()).toEqual(handoverPolicies.map((policy) => policy.name).sort());
}, 60_000);
