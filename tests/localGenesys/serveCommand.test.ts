import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { connectToGenesys } from "../../tools/genesys/genesysClient";
import { DEFAULT_STATE_FILE, serveCommand, ServeOutcome } from "../../tools/localGenesys/serveCommand";
import { REPO_ROOT } from "./runAgainstLocalApi";

let dir: string;
let blocker: net.Server;
let busyPort: number;

beforeAll(async () => {
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    busyPort = (blocker.address() as net.AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-serve-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function serve(argv: string[]): Promise<{ outcome: ServeOutcome; stdout: string }> {
    let stdout = "";
    const outcome = await serveCommand(argv, { stdout: (t) => (stdout += t), repoRoot: dir, cwd: dir });
    return { outcome, stdout };
}

describe("npm run sandbox:serve", () => {
    it("prints the settings that point doctor, adopt and the provider at it, and they work with the real SDK", async () => {
        const { outcome, stdout } = await serve(["--port", "0", "--quiet"]);
        if (outcome.kind !== "serving") {
            throw new Error("not serving");
        }
        try {
            const port = new URL(outcome.api.baseUrl).port;
            expect(stdout).toContain(`export GENESYS_BASE_URL_OVERRIDE=http://127.0.0.1:${port}`);
            expect(stdout).toContain(`export GENESYSCLOUD_GATEWAY_PORT=${port}`);
            expect(stdout).toContain("export GENESYSCLOUD_GATEWAY_HOST=127.0.0.1");
            expect(stdout).toContain("export GENESYSCLOUD_GATEWAY_PROTOCOL=http");
            expect(stdout).toMatch(/export GENESYSCLOUD_ACCESS_TOKEN=\S+/);
            expect(outcome.stateFile).toBe(path.join(dir, DEFAULT_STATE_FILE));
            expect(fs.existsSync(outcome.stateFile)).toBe(true);

            // The printed client id and secret log in through the Platform API SDK, as doctor and adopt do.
            const printed = (name: string): string => new RegExp(`export ${name}=(\\S+)`).exec(stdout)?.[1] ?? "";
            const reader = await connectToGenesys({
                region: "eu-central-1",
                credentials: { clientId: printed("GENESYSCLOUD_OAUTHCLIENT_ID"), clientSecret: printed("GENESYSCLOUD_OAUTHCLIENT_SECRET") },
                baseUrlOverride: printed("GENESYS_BASE_URL_OVERRIDE"),
                timeoutMs: 5000,
            });
            expect(await reader.listIntegrations()).toEqual([]);
            expect(outcome.api.unknownCalls).toEqual([]);
        } finally {
            await outcome.api.stop();
        }
    });

    it("stops with one line naming a port in use and the --port fix", async () => {
        await expect(serve(["--port", String(busyPort)])).rejects.toThrow(`Port ${busyPort} on 127.0.0.1 is in use. Fix: stop what listens there, or pick another port with --port <number>.`);
    });

    it("refuses a port that is not a number, and unknown options", async () => {
        await expect(serve(["--port", "http"])).rejects.toThrow('--port "http" must be a whole number from 0 to 65535');
        await expect(serve(["--stack", "dev"])).rejects.toThrow("--stack");
    });

    it("answers --help with the options and exit codes", async () => {
        const { outcome, stdout } = await serve(["--help"]);
        expect(outcome.kind).toBe("help");
        expect(stdout).toContain("--state <file>");
        expect(stdout).toContain("Exit codes:");
    });

    it("as an npm script: a port in use exits 2 with one line on stderr", async () => {
        const child = spawn("npm", ["run", "--silent", "sandbox:serve", "--", "--port", String(busyPort), "--state", path.join(dir, "org.json")], { cwd: REPO_ROOT });
        let stderr = "";
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
        expect(code).toBe(2);
        expect(stderr).toBe(`sandbox:serve: Port ${busyPort} on 127.0.0.1 is in use. Fix: stop what listens there, or pick another port with --port <number>.\n`);
    }, 30000);
});
