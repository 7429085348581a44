/**
 * The command-line start of a live-org command (doctor, adopt): hands it the process's streams, environment and
 * working directory, the real Genesys client and the program's declared stack, sets the exit code it returns,
 * and prints whatever escapes it as that command's failure (exit 2, cannot check).
 */
import * as path from "node:path";
import { loadDeclaredStack } from "../doctor/declaredStack";
import { DoctorIo } from "../doctor/doctorCommand";
import { invocationDirectory } from "../invocationDirectory";
import { EXIT_CANNOT_RUN, failureText } from "../userError";
import { connectToGenesys } from "./genesysClient";

/** Everything a live-org command reads from outside: what tests replace with fakes. */
export type LiveOrgIo = DoctorIo & { readonly cwd: string };

export function runLiveOrgCommand(name: string, command: (argv: readonly string[], io: LiveOrgIo) => Promise<number>): void {
    command(process.argv.slice(2), {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        env: process.env,
        cwd: invocationDirectory(name),
        repoRoot: path.resolve(__dirname, "..", ".."),
        loadDeclared: loadDeclaredStack,
        connect: connectToGenesys,
    }).then(
        (code) => {
            process.exitCode = code;
        },
        (error: unknown) => {
            process.stderr.write(failureText(name, error));
            process.exitCode = EXIT_CANNOT_RUN;
        },
    );
}
