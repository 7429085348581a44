// @ts-check
/**
 * A policy pack compiled once, for the offline plan. The CLI starts a pack through `run-policy-pack`, which
 * type-checks every TypeScript file with ts-node on each start (seconds). The plan starts the same runner on the
 * pack's JavaScript build instead, when one exists and was built from exactly the pack's current sources (a digest
 * of them is recorded beside the build: contract/scripts/sourceDigest.js); otherwise it starts the TypeScript as the CLI does. So a stale build is
 * never run, and any pack (a base ref's, a test fixture) works without one. `tsc` type-checks while it builds.
 *
 * `node tools/policyPackBuild.js <pack dir>` builds `<pack>/bin` with `<pack>/tsconfig.build.json` (postinstall).
 */
"use strict";
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { buildOnce, filesDigest, isBuildCurrent, sourceFiles } = require("../contract/scripts/sourceDigest");

const BUILD_DIR = "bin";
const BUILD_TSCONFIG = "tsconfig.build.json";
/** Not part of the build: the pack's tests and per-stack policy configs can change without making it stale. */
const NOT_COMPILED = ["node_modules", BUILD_DIR, "tests", "config"];

/** The digest of what the build compiles: the pack's TypeScript, tsconfigs and package.json. @param {string} packDir */
function sourceDigest(packDir) {
    return filesDigest(packDir, sourceFiles(packDir, { extensions: [".ts", ".json"], skip: NOT_COMPILED }));
}

/**
 * The compiled entry point of the pack, when its build is current; undefined otherwise.
 * @param {string} packDir
 */
function currentBuildEntry(packDir) {
    const entry = path.join(packDir, BUILD_DIR, "index.js");
    return isBuildCurrent(path.join(packDir, BUILD_DIR), entry, sourceDigest(packDir)) ? entry : undefined;
}

/** Builds the pack unless its build is current. @param {string} packDir */
function build(packDir) {
    return buildOnce({
        buildDir: path.join(packDir, BUILD_DIR),
        entry: path.join(packDir, BUILD_DIR, "index.js"),
        digest: () => sourceDigest(packDir),
        build: () => {
            const tsc = require.resolve("typescript/bin/tsc", { paths: [packDir, __dirname] });
            execFileSync(process.execPath, [tsc, "-p", path.join(packDir, BUILD_TSCONFIG)], { cwd: packDir, stdio: "pipe" });
        },
    });
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
