import * as path from "node:path";
import { invocationDirectory } from "./invocationDirectory";
import { failureText } from "./userError";
import { evaluateProgram } from "./evaluate/evaluateProgram";
import { EXIT_CANNOT_EVALUATE, simulateCommand } from "./simulation/simulateCommand";

/**
 * npm run simulate -- --stack <name> [--dir <project dir>] [--events <file>] [--topic <topic>] [--cognigy-faults <spec>] [--json]
 *
 * Replays Genesys events through the stack's own rendered resources against a local stand-in for Cognigy.
 * Exit 0: every expectation held; 1: something did not; 2: the program or the input cannot be evaluated.
 */
simulateCommand(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    evaluate: evaluateProgram,
    cwd: invocationDirectory("simulate"),
    repoRoot: path.resolve(__dirname, ".."),
}).then(
    (code) => {
        process.exitCode = code;
    },
    (error: unknown) => {
        process.stderr.write(failureText("simulate", error));
        process.exitCode = EXIT_CANNOT_EVALUATE;
    },
);
