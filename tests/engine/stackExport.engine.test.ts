/**
 * The real Pulumi CLI judges the plan's state files. For every committed stack, the deployment the plan simulates
 * (`pulumi up` from empty) goes into the real CLI with `pulumi stack import`, comes back out with
 * `pulumi stack export`, and must be the same deployment to the plan: `npm run plan -- --state <that export>` sees
 * no change. On the way the real CLI encrypts every value the plan marked secret, so the exported file holds none
 * in plaintext. An export of another stack is refused by both, each naming the stack.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { maskSecretPaths } from "../../tools/maskSecrets";
import { builtPulumiCli, PulumiCliBuild } from "../../tools/engine/pulumiCliBuild";
import { DeployedResource, DeployedState, isEncryptedSecret } from "../../tools/plan/deployedState";
import { parseStackExport, toStackExport } from "../../tools/plan/stackExport";
import { upFromEmpty } from "../../tools/plan/stateTransitions";
import { listStacks, readPulumiProject } from "../../tools/evaluate/pulumiProjectFiles";
import { evaluateIsolated } from "../helpers/isolatedEvaluation";
import { IsolatedPulumi } from "./isolatedPulumi";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const PROJECT = "cognigy-genesys-handover";
const STACKS = listStacks(REPO_ROOT, readPulumiProject(REPO_ROOT));

jest.setTimeout(180_000);

let cli: PulumiCliBuild;
beforeAll(() => {
    cli = builtPulumiCli(REPO_ROOT);
});

function plan(...args: string[]): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ["-r", "./tools/compiledTypeScript.js", "tools/plan.ts", ...args], {
        cwd: REPO_ROOT,
        encoding: "utf8",
        timeout: 120_000,
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function valueAt(values: unknown, propertyPath: string): unknown {
    return propertyKeys(propertyPath).reduce<unknown>((current, key) => (current !== null && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined), values);
}

/** Every secret value the plan holds, as the strings that must not appear in an encrypted export. */
function secretTexts(state: DeployedState): string[] {
    return state.flatMap((resource) => [
        ...resource.secretPaths.map((p) => valueAt(resource.inputs, p)),
        ...resource.outputSecretPaths.map((p) => valueAt(resource.outputs, p)),
    ]).flatMap((value) => (typeof value === "string" ? [value] : value === undefined ? [] : [JSON.stringify(value)]))
        .filter((text) => text.length >= 4);
}

function propertyKeys(propertyPath: string): string[] {
    return propertyPath.split(/\.|\[(\d+)\]/).filter((part): part is string => part !== undefined && part !== "");
}

/** A resource as the plan compares it, each secret masked, so a plaintext secret and its ciphertext compare equal. */
function comparable(resource: DeployedResource): Record<string, unknown> {
    return {
        urn: resource.urn,
        type: resource.type,
        custom: resource.custom,
        id: resource.id,
        parent: resource.parent,
        provider: resource.provider,
        protect: resource.protect,
        dependencies: resource.dependencies,
        propertyDependencies: resource.propertyDependencies,
        inputs: maskSecretPaths(resource.inputs, resource.secretPaths),
        outputs: maskSecretPaths(resource.outputs, resource.outputSecretPaths),
    };
}

const secretsSeen: Record<string, number> = {};

describe.each(STACKS)("stack %s", (stack) => {
    let pulumi: IsolatedPulumi;
    let simulated: DeployedState;
    let exportFile: string;
    let exported: Record<string, unknown>;

    beforeAll(async () => {
        pulumi = new IsolatedPulumi(cli, REPO_ROOT);
        pulumi.initStack(stack);
        ({ state: simulated } = await upFromEmpty(evaluateIsolated, { projectDir: REPO_ROOT, stack }));
    });
    afterAll(() => pulumi?.dispose());

    it("the real CLI imports the deployment the plan simulates, written as a --show-secrets export of the stack", () => {
        const fresh = pulumi.exportStack(stack, true) as { deployment: { secrets_providers: { type: string; state?: unknown } } };
        expect(fresh.deployment.secrets_providers.type).toBe("passphrase");
        const file = pulumi.writeFile(`${stack}-simulated.json`, toStackExport(simulated, { secretsProviders: fresh.deployment.secrets_providers }));
        const imported = pulumi.run(["stack", "import", "--stack", stack, "--file", file]);
        expect(imported.stdout).toContain("Import complete.");
        exported = pulumi.exportStack(stack);
        exportFile = pulumi.writeFile(`${stack}-export.json`, exported);
        expect((exported as { deployment: { resources: unknown[] } }).deployment.resources).toHaveLength(simulated.length);
    });

    it("and exports it with every secret the plan marked encrypted: no plaintext secret in the file", () => {
        const text = fs.readFileSync(exportFile, "utf8");
        const secrets = secretTexts(simulated);
        secretsSeen[stack] = secrets.length;
        for (const secret of secrets) {
            expect(text).not.toContain(secret);
        }
        expect(text).not.toContain('"plaintext"');
    });

    it("the plan reads the real export back as the deployment it wrote, secrets as ciphertext", () => {
        const readBack = parseStackExport(exported, exportFile, { project: PROJECT, stack });
        expect(readBack.map(comparable)).toEqual(simulated.map(comparable));
        const encrypted = readBack.flatMap((resource) => resource.secretPaths.map((p) => valueAt(resource.inputs, p)));
        expect(encrypted.every(isEncryptedSecret)).toBe(true);
    });

    it("npm run plan -- --state <the real export> sees nothing to change", () => {
        const result = plan("--stack", stack, "--state", exportFile);
        expect(result.stderr).toBe("");
        expect(result.stdout).toContain("(no changes)");
        expect(result.status).toBe(0);
    });
});

describe("secrets", () => {
    it("were checked on the stacks that have them (the proxy's basic auth, the on-prem API key)", () => {
        expect(secretsSeen["example-proxy"]).toBeGreaterThan(0);
        expect(secretsSeen["example-onprem"]).toBeGreaterThan(0);
    });
});

describe("an export of another stack", () => {
    let pulumi: IsolatedPulumi;
    let devExport: string;

    beforeAll(async () => {
        pulumi = new IsolatedPulumi(cli, REPO_ROOT);
        pulumi.initStack("dev");
        pulumi.initStack("prod");
        const { state } = await upFromEmpty(evaluateIsolated, { projectDir: REPO_ROOT, stack: "dev" });
        const secretsProviders = (pulumi.exportStack("dev", true) as { deployment: { secrets_providers: { type: string } } }).deployment.secrets_providers;
        pulumi.run(["stack", "import", "--stack", "dev", "--file", pulumi.writeFile("dev.json", toStackExport(state, { secretsProviders }))]);
        devExport = pulumi.writeFile("dev-export.json", pulumi.exportStack("dev"));
    });
    afterAll(() => pulumi?.dispose());

    it("is refused by the real CLI, naming both stacks", () => {
        const result = pulumi.run(["stack", "import", "--stack", "prod", "--file", devExport], { allowFailure: true });
        expect(result.status).not.toBe(0);
        expect(`${result.stdout}${result.stderr}`).toContain("is from a different stack (dev != prod)");
    });

    it("is refused by the offline plan the same way, naming both stacks and the fix", () => {
        const result = plan("--stack", "prod", "--state", devExport);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/belongs to stack dev of project cognigy-genesys-handover, not prod .*export the right stack/);
        expect(result.stderr).not.toMatch(/\n\s+at /);
    });
});
