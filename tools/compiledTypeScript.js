// @ts-check
/**
 * Runs this project's TypeScript (the tools, the program they evaluate, and a base ref's program) without loading
 * the TypeScript compiler on every run: each file is transpiled once and the JavaScript kept in a cache keyed by a
 * hash of the file's text, its tsconfig.json and the compiler version. A changed file gets a new key, so the cache
 * can never serve stale code; the compiler is loaded only when some file has no cached result. `npm ci` warms the
 * cache (postinstall), so a plan right after install compiles nothing.
 *
 * Plain JavaScript because it is what makes TypeScript loadable. Used as `node -r ./tools/compiledTypeScript.js
 * tools/<command>.ts` (package.json scripts) and by the evaluator for the programs it runs.
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { digestOf, sourceFiles } = require("../contract/scripts/sourceDigest");

const CACHE_DIR = path.join(__dirname, "..", "node_modules", ".cache", "compiled-typescript");

/**
 * The first thing every `npm run <command>` loads, so the one place to turn "wrong Node" and "not installed yet"
 * into the commands' error form (`<command>: <problem>. Fix: <what to do>`, exit 2) instead of a require stack.
 * @param {string} problem
 * @param {string} fix
 * @returns {never}
 */
function cannotStart(problem, fix) {
    process.stderr.write(`${process.env.npm_lifecycle_event || path.basename(process.argv[1] || "node")}: ${problem}. Fix: ${fix}\n`);
    process.exit(2);
}

const REQUIRED_NODE_MAJOR = 22;
if (Number(process.versions.node.split(".")[0]) < REQUIRED_NODE_MAJOR) {
    cannotStart(
        `this is Node ${process.versions.node}; the project needs Node ${REQUIRED_NODE_MAJOR} or newer`,
        "nvm use (reads .nvmrc), or source .ci/node/activate.sh in this shell, then npm ci",
    );
}

/** @returns {string} */
function compilerVersion() {
    try {
        return require("typescript/package.json").version;
    } catch {
        return cannotStart("the dependencies are not installed (no typescript in node_modules)", "npm ci, in the repository's root folder");
    }
}
const COMPILER_VERSION = compilerVersion();

/** The Pulumi language host's defaults when a project has no tsconfig.json. */
const DEFAULT_COMPILER_OPTIONS = { target: "ES2020", module: "commonjs", moduleResolution: "node", esModuleInterop: true };

/** @type {Map<string, string | undefined>} directory -> nearest tsconfig.json (or undefined) */
const tsconfigByDirectory = new Map();
/** @type {Map<string, string>} tsconfig path ("" for none) -> its text */
const tsconfigText = new Map();
/** @type {typeof import("typescript") | undefined} */
let typescript;

/** @param {string} directory */
function nearestTsconfig(directory) {
    if (tsconfigByDirectory.has(directory)) {
        return tsconfigByDirectory.get(directory);
    }
    const candidate = path.join(directory, "tsconfig.json");
    const parent = path.dirname(directory);
    const found = fs.existsSync(candidate) ? candidate : parent === directory ? undefined : nearestTsconfig(parent);
    tsconfigByDirectory.set(directory, found);
    return found;
}

/** @param {string | undefined} tsconfig */
function configText(tsconfig) {
    const key = tsconfig ?? "";
    let text = tsconfigText.get(key);
    if (text === undefined) {
        text = tsconfig ? fs.readFileSync(tsconfig, "utf8") : JSON.stringify(DEFAULT_COMPILER_OPTIONS);
        tsconfigText.set(key, text);
    }
    return text;
}

/**
 * Emit options as `tsc -p <tsconfig>` would use them, for one file at a time (what ts-node's transpile-only mode
 * does too): commonjs output, no declaration files, inline source maps so stack traces point at the .ts lines.
 * @param {string | undefined} tsconfig
 */
