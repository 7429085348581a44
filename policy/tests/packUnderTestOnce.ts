/**
 * Jest globalSetup for mutation testing (stryker.policy.config.mjs at the repository root). StrykerJS puts every
 * mutant into the sources at once and picks the active one by an environment variable that the pack's analyzer
 * process inherits, so the pack compiled in the initial run serves every mutant run after it; compiling it again
 * for each mutant would only add seconds to each of hundreds of runs.
 */
import * as fs from "node:fs";
import compilePackUnderTest, { PACK_UNDER_TEST_ENTRY } from "./packUnderTest";

export default function compilePackUnderTestOnce(): void {
    const mutantRun = process.env.__STRYKER_ACTIVE_MUTANT__ !== undefined;
    if (mutantRun && fs.existsSync(PACK_UNDER_TEST_ENTRY)) return;
    compilePackUnderTest();
}
