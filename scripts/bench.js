#!/usr/bin/env node
// Prints how long the offline commands take on this machine (wall-clock, median of N runs), plus the size of
// what a fresh clone installs. Figures, not assertions: targets live here, not in timed tests.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");

const USAGE = `usage: npm run bench [-- --runs <n>] [-- --no-engine]

Prints the wall-clock figures of the offline commands and the test suites on this machine (median, min and max
of <n> runs, default 3), and the size of what npm ci installs. It runs, <n> times each: a bare load of the Pulumi
SDKs, npm run plan (dev, prod), npm run simulate (prod), the root jest suite, the policy pack's suite, and the
engine tier: npm run engine:build (which BUILDS the Pulumi CLI from Go modules when .sandbox/toolchain is missing
or stale: about 8 minutes cold, and it needs Go) and the engine tests. --no-engine leaves the engine tier out.
Figures on a shared or loaded machine vary from run to run: compare medians taken the same way.`;

/** @returns {never} */
function usageError(problem, fix) {
    process.stderr.write(`bench: ${problem}. Fix: ${fix}\n${USAGE}\n`);
    process.exit(2);
}

const { parseArgs } = require("node:util");
let options;
try {
    ({ values: options } = parseArgs({
        args: process.argv.slice(2),
        options: { runs: { type: "string" }, "no-engine": { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
        strict: true,
    }));
} catch (error) {
    usageError(error.message, "leave it out or correct its spelling; the options are listed below");
}
if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
}
const runsText = options.runs ?? process.env.BENCH_RUNS ?? "3";
if (!/^[1-9]\d*$/.test(runsText)) {
    usageError(`--runs "${runsText}" is not a whole number of at least 1`, "--runs 3 (the default)");
}
const runs = Number(runsText);
// The yardstick: what loading the Pulumi SDK and the AWS provider SDK costs in a bare node process. The offline
// commands must stay within RATIO_TARGET times that (the rest is our own work: evaluation, policies, simulation).
const BARE_LOAD = "bare load of @pulumi/pulumi + @pulumi/aws";
const RATIO_TARGET = 2;
const allCommands = [
    [BARE_LOAD, ["node", "-e", "require('@pulumi/pulumi'); require('@pulumi/aws')"]],
    ["plan dev", ["npm", "run", "--silent", "plan", "--", "--stack", "dev", "--json"]],
    ["plan prod", ["npm", "run", "--silent", "plan", "--", "--stack", "prod", "--json"]],
    ["simulate prod", ["npm", "run", "--silent", "simulate", "--", "--stack", "prod", "--json"]],
    ["jest (root suite)", ["npx", "--no-install", "jest", "--silent"]],
    ["jest (policy pack)", ["npm", "test", "--silent", "--prefix", "policy"]],
    // The engine tier: the CLI build with nothing changed (a cold one is about 8 minutes: docs/sandbox.md), then
    // the tests the real Pulumi CLI judges.
    ["engine:build", ["npm", "run", "--silent", "engine:build"]],
    ["engine tests", ["npx", "--no-install", "jest", "--config", "jest.engine.config.js", "--silent"]],
];
const commands = options["no-engine"] ? allCommands.filter(([label]) => !label.startsWith("engine")) : allCommands;

function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

function directorySize(dir) {
    let total = 0;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isSymbolicLink()) continue;
        total += entry.isDirectory() ? directorySize(full) : fs.statSync(full).size;
    }
    return total;
}

const os = require("node:os");
console.log(
    `${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown CPU"}), ` +
        `${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, load average ${os.loadavg()[0].toFixed(1)} at the start, ${runs} runs each`,
);
if (!options["no-engine"]) {
    console.log("The engine tier runs npm run engine:build: a cold build of the Pulumi CLI takes about 8 minutes and needs Go (--no-engine skips it).");
}
const medians = new Map();
for (const [label, [command, ...args]] of commands) {
    const times = [];
    for (let i = 0; i < runs; i++) {
        const start = process.hrtime.bigint();
        const result = spawnSync(command, args, { cwd: root, stdio: "ignore" });
        times.push(Number(process.hrtime.bigint() - start) / 1e9);
        if (result.status !== 0) {
            console.log(`${label}: exit ${result.status} (figures below include the failing run)`);
        }
    }
    medians.set(label, median(times));
    console.log(`${label.padEnd(22)} median ${median(times).toFixed(2)} s  (min ${Math.min(...times).toFixed(2)} s, max ${Math.max(...times).toFixed(2)} s)`);
}
const bare = medians.get(BARE_LOAD);
for (const label of ["plan prod", "simulate prod"]) {
    const ratio = medians.get(label) / bare;
    console.log(`${label.padEnd(20)} ${ratio.toFixed(2)} x the bare load (target <= ${RATIO_TARGET}): ${ratio <= RATIO_TARGET ? "within" : "OVER"}`);
}
for (const dir of ["node_modules", "policy/node_modules"]) {
    const full = path.join(root, dir);
    if (fs.existsSync(full)) {
        console.log(`${dir.padEnd(20)} ${(directorySize(full) / 1024 / 1024).toFixed(0)} MiB installed`);
    }
}
