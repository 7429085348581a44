// @ts-check
/**
 * Whole-scope mutation testing of `components/` and `contract/src/` in slices that fit a session:
 * `MUTATE_SCOPE=<scope> npm run mutate:unit`, one scope after the other (contract, config, webhook, eventbridge; see
 * SCOPES). It is stryker.config.mjs with, per scope, the files to mutate and the test files allowed to run.
 *
 * Why slices: StrykerJS's jest runner runs, for each mutant, every test file that imports the mutated file (jest
 * --findRelatedTests) with only the covering tests enabled, and jest loads each of those files in full. The contract
 * and the settings are imported by nearly every test file, so with the whole suite a mutant costs 20-45 s on the
 * shared 2-core machine. Each scope allows only the test files written for its sources that load in about a
 * second or less. Left out everywhere: the tests of the tools (doctor, adopt, plan, simulate CLI, the local Genesys
 * API), which reach the components through a whole-program evaluation or a child process, and the whole-stack tests
 * of tests/program/ and tests/stackScenarios.test.ts (3-12 s each to load). A mutant that only a left-out test would
 * notice is reported as survived or uncovered; `npm run mutate -- --mutate <file>` (the whole in-process suite)
 * settles it.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
import rootConfig from "./stryker.config.mjs";

/** @type {Record<string, { mutate: string[]; tests: string[] }>} */
const SCOPES = {
    contract: {
        mutate: ["contract/src/**/*.ts"],
        tests: [
            "<rootDir>/tests/contract/{matchCriteria,sourceDigest,isRecord}.test.ts",
            "<rootDir>/tests/canonicalJson.test.ts",
            "<rootDir>/tests/events.test.ts",
            "<rootDir>/tests/simulation/{matchCriteria,eventPattern,simulationEvent,topLevelPrimitives,dataActionRequest}.test.ts",
            "<rootDir>/tests/eventbridge/cognigyRelease.test.ts",
            "<rootDir>/tests/webhook/sendEventActionContract.test.ts",
        ],
    },
    config: {
        mutate: [
            "components/config/**/*.ts",
            "components/settings.ts",
            "components/genesysRegions.ts",
            "components/names.ts",
            "components/eventbridge/eventbridgeSettings.ts",
        ],
        tests: [
            "<rootDir>/tests/config/*.test.ts",
            "<rootDir>/tests/settings.test.ts",
            "<rootDir>/tests/genesysRegions.test.ts",
            "<rootDir>/tests/eventbridge/eventbridgeSettings.test.ts",
        ],
    },
    webhook: {
        mutate: ["components/webhook/**/*.ts"],
        tests: [
            "<rootDir>/tests/webhook/*.test.ts",
            "<rootDir>/tests/simulation/{webhookSimulation,workflowInterpreter}.test.ts",
        ],
    },
    eventbridge: {
        mutate: [
            "components/eventbridge/**/*.ts",
            "!components/eventbridge/eventbridgeSettings.ts",
            "components/handoverEndDetection.ts",
            "components/handoverStack.ts",
            "components/providers.ts",
            "components/stackOutputs.ts",
        ],
        tests: [
            "<rootDir>/tests/eventbridge/{builders,migration,onpremDelivery,saasDelivery,sourceNotes}.test.ts",
            "<rootDir>/tests/simulation/{eventBridgeComponents,eventBridgeSimulation}.test.ts",
        ],
    },
};

const scopeName = process.env.MUTATE_SCOPE ?? "";
const scope = SCOPES[scopeName];
if (scope === undefined) {
    throw new Error(`Set MUTATE_SCOPE to one of ${Object.keys(SCOPES).join(", ")} (got "${scopeName}").`);
}
const rootJest = /** @type {{ config: Record<string, unknown> }} */ (rootConfig.jest);

export default {
    ...rootConfig,
    jest: { ...rootConfig.jest, config: { ...rootJest.config, testMatch: scope.tests } },
    mutate: scope.mutate,
    // Two jest processes: about half the wall-clock time on the 2-core machine (run it niced when others work there).
    concurrency: 2,
    incrementalFile: `reports/stryker-unit/${scopeName}/incremental.json`,
    htmlReporter: { fileName: `reports/stryker-unit/${scopeName}/mutation.html` },
    jsonReporter: { fileName: `reports/stryker-unit/${scopeName}/mutation.json` },
    tempDirName: `.stryker-tmp-unit-${scopeName}`,
};
