/**
 * The pack the tests run: compiled once per test run from the current sources (tsconfig.build.json, as the shipped
 * build), into a directory inside policy/ so it resolves the pack's own dependencies. Starting the compiled entry
 * spares every test file the seconds run-policy-pack spends type-checking the TypeScript; the type check runs once,
 * here. Jest's globalSetup.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const PACK_DIRECTORY = path.join(__dirname, "..");

const OUT_DIR = path.join(PACK_DIRECTORY, "node_modules", ".cache", "pack-under-test");

/** What run-policy-pack starts for the tests (its `program` argument). */
export const PACK_UNDER_TEST_ENTRY = path.join(OUT_DIR, "index.js");

export default function compilePackUnderTest(): void {
    fs.rmSync(OUT_DIR, { recursive: true, force: true });
    const tsc = require.resolve("typescript/bin/tsc", { paths: [PACK_DIRECTORY] });
    try {
        execFileSync(process.execPath, [tsc, "-p", path.join(PACK_DIRECTORY, "tsconfig.build.json"), "--outDir", OUT_DIR], { cwd: PACK_DIRECTORY, stdio: "pipe" });
    } catch (error) {
        const output = (error as { stdout?: Buffer }).stdout?.toString() ?? String(error);
        // eslint-disable-next-line preserve-caught-error -- the pack's lib (ES2020) has no Error cause; the message holds tsc's output
        throw new Error(`The pack does not compile (tsc -p tsconfig.build.json):\n${output}`);
    }
}
