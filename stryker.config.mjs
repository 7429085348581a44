// @ts-check
/**
 * Mutation testing of the program's components and the shared contract (`npm run mutate`): StrykerJS changes one
 * expression at a time and runs the root jest tests that cover it; a mutant that no test notices is a behaviour the
 * suites do not pin down. The policy pack has its own config (stryker.policy.config.mjs, `npm run mutate:policy`)
 * because its tests run the pack in a separate analyzer process. Figures and notable survivors: docs/development.md.
 * Not part of `npm test`: a full run takes many minutes.
 * @type {import("@stryker-mutator/api/core").PartialStrykerOptions}
 */
export default {
    testRunner: "jest",
    jest: {
        projectType: "custom",
        configFile: "jest.config.js",
        config: {
            // One jest process runs everything in band on a shared 2-core machine: hooks that start a local API
            // or a program take longer than the suite's 20 s.
            testTimeout: 120000,
            // StrykerJS picks each mutant's test files with jest --findRelatedTests, which follows imports only
            // through files in jest's roots. The root config's roots are tests/ alone, so a mutant in a module that
            // tests reach through another one (components/config/unsafeInput.ts through components/settings.ts)
            // ran no test at all and was reported as survived.
            roots: ["<rootDir>/tests", "<rootDir>/components", "<rootDir>/contract/src", "<rootDir>/tools"],
            // Tests that start the tools as child processes, read the repository's files or its CI: they cover no
            // component in jest's own process, so under perTest coverage they only slow the initial run.
            // buildFresh compares contract/bin with the sources, which the sandbox's instrumented copy always fails.
            testPathIgnorePatterns: [
                "/node_modules/",
                "<rootDir>/tests/engine/",
                "<rootDir>/tests/ci/",
                "<rootDir>/tests/docs/",
                "<rootDir>/tests/sdk/",
                "<rootDir>/tests/tools/",
                "<rootDir>/tests/doctor/doctorCli.test.ts",
                "<rootDir>/tests/localGenesys/serveCommand.test.ts",
                "<rootDir>/tests/contract/buildFresh.test.ts",
            ],
        },
    },
    mutate: ["components/**/*.ts", "contract/src/**/*.ts"],
    coverageAnalysis: "perTest",
    // A static mutant (a module-level value: the contract's event list, templates, limits) is active while modules
    // load, so no per-test coverage exists for it and each one would rerun the whole suite: on this machine that
    // is three quarters of the mutants and days of runtime. They are reported as ignored; run one file with
    // `npm run mutate -- --mutate <file> --ignoreStatic false` to test them.
    ignoreStatic: true,
    // The build machine has 2 cores. No type checker either: it costs minutes of start-up and a second process; a
    // mutant that would not compile is run like any other (ts-jest only transpiles) and nearly always fails a test.
    concurrency: 1,
    timeoutMS: 20000,
    // The initial run is the whole in-process suite in one jest process (jest's runInBand), slow on a busy machine.
    dryRunTimeoutMinutes: 40,
    // Re-runs test only the mutants whose code or covering tests changed (the file is local, git-ignored).
    incremental: true,
    incrementalFile: "reports/stryker/incremental.json",
    ignorePatterns: [".ci/node", ".sandbox", "reports", "sdks/*/bin"],
    reporters: ["clear-text", "progress-append-only", "html", "json"],
    htmlReporter: { fileName: "reports/stryker/mutation.html" },
    jsonReporter: { fileName: "reports/stryker/mutation.json" },
    clearTextReporter: { allowEmojis: false, logTests: false, reportMutants: false },
    tempDirName: ".stryker-tmp",
};
