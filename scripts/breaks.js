#!/usr/bin/env node
// Breaks the product one small change at a time, in a throw-away git worktree of HEAD, and runs the root tests
// related to the changed file after each: a break no test notices ("MISSED") is behaviour the suites do not pin
// down. Complements StrykerJS (npm run mutate*), which mutates components/, contract/ and policy/ but not the
// tools (plan, doctor, adopt, lost ends, simulation, local API). Figures, not a test: prints caught/missed.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { parseArgs } = require("node:util");

const root = path.resolve(__dirname, "..");
const USAGE = `usage: npm run breaks [-- --only B01,B07]

Applies each break of scripts/breaks.json (a file, an exact text, its replacement) to a temporary worktree of HEAD
(your checkout is never touched; node_modules are linked from it) and runs jest --findRelatedTests on the file.
Prints CAUGHT or MISSED per break and the share caught. Needs npm ci first. Takes about 20-60 s per break.`;

function fail(problem, fix) {
    process.stderr.write(`breaks: ${problem}. Fix: ${fix}\n${USAGE}\n`);
    process.exit(2);
}

let options;
try {
    ({ values: options } = parseArgs({ args: process.argv.slice(2), options: { only: { type: "string" }, help: { type: "boolean", short: "h", default: false } }, strict: true }));
} catch (error) {
    fail(error.message, "use --only with a comma-separated list of break ids, or no option");
}
if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
}
if (!fs.existsSync(path.join(root, "node_modules", ".bin", "jest"))) {
    fail("node_modules/.bin/jest is missing", "run npm ci first");
}
const breaks = JSON.parse(fs.readFileSync(path.join(__dirname, "breaks.json"), "utf8"));
const only = options.only ? new Set(options.only.split(",").map((id) => id.trim())) : undefined;
const selected = breaks.filter((b) => !only || only.has(b.id));
if (selected.length === 0) {
    fail(`no break has the id(s) ${options.only}`, `pick ids from scripts/breaks.json (${breaks[0].id} to ${breaks[breaks.length - 1].id})`);
}

const worktree = fs.mkdtempSync(path.join(os.tmpdir(), "breaks-"));
const git = (...args) => spawnSync("git", args, { cwd: root, encoding: "utf8" });
const added = git("worktree", "add", "--detach", worktree, "HEAD");
if (added.status !== 0) {
    fail(`git worktree add failed: ${added.stderr.trim()}`, "run it inside the repository's git checkout");
}
for (const modules of ["node_modules", "policy/node_modules"]) {
    fs.symlinkSync(path.join(root, modules), path.join(worktree, modules), "dir");
}

let caught = 0;
const missed = [];
try {
    for (const b of selected) {
        const file = path.join(worktree, b.file);
        const original = fs.readFileSync(file, "utf8");
        const count = original.split(b.find).length - 1;
        if (count !== 1) {
            process.stdout.write(`${b.id} ${b.what}: SKIPPED (the text to break occurs ${count} times in ${b.file}; update scripts/breaks.json)\n`);
            continue;
        }
        fs.writeFileSync(file, original.replace(b.find, b.replace));
        const started = Date.now();
        const run = spawnSync(
            path.join(worktree, "node_modules", ".bin", "jest"),
            ["--silent", "--roots", "tests", "--roots", "tools", "--roots", "components", "--findRelatedTests", b.relatedTo ?? b.file],
            { cwd: worktree, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
        );
        fs.writeFileSync(file, original);
        const output = `${run.stdout}${run.stderr}`;
        const failing = [...new Set(output.split("\n").filter((line) => line.startsWith("FAIL ")).map((line) => line.split(" ")[1]))];
        const noTests = /No tests found/.test(output);
        const verdict = run.status !== 0 && !noTests ? "CAUGHT" : "MISSED";
        if (verdict === "CAUGHT") {
            caught += 1;
        } else {
            missed.push(b.id);
        }
        const seconds = Math.round((Date.now() - started) / 1000);
        process.stdout.write(`${b.id} ${b.what}: ${verdict} in ${seconds} s${failing.length ? ` by ${failing.join(", ")}` : noTests ? " (no test imports the file)" : ""}\n`);
    }
} finally {
    git("worktree", "remove", "--force", worktree);
}
const judged = caught + missed.length;
process.stdout.write(`\n${caught} of ${judged} breaks caught (${judged ? Math.round((caught / judged) * 100) : 0} %)${missed.length ? `; missed: ${missed.join(", ")}` : ""}\n`);
