// @ts-check
/**
 * Mutation testing of the policy pack (`npm run mutate:policy`), with the pack's own jest config. Run from the
 * repository root so the sandbox holds contract/ next to policy/, as the pack's tests expect.
 *
 * The pack's tests call its policies through the analyzer process the CLI would start (policy/tests/policyHarness.ts),
 * so coverage measured in jest's process cannot say which test reaches which mutant: coverage analysis is off and
 * each mutant runs the test files that import the mutated file (jest --findRelatedTests), stopping at the first
 * failure. The analyzer process inherits the active mutant from the environment.
 *
 * Every test file imports the whole pack (policyHarness.ts loads ../policies), so without a scope each mutant runs
 * every test file, each starting its own analyzer process: a survivor costs about a minute. `MUTATE_SCOPE=<scope>`
 * (see SCOPES) mutates one group of policies and runs only the test files written for it; its results are kept
 * apart (reports/stryker-policy/<scope>/).
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
import rootConfig from "./stryker.config.mjs";

/** Test file paths are relative to policy/ (jest's rootDir there); mutated files to the repository root. */
/** @type {Record<string, { mutate: string[]; tests: string[] }>} */
const SCOPES = {
    // The policy with the most logic: what a trigger's matchCriteria let through (and triggerCriteria.ts, its parser).
    openMessaging: {
        mutate: ["policy/policies/triggerOpenMessagingOnly.ts", "policy/policies/triggerCriteria.ts"],
        tests: ["<rootDir>/tests/triggerOpenMessagingOnly.test.ts"],
    },
    trigger: {
        mutate: ["policy/policies/trigger*.ts"],
        tests: ["<rootDir>/tests/{triggerOpenMessagingOnly,triggerTopicAndTarget,triggerScopedInSharedOrg}.test.ts"],
    },
    wiring: { mutate: ["policy/policies/handoverStackWiring.ts"], tests: ["<rootDir>/tests/handoverStackWiring.test.ts"] },
    sendEventAction: {
        mutate: ["policy/policies/sendEventAction.ts", "policy/policies/allowedHosts.ts"],
        tests: ["<rootDir>/tests/sendEventAction.test.ts"],
    },
    eventbridge: {
        mutate: ["policy/policies/eventbridge*.ts", "policy/policies/deliveryPathsExclusive.ts"],
        tests: ["<rootDir>/tests/eventbridgePolicies.test.ts"],
    },
    rest: {
        mutate: ["policy/index.ts", "policy/policies/index.ts", "policy/policies/policySupport.ts", "policy/policies/workflowRetries.ts", "policy/policies/genesysResourcesProtected.ts"],
        tests: ["<rootDir>/tests/{workflowRetries,genesysResourcesProtected,packConfig}.test.ts"],
    },
};

const scopeName = process.env.MUTATE_SCOPE;
const scope = scopeName === undefined ? undefined : SCOPES[scopeName];
if (scopeName !== undefined && scope === undefined) {
    throw new Error(`MUTATE_SCOPE must be one of ${Object.keys(SCOPES).join(", ")} or unset (got "${scopeName}").`);
}
const reportDirectory = scope === undefined ? "reports/stryker-policy" : `reports/stryker-policy/${scopeName}`;

export default {
    ...rootConfig,
    jest: {
        projectType: "custom",
        configFile: "policy/jest.config.js",
        config: {
            globalSetup: "<rootDir>/tests/packUnderTestOnce.ts",
            // The published pack's install and the import rules test packaging, not what a policy decides.
            testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/publishedPack.test.ts", "<rootDir>/tests/packImports.test.ts"],
            ...(scope === undefined ? {} : { testMatch: scope.tests }),
        },
    },
    mutate: scope?.mutate ?? ["policy/index.ts", "policy/policies/**/*.ts"],
    coverageAnalysis: "off",
    // StrykerJS refuses ignoreStatic without per-test coverage; every mutant runs here, static ones too.
    ignoreStatic: false,
    timeoutMS: 60000,
    incrementalFile: `${reportDirectory}/incremental.json`,
    htmlReporter: { fileName: `${reportDirectory}/mutation.html` },
    jsonReporter: { fileName: `${reportDirectory}/mutation.json` },
    tempDirName: ".stryker-tmp-policy",
};
