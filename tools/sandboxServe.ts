/**
 * npm run sandbox:serve -- [--port <n>] [--state <file>] [--quiet]
 *
 * Keeps the local Genesys Cloud API (tools/localGenesys/) running on 127.0.0.1 until Ctrl-C, and prints the
 * settings doctor, adopt and the genesyscloud provider need to use it. `--help` for details.
 */
import * as path from "node:path";
import { serveCommand } from "./localGenesys/serveCommand";
import { invocationDirectory } from "./invocationDirectory";
import { EXIT_CANNOT_RUN, failureText } from "./userError";

serveCommand(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    repoRoot: path.resolve(__dirname, ".."),
    cwd: invocationDirectory("sandbox:serve"),
}).then(
    (outcome) => {
        if (outcome.kind === "serving") {
            const stop = (): void => {
                void outcome.api.stop().then(() => process.stdout.write("Local Genesys Cloud API stopped; the org stays in its state file.\n"));
            };
            process.once("SIGINT", stop);
            process.once("SIGTERM", stop);
        }
    },
    (error: unknown) => {
        process.stderr.write(failureText("sandbox:serve", error));
        process.exitCode = EXIT_CANNOT_RUN;
    },
);
