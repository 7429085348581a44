// @ts-check
// Compiles the contract to ./bin (JavaScript + declarations): Node and ts-node load packages under
// node_modules as JavaScript, so the program at run time and the published policy pack use this build.
// Run by the project's postinstall and by the policy pack's prepack; every path is relative to this file.
// Skipped while bin/ was built from the current sources (./sourceDigest.js): rebuilding would only delete files a
// running program may be loading. tests/contract/buildFresh.test.ts fails when bin/ is older than the sources.
"use strict";
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { DIGEST_FILE_NAME, buildOnce, filesDigest, sourceFiles } = require("./sourceDigest");

const contractDir = path.join(__dirname, "..");
const BUILD_DIR = path.join(contractDir, "bin");
const DIGEST_FILE = path.join(BUILD_DIR, DIGEST_FILE_NAME);

/** The digest of what the build compiles: contract/src and the compiler options. */
function sourceDigest() {
    const files = [path.join(contractDir, "tsconfig.json"), ...sourceFiles(path.join(contractDir, "src"), { extensions: [".ts"] })];
    return filesDigest(contractDir, files);
}

// The compiler of the project installing us: the root's when run from the root postinstall, the policy
// pack's when run from its prepack.
function resolveTsc() {
    for (const from of [contractDir, process.cwd()]) {
        try {
            return require.resolve("typescript/bin/tsc", { paths: [from] });
        } catch {
            // try the next place
        }
    }
    console.error("@cognigy-handover/contract: no TypeScript compiler found; run `npm ci` at the repository root first.");
    process.exit(1);
}

function compile() {
    const tsc = resolveTsc();
    try {
        execFileSync(process.execPath, [tsc, "-p", contractDir], { cwd: contractDir, stdio: "pipe" });
    } catch (error) {
        const output = /** @type {{ stdout?: Buffer }} */ (error).stdout;
        console.error("@cognigy-handover/contract: 'tsc' failed\n" + (output ? output.toString() : String(error)));
        process.exit(1);
    }
}

module.exports = { DIGEST_FILE, sourceDigest };

if (require.main === module) {
    buildOnce({ buildDir: BUILD_DIR, entry: path.join(BUILD_DIR, "index.js"), digest: sourceDigest, build: compile });
}
