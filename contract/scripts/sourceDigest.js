// @ts-check
/**
 * Build once by source digest: a build records a SHA-256 digest of what it compiled beside its output, and is
 * skipped (or its output used) only while the sources still hash to that digest. A changed, added, removed or
 * renamed source changes the digest, so a stale build is never run or served.
 *
 * The one home of this for the contract build (contract/scripts/build.js), the policy pack build
 * (tools/policyPackBuild.js) and the content-keyed transpile cache (tools/compiledTypeScript.js). Plain JavaScript
 * because all three run at install time, before any TypeScript is compiled.
 */
"use strict";
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");

/** The file a build directory records its digest in. */
const DIGEST_FILE_NAME = "source-digest.txt";

/**
 * A digest of labelled parts. Each label and content ends with a NUL byte, so moving text from one part into the
 * next (or from a file's content into its name) changes the digest.
 * @param {Iterable<readonly [string, string | Buffer]>} parts
 */
function digestOf(parts) {
    const hash = crypto.createHash("sha256");
    for (const [label, content] of parts) {
        hash.update(label).update("\0").update(content).update("\0");
    }
    return hash.digest("hex");
}

/**
 * The files under `dir` (recursively) whose names end with one of `extensions`. Entries named in `skip`, and dot
 * files and directories, are passed over.
 * @param {string} dir
 * @param {{ extensions: readonly string[]; skip?: readonly string[] }} options
 * @returns {string[]}
 */
function sourceFiles(dir, options) {
    const skip = new Set(options.skip ?? []);
    /** @param {string} current @returns {string[]} */
    const walk = (current) =>
        fs
            .readdirSync(current, { withFileTypes: true })
            .filter((entry) => !skip.has(entry.name) && !entry.name.startsWith("."))
            .flatMap((entry) => {
                const full = path.join(current, entry.name);
                if (entry.isDirectory()) {
                    return walk(full);
                }
                return options.extensions.some((extension) => entry.name.endsWith(extension)) ? [full] : [];
            });
    return walk(dir);
}

/**
 * The digest of the given files' names (relative to `root`) and contents, in a fixed order.
 * @param {string} root
 * @param {readonly string[]} files
 */
function filesDigest(root, files) {
    const sorted = files.map((file) => path.relative(root, file)).sort();
    return digestOf(sorted.map((relative) => /** @type {const} */ ([relative, fs.readFileSync(path.join(root, relative))])));
}

/**
 * Whether `buildDir` holds `entry` and records `digest` as the digest it was built from.
 * @param {string} buildDir
 * @param {string} entry
 * @param {string} digest
 */
function isBuildCurrent(buildDir, entry, digest) {
    const digestFile = path.join(buildDir, DIGEST_FILE_NAME);
    if (!fs.existsSync(entry) || !fs.existsSync(digestFile)) {
        return false;
    }
    return fs.readFileSync(digestFile, "utf8").trim() === digest;
}

/**
 * Runs `build` unless `buildDir` is current for the sources. The old output is removed first (nothing of a previous
 * build survives a failed one), and the digest is taken before building: sources edited while the build runs leave
 * a digest that no longer matches, so the next run builds again. Returns whether it built.
 * @param {{ buildDir: string; entry: string; digest: () => string; build: () => void }} spec
 */
function buildOnce(spec) {
    const digest = spec.digest();
    if (isBuildCurrent(spec.buildDir, spec.entry, digest)) {
        return false;
    }
    fs.rmSync(spec.buildDir, { recursive: true, force: true });
    spec.build();
    fs.mkdirSync(spec.buildDir, { recursive: true });
    fs.writeFileSync(path.join(spec.buildDir, DIGEST_FILE_NAME), `${digest}\n`);
    return true;
}

module.exports = { DIGEST_FILE_NAME, digestOf, sourceFiles, filesDigest, isBuildCurrent, buildOnce };