function compilerOptions(tsconfig) {
    const ts = compiler();
    if (!tsconfig) {
        return ts.convertCompilerOptionsFromJson(DEFAULT_COMPILER_OPTIONS, process.cwd()).options;
    }
    const read = ts.readConfigFile(tsconfig, ts.sys.readFile);
    if (read.error) {
        throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(read.error.messageText, "\n")}`);
    }
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(tsconfig), undefined, tsconfig);
    return {
        ...parsed.options,
        module: ts.ModuleKind.CommonJS,
        declaration: false,
        sourceMap: false,
        inlineSourceMap: true,
        inlineSources: false,
        noEmit: false,
    };
}

function compiler() {
    if (typescript === undefined) {
        typescript = require("typescript");
    }
    return typescript;
}

/**
 * The JavaScript for one TypeScript file, from the cache or freshly transpiled (and then cached).
 * @param {string} filename
 * @param {string} source
 */
function compiled(filename, source) {
    const tsconfig = nearestTsconfig(path.dirname(filename));
    const key = digestOf([
        ["compiler", COMPILER_VERSION],
        ["file", filename],
        ["tsconfig", configText(tsconfig)],
        ["source", source],
    ]);
    const cached = path.join(CACHE_DIR, `${key}.js`);
    try {
        return fs.readFileSync(cached, "utf8");
    } catch {
        // Not cached yet.
    }
    const output = compiler().transpileModule(source, { fileName: filename, compilerOptions: compilerOptions(tsconfig) }).outputText;
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    // Write then rename: two processes compiling the same file never leave a half-written entry.
    const partial = `${cached}.${process.pid}.tmp`;
    fs.writeFileSync(partial, output);
    fs.renameSync(partial, cached);
    return output;
}

const NODE_MODULES = `${path.sep}node_modules${path.sep}`;

/**
 * Loads `.ts` files through the cache. Files under node_modules are left to whoever handled `.ts` before (as
 * ts-node does): packages ship JavaScript.
 */
function register() {
    const Module = /** @type {{ _extensions: Record<string, (module: NodeJS.Module, filename: string) => void> }} */ (
        /** @type {unknown} */ (require("node:module"))
    );
    const previous = Module._extensions[".ts"];
    if (/** @type {{ compiledTypeScript?: boolean }} */ (previous)?.compiledTypeScript) {
        return;
    }
    /** @type {(module: NodeJS.Module, filename: string) => void} */
    const loader = (module, filename) => {
        if (filename.includes(NODE_MODULES) && previous) {
            previous(module, filename);
            return;
        }
        const source = fs.readFileSync(filename, "utf8");
        /** @type {{ _compile(code: string, filename: string): void }} */ (/** @type {unknown} */ (module))._compile(compiled(filename, source), filename);
    };
    Object.assign(loader, { compiledTypeScript: true });
    Module._extensions[".ts"] = loader;
}

/**
 * Transpiles every TypeScript file under the given directories (and files) into the cache. Returns how many were
 * compiled (not already cached).
 * @param {readonly string[]} roots
 */
function warm(roots) {
    let compiledCount = 0;
    for (const root of roots) {
        const files = fs.statSync(root).isDirectory() ? sourceFiles(root, { extensions: [".ts"], skip: ["node_modules", "bin"] }) : [root];
        for (const file of files.filter((name) => name.endsWith(".ts") && !name.endsWith(".d.ts"))) {
            const before = fs.existsSync(CACHE_DIR) ? fs.readdirSync(CACHE_DIR).length : 0;
            compiled(path.resolve(file), fs.readFileSync(file, "utf8"));
            compiledCount += fs.readdirSync(CACHE_DIR).length - before;
        }
    }
    return compiledCount;
}

module.exports = { register, warm, compiled, CACHE_DIR };

if (require.main === module) {
    // `node tools/compiledTypeScript.js <dir|file>...`: warm the cache (postinstall).
    const roots = process.argv.slice(2);
    const started = Date.now();
    const count = warm(roots);
    process.stdout.write(`compiled ${count} TypeScript file(s) into ${path.relative(process.cwd(), CACHE_DIR)} in ${Date.now() - started} ms\n`);
} else {
    register();
}
