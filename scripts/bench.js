#!/usr/bin/env node
// Prints how long the offline commands take on this machine (wall-clock, median of N runs), plus the size of
// what a fresh clone installs. Figures, not assertions: targets live here, not in timed tests.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const runs = Number(process.env.BENCH_RUNS ?? 3);
// The yardstick: what loading the Pulumi SDK and the AWS provider SDK costs in a bare node process. The offline
// commands must stay within RATIO_TARGET times that (the rest is our own work: evaluation, policies, simulation).
const BARE_LOAD = "bare load of @pulumi/pulumi + @pulumi/aws";
const RATIO_TARGET = 2;
const commands = [
    [BARE_LOAD, ["node", "-e", "require('@pulumi/pulumi'); require('@pulumi/aws')"]],
    ["plan dev", ["npm", "run", "--silent", "plan", "--", "--stack", "dev", "--json"]],
    ["plan prod", ["npm", "run", "--silent", "plan", "--", "--stack", "prod", "--json"]],
    ["simulate prod", ["npm", "run", "--silent", "simulate", "--", "--stack", "prod", "--json"]],
    ["jest (root suite)", ["npx", "--no-install", "jest", "--silent"]],
    ["jest (policy pack)", ["npm", "test", "--silent", "--prefix", "policy"]],
    // The engine tier: the CLI build with nothing changed (a cold one is about 8 minutes: docs/sandbox.md), then
    // the tests the real Pulumi CLI judges.
    ["engine:build (warm)", ["npm", "run", "--silent", "engine:build"]],
    ["engine tests", ["npx", "--no-install", "jest", "--config", "jest.engine.config.js", "--silent"]],
];

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

console.log(`node ${process.version}, ${require("node:os").cpus().length} cores, ${runs} runs each`);
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
