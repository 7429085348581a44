import * as path from "node:path";
import { DeclaredStack } from "../../tools/doctor/declaredStack";
import { BASE_URL_OVERRIDE_VARIABLE, CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE } from "../../tools/genesys/environment";
import { connectToGenesys } from "../../tools/genesys/genesysClient";
import { FakeBehaviour, FakeGenesysServer, FakeOrg } from "./fakeGenesysServer";

export const REPO_ROOT = path.resolve(__dirname, "..", "..");
export const CLIENT = { clientId: "doctor-test-client", clientSecret: "doctor-test-secret-not-real" };

export interface CommandRun {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
    readonly server: FakeGenesysServer;
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
    },
) => Promise<number>;

/** Runs a command in process with the real SDK client against a fresh fake org on 127.0.0.1. */
export async function runAgainstFake(
    command: Command,
    declared: DeclaredStack,
    org: FakeOrg,
    argv: readonly string[],
    options: { behaviour?: Partial<FakeBehaviour>; env?: Record<string, string | undefined> } = {},
): Promise<CommandRun> {
    const server = new FakeGenesysServer(org, { ...CLIENT, ...options.behaviour });
    const baseUrl = await server.start();
    let stdout = "";
    let stderr = "";
    try {
        const code = await command(argv, {
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
        });
        return { code, stdout, stderr, server };
    } finally {
        await server.stop();
    }
}
