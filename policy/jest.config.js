/**
 * The pack's own tests: `npm test --prefix policy`, with nothing outside policy/ but the contract. The root's
 * jest.config.js takes the settings it shares from here.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts"],
  // Type checking runs once in `npm run typecheck`; jest only transpiles, which keeps the suites fast.
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  // The pack is compiled once from its current sources before the tests (tests/packUnderTest.ts); each test file
  // drives that build through the analyzer client as the CLI would.
  globalSetup: "<rootDir>/tests/packUnderTest.ts",
  // Tests run the contract's sources, as the root's do; the pack under test loads the contract's build, which
  // `npm test` brings up to date first.
  moduleNameMapper: { "^@cognigy-handover/contract$": "<rootDir>/../contract/src/index.ts" },
  testTimeout: 20000,
  // Jest's default is one worker fewer than the cores: one, on the 2-core build machines. Most time is spent in
  // child processes (packs, plan CLI runs, the published pack's install), so two workers halve the idle time.
  maxWorkers: 2,
};
