/**
 * The tools' TypeScript loader: compiled once, cached by content, never stale. The commands run through it
 * (`node -r ./tools/compiledTypeScript.js tools/<command>.ts`), so a cache that served old code would plan a
 * program that no longer exists.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is plain JavaScript
const loader = require("../../tools/compiledTypeScript") as { compiled(filename: string, source: string): string; CACHE_DIR: string };
const LOADER = path.join(__dirname, "..", "..", "tools", "compiledTypeScript.js");

let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "compiled-ts-"));
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "commonjs", esModuleInterop: true } }));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(entry: string): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, ["-r", LOADER, entry], { encoding: "utf8" });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test("runs a TypeScript entry point and the TypeScript it imports (enums included: a full transpile, not type stripping)", () => {
    fs.writeFileSync(path.join(dir, "colour.ts"), "export enum Colour { Red = 'red' }\n");
    fs.writeFileSync(path.join(dir, "main.ts"), "import { Colour } from './colour';\nconst label: string = Colour.Red;\nconsole.log(label);\n");
    expect(run(path.join(dir, "main.ts"))).toMatchObject({ status: 0, stdout: "red\n" });
});

test("an edited file runs as edited: the cache is keyed by content", () => {
    const main = path.join(dir, "main.ts");
    fs.writeFileSync(main, "console.log('first' as string);\n");
    expect(run(main).stdout).toBe("first\n");
    fs.writeFileSync(main, "console.log('second' as string);\n");
    expect(run(main).stdout).toBe("second\n");
});

test("the same text under another tsconfig is compiled again", () => {
    const main = path.join(dir, "main.ts");
    const source = "export const answer = async () => 42;\n";
    const es2022 = loader.compiled(main, source);
    fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES5", module: "commonjs", lib: ["ES2015"] } }));
    // A new process: the nearest tsconfig.json is read once per process.
    const es5 = spawnSync(process.execPath, ["-e", `process.stdout.write(require(${JSON.stringify(LOADER)}).compiled(${JSON.stringify(main)}, ${JSON.stringify(source)}))`], { encoding: "utf8" }).stdout;
    expect(es2022).toContain("async () => 42");
    expect(es5).not.toContain("async () =>");
    expect(es5).toContain("__awaiter");
});

test("a second compile of unchanged text is served from the cache", () => {
    const main = path.join(dir, "main.ts");
    const source = `export const marker = ${JSON.stringify(dir)};\n`;
    const first = loader.compiled(main, source);
    const entries = fs.readdirSync(loader.CACHE_DIR).length;
    expect(loader.compiled(main, source)).toBe(first);
    expect(fs.readdirSync(loader.CACHE_DIR).length).toBe(entries);
});

test("a syntax error is reported against the TypeScript file", () => {
    const main = path.join(dir, "main.ts");
    fs.writeFileSync(main, "const broken: = ;\n");
    const result = run(main);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("main.ts");
});
