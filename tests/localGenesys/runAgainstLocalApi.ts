import * as path from "node:path";
import { DeclaredStack } from "../../tools/genesys/declaredStack";
import { BASE_URL_OVERRIDE_VARIABLE, CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE } from "../../tools/genesys/environment";
import { connectToGenesys } from "../../tools/genesys/genesysClient";
import { LocalGenesysApi, LocalGenesysOptions } from "../../tools/localGenesys/localGenesysApi";
import { OrgState } from "../../tools/localGenesys/orgState";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const CLIENT = { clientId: "doctor-test-client", clientSecret: "doctor-test-secret-not-real" };

export interface CommandRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
    readonly server: LocalGenesysApi;
}

export type Command = (
    argv: readonly string[],
    io: {
        stdout: (t: string) => void;
        stderr: (t: string) => void;
        env: Record<string, string | undefined>;
        repoRoot: string;
        loadDeclared: (projectDir: string, stack: string) => Promise<DeclaredStack>;
        connect: typeof connectToGenesys;
        interactive?: boolean;
        ask?: (question: string) => Promise<string>;
        now?: () => Date;
    },
) => Promise<number>;

/**
 * Runs a command in process with the real SDK client against a fresh local Genesys API on 127.0.0.1 serving `org`.
 * A call the local API does not know fails the run: the command's view of the org would be incomplete.
 */
export async function runAgainstLocalApi(
    command: Command,
    declared: DeclaredStack,
    org: OrgState,
    argv: readonly string[],
    options: {
        behaviour?: Omit<LocalGenesysOptions, "org" | "stateFile">;
        env?: Record<string, string | undefined>;
        /** A terminal, a clock: what a command may read besides the org. */
        io?: { interactive?: boolean; ask?: (question: string) => Promise<string>; now?: () => Date };
    } = {},
): Promise<CommandRun> {
    const server = new LocalGenesysApi({ ...options.behaviour, ...CLIENT, org });
    const baseUrl = await server.start();
    let stdout = "";
    let stderr = "";
    let code: number;
    try {
        code = await command(argv, {
            stdout: (t) => (stdout += t),
            stderr: (t) => (stderr += t),
            env: {
                [CLIENT_ID_VARIABLE]: CLIENT.clientId,
                [CLIENT_SECRET_VARIABLE]: CLIENT.clientSecret,
                [BASE_URL_OVERRIDE_VARIABLE]: baseUrl,
                ...options.env,
            },
            repoRoot: REPO_ROOT,
            loadDeclared: async () => declared,
            connect: connectToGenesys,
            ...options.io,
        });
    } finally {
        await server.stop();
    }
    if (server.unknownCalls.length > 0) {
        throw new Error(`the command made calls the local Genesys API does not know: ${JSON.stringify(server.unknownCalls)}`);
    }
    return { code, stdout, stderr, server };
}
