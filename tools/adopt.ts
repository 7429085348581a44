/**
 * npm run adopt -- --stack <name> [--out <file>] [--json] [--dir <project dir>] [--timeout <seconds>]
 *
 * Finds a manual (guide-built) setup in the live Genesys org, read-only, and writes the bulk import file that
 * lets Pulumi take it over instead of creating duplicates. Exit 0 written, 1 ambiguous candidates, 2 cannot check.
 */
import { failureText } from "./userError";
import * as path from "node:path";
import { adoptCommand, EXIT_CANNOT_CHECK } from "./adopt/adoptCommand";
import { loadDeclaredStack } from "./doctor/declaredStack";
import { connectToGenesys } from "./genesys/genesysClient";

adoptCommand(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    repoRoot: path.resolve(__dirname, ".."),
    loadDeclared: loadDeclaredStack,
    connect: connectToGenesys,
}).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(failureText("adopt", error));
        process.exitCode = EXIT_CANNOT_CHECK;
    },
);
