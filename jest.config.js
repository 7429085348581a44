/** Type checking runs once in `npm run typecheck`; jest only transpiles, which keeps the suite fast. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests", "<rootDir>/policy/tests"],
  testMatch: ["**/*.test.ts"],
  // The engine tier runs the real Pulumi CLI: `npm run test:engine` (jest.engine.config.js), never `npm test`.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/engine/"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { diagnostics: false }],
  },
  // The generated SDK's build copies its package.json into bin/; two packages of one name confuse jest's haste map.
  modulePathIgnorePatterns: ["<rootDir>/sdks/.*/bin/package.json", "<rootDir>/bin/"],
  // Tests run the contract's sources, never its build (contract/bin, which the program loads at run time and the
  // policy pack ships); tests/contract/buildFresh.test.ts fails when that build is older than the sources.
  moduleNameMapper: { "^@cognigy-handover/contract$": "<rootDir>/contract/src/index.ts" },
  testTimeout: 20000,
  // Jest's default is one worker fewer than the cores: one, on the 2-core build machines. Most time is spent in
  // child processes (plan CLI runs, the published pack's install), so two workers halve the idle time.
  maxWorkers: 2,
};
