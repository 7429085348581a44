// @ts-check
/**
 * Mutation testing of the policy pack (`npm run mutate:policy`), with the pack's own jest config. Run from the
 * repository root so the sandbox holds contract/ next to policy/, as the pack's tests expect.
 *
 * The pack's tests call its policies through the analyzer process the CLI would start (policy/tests/policyHarness.ts),
 * so coverage measured in jest's process cannot say which test reaches which mutant: coverage analysis is off and
 * each mutant runs the test files that import the mutated file (jest --findRelatedTests), stopping at the first
 * failure. The analyzer process inherits the active mutant from the environment.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
import rootConfig from "./stryker.config.mjs";

export default {
    ...rootConfig,
    jest: {
        projectType: "custom",
        configFile: "policy/jest.config.js",
        config: {
            globalSetup: "<rootDir>/tests/packUnderTestOnce.ts",
            // The published pack's install and the import rules test packaging, not what a policy decides.
            testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/publishedPack.test.ts", "<rootDir>/tests/packImports.test.ts"],
        },
    },
    mutate: ["policy/index.ts", "policy/policies/**/*.ts"],
    coverageAnalysis: "off",
    timeoutMS: 60000,
    incrementalFile: "reports/stryker-policy/incremental.json",
    htmlReporter: { fileName: "reports/stryker-policy/mutation.html" },
    jsonReporter: { fileName: "reports/stryker-policy/mutation.json" },
    tempDirName: ".stryker-tmp-policy",
};
