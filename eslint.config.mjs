// @ts-check
/**
 * Lint (`npm run lint`): ESLint's recommended rules and typescript-eslint's type-aware recommended set over all the
 * TypeScript: the program (index.ts, components/), contract/, tools/, the policy pack (policy/, with its own
 * tsconfig.json, found by the project service) and the tests. How to run it and read it: docs/development.md.
 *
 * Why recommendedTypeChecked and not strictTypeChecked: strict adds rules whose findings here are nearly all
 * deliberate code, not defects. no-unnecessary-condition flags the checks on values read from YAML, JSON, HTTP and
 * the Genesys API, whose declared types say "always present" but which a user or an org can leave out; the check is
 * the point. no-confusing-void-expression and no-dynamic-delete are style. The strict rules that do catch defects
 * here are switched on one by one below.
 */
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
    {
        ignores: ["**/node_modules/", "**/bin/", "sdks/", ".sandbox/", ".ci/node/", ".stryker-tmp*/", "reports/", "**/*.d.ts"],
    },
    {
        files: ["**/*.ts"],
        extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
        },
        linterOptions: { reportUnusedDisableDirectives: "error" },
        rules: {
            // From strictTypeChecked: outputs and settings are typed so that no value needs a `!` (issue 22).
            "@typescript-eslint/no-non-null-assertion": "error",
            // From strictTypeChecked: a comparison with a literal of another type is always false.
            "@typescript-eslint/no-unnecessary-boolean-literal-compare": "error",
            // `const { secret: _secret, ...shown } = value` is how a property is left out of a copy.
            "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, varsIgnorePattern: "^_", argsIgnorePattern: "^_" }],
        },
    },
    {
        files: ["tests/**/*.ts", "policy/tests/**/*.ts"],
        rules: {
            // Tests read JSON files, HTTP bodies and mock calls as `any` and assert on them at once: a value of the
            // wrong shape fails the expect() that reads it, which is the check these rules would ask for.
            "@typescript-eslint/no-unsafe-assignment": "off",
            "@typescript-eslint/no-unsafe-member-access": "off",
            "@typescript-eslint/no-unsafe-call": "off",
            "@typescript-eslint/no-unsafe-argument": "off",
            "@typescript-eslint/no-unsafe-return": "off",
            // Stand-ins for async interfaces (fetchers, evaluators, loaders) return or throw at once.
            "@typescript-eslint/require-await": "off",
        },
    },
);
