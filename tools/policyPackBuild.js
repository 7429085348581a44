// @ts-check
/**
 * A policy pack compiled once, for the offline plan. The CLI starts a pack through `run-policy-pack`, which
 * type-checks every TypeScript file with ts-node on each start (seconds). The plan starts the same runner on the
 * pack's JavaScript build instead, when one exists and was built from exactly the pack's current sources (a digest
 * of them is recorded beside the build); otherwise it starts the TypeScript as the CLI does. So a stale build is
 * never run, and any pack (a base ref's, a test fixture) works without one. `tsc` type-checks while it builds.
 *
 * `node tools/policyPackBuild.js <pack dir>` builds `<pack>/bin` with `<pack>/tsconfig.build.json` (postinstall).
 */
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const BUILD_DIR = "bin";
const BUILD_TSCONFIG = "tsconfig.build.json";
const DIGEST_FILE = "source-digest.txt";
const SKIPPED = new Set(["node_modules", BUILD_DIR, "tests", "config"]);

/** @param {string} dir @returns {string[]} */
function sourceFiles(dir) {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => !SKIPPED.has(entry.name) && !entry.name.startsWith("."))
        .flatMap((entry) => (entry.isDirectory() ? sourceFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
        .filter((file) => file.endsWith(".ts") || file.endsWith(".json"));
}

/** The digest of what the build compiles: the pack's TypeScript, tsconfigs and package.json. @param {string} packDir */
function sourceDigest(packDir) {
    const hash = crypto.createHash("sha256");
    for (const file of sourceFiles(packDir).sort()) {
        hash.update(path.relative(packDir, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
    return hash.digest("hex");
}

/**
 * The compiled entry point of the pack, when its build is current; undefined otherwise.
 * @param {string} packDir
 */
function currentBuildEntry(packDir) {
    const entry = path.join(packDir, BUILD_DIR, "index.js");
    const digestFile = path.join(packDir, BUILD_DIR, DIGEST_FILE);
    if (!fs.existsSync(entry) || !fs.existsSync(digestFile)) {
        return undefined;
    }
    return fs.readFileSync(digestFile, "utf8").trim() === sourceDigest(packDir) ? entry : undefined;
}

/** Builds the pack unless its build is current. @param {string} packDir */
function build(packDir) {
    if (currentBuildEntry(packDir) !== undefined) {
        return false;
    }
    const tsc = require.resolve("typescript/bin/tsc", { paths: [packDir, __dirname] });
    fs.rmSync(path.join(packDir, BUILD_DIR), { recursive: true, force: true });
    const digest = sourceDigest(packDir);
    execFileSync(process.execPath, [tsc, "-p", path.join(packDir, BUILD_TSCONFIG)], { cwd: packDir, stdio: "pipe" });
    fs.writeFileSync(path.join(packDir, BUILD_DIR, DIGEST_FILE), `${digest}\n`);
    return true;
}

module.exports = { currentBuildEntry, build, sourceDigest };

if (require.main === module) {
    const packDir = path.resolve(process.argv[2] ?? "policy");
    try {
        const built = build(packDir);
        process.stdout.write(`${path.relative(process.cwd(), packDir) || "."}: ${built ? "compiled to" : "already current in"} ${BUILD_DIR}/\n`);
    } catch (error) {
        const output = /** @type {{ stdout?: Buffer }} */ (error).stdout;
        process.stderr.write(`policy pack build failed (tsc -p ${BUILD_TSCONFIG}):\n${output ? output.toString() : String(error)}\n`);
        process.exit(1);
    }
}
