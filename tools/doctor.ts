/**
 * npm run doctor -- --stack <name> [--json] [--call-cognigy] [--dir <project dir>] [--timeout <seconds>]
 *
 * Reads the live Genesys org (read-only) and reports where it differs from what the stack declares.
 * Exit 0 healthy, 1 findings, 2 cannot check (the message names the fix). `--help` for details.
 */
import { failureText } from "./userError";
import * as path from "node:path";
import { connectToGenesys } from "./genesys/genesysClient";
import { doctorCommand, EXIT_CANNOT_CHECK } from "./doctor/doctorCommand";
import { loadDeclaredStack } from "./doctor/declaredStack";

doctorCommand(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    repoRoot: path.resolve(__dirname, ".."),
    loadDeclared: loadDeclaredStack,
    connect: connectToGenesys,
}).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(failureText("doctor", error));
        process.exitCode = EXIT_CANNOT_CHECK;
    },
);
