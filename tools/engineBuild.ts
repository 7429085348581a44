import * as path from "node:path";
import { parseArgs } from "node:util";
import { buildPulumiCli } from "./engine/pulumiCliBuild";
import { unbuildableComponentLines } from "./engine/unbuildableComponents";
import { argumentError, EXIT_CANNOT_RUN, failureText } from "./userError";

const USAGE = `npm run engine:build: builds the real Pulumi CLI from the Go module proxy (tools/engine/go.mod) into
.sandbox/toolchain/pulumi-cli/ for the engine tests (npm run test:engine). A re-run with nothing changed is a no-op.
Then it lists the rest of the sandbox toolchain (the Node language host, the genesyscloud provider) that the
proxy refused, without asking the proxy for them again.

usage: npm run engine:build [-- --help]

Exit codes: 0 the CLI is built and current; 2 it cannot be built (the message names the cause and the fix).
`;

function main(): void {
    let values: { help?: boolean };
    try {
        ({ values } = parseArgs({ args: process.argv.slice(2), options: { help: { type: "boolean", short: "h" } }, strict: true }));
    } catch (error) {
        throw argumentError(error, USAGE.trimEnd());
    }
    if (values.help) {
        process.stdout.write(USAGE);
        return;
    }
    const repoRoot = path.resolve(__dirname, "..");
    const { build, built, seconds } = buildPulumiCli(repoRoot, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(
        built
            ? `built the Pulumi CLI ${build.version} (${build.goVersion}) in ${seconds.toFixed(0)} s: ${path.relative(repoRoot, build.binary)}\n`
            : `the Pulumi CLI ${build.version} (${build.goVersion}) is up to date: ${path.relative(repoRoot, build.binary)} (checked in ${seconds.toFixed(1)} s)\n`,
    );
    for (const line of unbuildableComponentLines()) {
        process.stdout.write(`${line}\n`);
    }
}

try {
    main();
} catch (error: unknown) {
    process.stderr.write(failureText("engine:build", error));
    process.exitCode = EXIT_CANNOT_RUN;
}
