/**
 * The command-line start of a live-org command (doctor, adopt): hands it the process's streams, environment and
 * working directory, the real Genesys client and the program's declared stack, sets the exit code it returns,
 * and prints whatever escapes it as that command's failure (exit 2, cannot check).
 */
import * as path from "node:path";
import * as readline from "node:readline/promises";
import { DeclaredStack, loadDeclaredStack } from "./declaredStack";
import { Environment } from "./environment";
import { invocationDirectory } from "../invocationDirectory";
import { EXIT_CANNOT_RUN, failureText } from "../userError";
import { ConnectOptions, connectToGenesys, GenesysOrgReader } from "./genesysClient";

/** Everything a live-org command reads from outside: what tests replace with fakes. */
export interface LiveOrgIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly env: Environment;
    readonly cwd: string;
    readonly repoRoot: string;
    readonly loadDeclared: (projectDir: string, stack: string) => Promise<DeclaredStack>;
    readonly connect: (options: ConnectOptions) => Promise<GenesysOrgReader>;
    /** Whether a person can answer a question (stdin and stdout are a terminal). */
    readonly interactive?: boolean;
    /** Asks a question on the terminal and returns the answer. */
    readonly ask?: (question: string) => Promise<string>;
}

export function runLiveOrgCommand(name: string, command: (argv: readonly string[], io: LiveOrgIo) => Promise<number>): void {
    command(process.argv.slice(2), {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        env: process.env,
        cwd: invocationDirectory(name),
        repoRoot: path.resolve(__dirname, "..", ".."),
        loadDeclared: loadDeclaredStack,
        connect: connectToGenesys,
        interactive: process.stdin.isTTY && process.stdout.isTTY,
        ask: async (question) => {
            const terminal = readline.createInterface({ input: process.stdin, output: process.stdout });
            try {
                return await terminal.question(question);
            } finally {
                terminal.close();
            }
        },
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
