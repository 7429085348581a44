/**
 * The root's tests (tests/). The policy pack's tests are its own (`npm test --prefix policy`, policy/jest.config.js);
 * `npm test` runs both, CI runs both once. Both run TypeScript the same way, so the root takes the pack's settings
 * and changes only where its tests live and what they resolve.
 */
const pack = require("./policy/jest.config.js");

module.exports = {
  testEnvironment: pack.testEnvironment,
  testMatch: pack.testMatch,
  transform: pack.transform,
  testTimeout: pack.testTimeout,
  maxWorkers: pack.maxWorkers,
  roots: ["<rootDir>/tests"],
  // The engine tier runs the real Pulumi CLI: `npm run test:engine` (jest.engine.config.js), never `npm test`.
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/engine/"],
  // The generated SDK's build copies its package.json into bin/; two packages of one name confuse jest's haste map.
  modulePathIgnorePatterns: ["<rootDir>/sdks/.*/bin/package.json", "<rootDir>/bin/"],
  // Tests run the contract's sources, never its build (contract/bin, which the program loads at run time and the
  // policy pack ships); tests/contract/buildFresh.test.ts fails when that build is older than the sources.
  moduleNameMapper: { "^@cognigy-handover/contract$": "<rootDir>/contract/src/index.ts" },
};
