// Compiles the contract to ./bin (JavaScript + declarations): Node and ts-node load packages under
// node_modules as JavaScript, so the program at run time and the published policy pack use this build.
// Run by the project's postinstall and by the policy pack's prepack; every path is relative to this file.
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const { DIGEST_FILE, sourceDigest } = require("./sourceDigest");

const contractDir = path.join(__dirname, "..");

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

if (fs.existsSync(path.join(contractDir, "bin", "index.js")) && fs.existsSync(DIGEST_FILE) && fs.readFileSync(DIGEST_FILE, "utf8").trim() === sourceDigest()) {
    // Already built from these sources: rebuilding would only delete files a running program may be loading.
    process.exit(0);
}

const tsc = resolveTsc();
fs.rmSync(path.join(contractDir, "bin"), { recursive: true, force: true });
try {
    execFileSync(process.execPath, [tsc, "-p", contractDir], { cwd: contractDir, stdio: "pipe" });
} catch (error) {
    console.error("@cognigy-handover/contract: 'tsc' failed\n" + (error.stdout ? error.stdout.toString() : String(error)));
    process.exit(1);
}
fs.writeFileSync(DIGEST_FILE, sourceDigest() + "\n");
