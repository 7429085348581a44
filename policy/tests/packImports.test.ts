/**
 * The pack is published and tested on its own (`npm test --prefix policy`), so nothing under policy/ may load code
 * from outside it: a relative import must stay inside policy/, and a package must be one the pack declares in
 * package.json (the contract among them) or a Node built-in.
 */
import * as fs from "node:fs";
import { isBuiltin } from "node:module";
import * as path from "node:path";
import * as ts from "typescript";

const PACK_DIR = path.join(__dirname, "..");
const SKIPPED = new Set(["node_modules", "bin"]);

function sourceFiles(dir: string): string[] {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => !SKIPPED.has(entry.name))
        .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
        .filter((file) => /\.(ts|js)$/.test(file));
}

function declaredPackages(): Set<string> {
    const manifest = JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    return new Set([...Object.keys(manifest["dependencies"] ?? {}), ...Object.keys(manifest["devDependencies"] ?? {})]);
}

/** `@scope/name/deep/path` → `@scope/name`; `name/deep` → `name`. */
function packageOf(specifier: string): string {
    const parts = specifier.split("/");
    return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** What `file` (with source `text`) loads from outside the pack: `import`, `export ... from`, `import()`, `require()`. */
function importsLeavingThePack(file: string, text: string, declared: ReadonlySet<string>): string[] {
    return ts.preProcessFile(text, true, true).importedFiles.flatMap(({ fileName: specifier }) => {
        const where = `${path.relative(PACK_DIR, file)} imports ${specifier}`;
        if (specifier.startsWith(".")) {
            const target = path.relative(PACK_DIR, path.resolve(path.dirname(file), specifier));
            return target.startsWith("..") || path.isAbsolute(target) ? [`${where}, outside policy/`] : [];
        }
        if (isBuiltin(specifier)) {
            return [];
        }
        return declared.has(packageOf(specifier)) ? [] : [`${where}, a package policy/package.json does not declare`];
    });
}

test("every file of the pack imports only the pack's own files, its declared packages and Node built-ins", () => {
    const files = sourceFiles(PACK_DIR);
    expect(files.length).toBeGreaterThan(20);
    const declared = declaredPackages();
    const leaving = files.flatMap((file) => importsLeavingThePack(file, fs.readFileSync(file, "utf8"), declared));
    expect(leaving).toEqual([]);
});

test("the check sees what it must reject", () => {
    const probe = path.join(PACK_DIR, "tests", "probe.ts");
    const text = [
        'import { x } from "../../tools/evaluate/policyPack";',
        'import * as aws from "@pulumi/aws";',
        'export { y } from "../policies";',
        'import * as fs from "node:fs";',
        'const z = require("@cognigy-handover/contract");',
        'const w = require("../../components/webhook/workflowTemplate");',
    ].join("\n");
    expect(importsLeavingThePack(probe, text, new Set(["@cognigy-handover/contract"]))).toEqual([
        "tests/probe.ts imports ../../tools/evaluate/policyPack, outside policy/",
        "tests/probe.ts imports @pulumi/aws, a package policy/package.json does not declare",
        "tests/probe.ts imports ../../components/webhook/workflowTemplate, outside policy/",
    ]);
});
