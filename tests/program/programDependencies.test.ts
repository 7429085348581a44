/**
 * The root package.json's `dependencies` are what the Pulumi program needs at run time (`pulumi up` loads
 * index.ts, components/, the contract and the local SDK); what only the tools and tests use (the simulator's
 * JSONPath, Velocity and JSON Schema engines, the Genesys platform client) are `devDependencies`. This fails
 * when the two drift: a runtime dependency the program never imports, or an import the runtime install lacks.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { sourceFiles } from "../../contract/scripts/sourceDigest";
import { importedModules, packageOf } from "../helpers/importedModules";

const ROOT = path.join(__dirname, "..", "..");

interface Manifest {
    readonly dependencies?: Readonly<Record<string, string>>;
    readonly devDependencies?: Readonly<Record<string, string>>;
}

/** The program's own files: what `pulumi up` loads, the SDK's runtime included (not its install scripts). */
function programFiles(): string[] {
    const typeScript = { extensions: [".ts"] };
    return [
        path.join(ROOT, "index.ts"),
        ...sourceFiles(path.join(ROOT, "components"), typeScript),
        ...sourceFiles(path.join(ROOT, "contract", "src"), typeScript),
        ...sourceFiles(path.join(ROOT, "sdks", "genesyscloud"), { ...typeScript, skip: ["bin", "node_modules", "scripts"] }),
    ];
}

function importedPackages(files: readonly string[]): Set<string> {
    return new Set(files.flatMap((file) => importedModules(file).flatMap((specifier) => packageOf(specifier) ?? [])));
}

function dependencyProblems(manifest: Manifest, imported: ReadonlySet<string>): string[] {
    const runtime = manifest.dependencies ?? {};
    const dev = manifest.devDependencies ?? {};
    const unused = Object.entries(runtime)
        .filter(([name]) => !imported.has(name))
        .map(([name, version]) => `${name} is in "dependencies" but the program never imports it: move it to "devDependencies" (npm install --save-dev --save-exact ${name}@${version})`);
    const missing = [...imported]
        .filter((name) => !(name in runtime))
        .map((name) =>
            name in dev
                ? `the program imports ${name}, which is only in "devDependencies": a runtime install (npm ci --omit=dev) lacks it; move it to "dependencies"`
                : `the program imports ${name}, which package.json does not declare: add it to "dependencies"`,
        );
    return [...unused, ...missing].sort();
}

test("the program's dependencies are exactly the packages it imports", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as Manifest;
    const files = programFiles();
    expect(files.length).toBeGreaterThan(20);
    const imported = importedPackages(files);
    expect(imported).toContain("@pulumi/pulumi");
    expect(dependencyProblems(manifest, imported)).toEqual([]);
});

test("the check sees what it must reject: an unused runtime dependency, a dev-only or undeclared import", () => {
    const manifest: Manifest = { dependencies: { used: "1.0.0", unused: "2.0.0" }, devDependencies: { "dev-only": "3.0.0" } };
    expect(dependencyProblems(manifest, new Set(["used", "dev-only", "undeclared"]))).toEqual([
        expect.stringMatching(/^the program imports dev-only, which is only in "devDependencies"/),
        expect.stringMatching(/^the program imports undeclared, which package.json does not declare/),
        expect.stringMatching(/^unused is in "dependencies" but the program never imports it/),
    ]);
});

test.each([
    ["@pulumi/pulumi", "@pulumi/pulumi"],
    ["@pulumi/pulumi/runtime", "@pulumi/pulumi"],
    ["yaml", "yaml"],
    ["jsonpath-plus/dist/index", "jsonpath-plus"],
    ["./settings", undefined],
    ["../contract/src", undefined],
    ["node:fs", undefined],
    ["path", undefined],
])("the package of %s is %s", (specifier, name) => {
    expect(packageOf(specifier)).toBe(name);
});
