/**
 * The engine tier (`npm run test:engine`): tests that run the real Pulumi CLI built by `npm run engine:build`.
 * Its own tier because it needs that build and takes minutes; `npm test` stays fast and never starts the CLI.
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/tests/engine"],
  testMatch: ["**/*.engine.test.ts"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 180000,
  maxWorkers: 1,
};
