// The digest of what the build compiles (sources and compiler options). The build records it next to its
// output; tests/contract/buildFresh.test.ts recomputes it, so a build older than its sources fails the suite.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

const contractDir = path.join(__dirname, "..");
const DIGEST_FILE = path.join(contractDir, "bin", "source-digest.txt");

function inputFiles(dir) {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((entry) => (entry.isDirectory() ? inputFiles(path.join(dir, entry.name)) : [path.join(dir, entry.name)]))
        .filter((file) => file.endsWith(".ts"));
}

function sourceDigest() {
    const hash = crypto.createHash("sha256");
    const files = [path.join(contractDir, "tsconfig.json"), ...inputFiles(path.join(contractDir, "src")).sort()];
    for (const file of files) {
        hash.update(path.relative(contractDir, file)).update("\0").update(fs.readFileSync(file)).update("\0");
    }
    return hash.digest("hex");
}

module.exports = { DIGEST_FILE, sourceDigest };
