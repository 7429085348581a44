/**
 * `npm run sandbox:serve -- [--port <n>] [--state <file>]`: starts the local Genesys Cloud API and prints the
 * settings doctor, adopt and the genesyscloud provider need to use it. The entry point (tools/sandboxServe.ts)
 * keeps it running until Ctrl-C.
 */
import * as path from "node:path";
import { parseArgs } from "node:util";
import { BASE_URL_OVERRIDE_VARIABLE, CLIENT_ID_VARIABLE, CLIENT_SECRET_VARIABLE } from "../genesys/environment";
import { argumentError, UserError } from "../userError";
import { DEFAULT_CREDENTIALS } from "./authentication";
import { LocalGenesysApi } from "./localGenesysApi";

export const DEFAULT_PORT = 8642;
/** Relative to the repository root; `.sandbox/` is git-ignored. */
export const DEFAULT_STATE_FILE = path.join(".sandbox", "genesys-org.json");

export interface ServeIo {
    readonly stdout: (text: string) => void;
    readonly repoRoot: string;
    /** Where a relative `--state` is resolved. */
    readonly cwd: string;
}

const USAGE = `Usage: npm run sandbox:serve -- [--port <number>] [--state <file>]

Runs a local Genesys Cloud API on 127.0.0.1 until Ctrl-C: the calls the genesyscloud provider v1.84.1 makes for
this stack's resources, and the ones doctor and adopt make. It prints the environment variables that point
doctor, adopt and the provider at it.

Options:
  --port <number>  port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --state <file>   the org's JSON file, read at start and written after every change
                   (default ${DEFAULT_STATE_FILE} in the repository; delete it to start from an empty org)
  --quiet          do not print a line per request
  -h, --help       this text

Exit codes: 0 stopped by Ctrl-C, 2 cannot start (the message names the fix).
`;

export type ServeOutcome = { readonly kind: "help" } | { readonly kind: "serving"; readonly api: LocalGenesysApi; readonly stateFile: string };

function parsePort(raw: string | undefined): number {
    if (raw === undefined) {
        return DEFAULT_PORT;
    }
    const port = Number(raw);
    if (!/^\d+$/.test(raw) || port > 65535) {
        throw new UserError(`--port "${raw}" must be a whole number from 0 to 65535. Fix: --port 8642 (the default), or --port 0 for a free port.`);
    }
    return port;
}

/** The lines a user copies into the shell that runs doctor, adopt or Pulumi with the provider. */
export function settingsText(api: LocalGenesysApi, stateFile: string): string {
    const url = new URL(api.baseUrl);
    return [
        `Local Genesys Cloud API on ${api.baseUrl} (state: ${stateFile}). Ctrl-C stops it.`,
        "",
        "doctor and adopt (npm run doctor / npm run adopt -- --stack <stack>):",
        `  export ${BASE_URL_OVERRIDE_VARIABLE}=${api.baseUrl}`,
        `  export ${CLIENT_ID_VARIABLE}=${DEFAULT_CREDENTIALS.clientId}`,
        `  export ${CLIENT_SECRET_VARIABLE}=${DEFAULT_CREDENTIALS.clientSecret}`,
        "",
        "genesyscloud provider v1.84.1 (its gateway settings and a fixed access token, so no login):",
        `  export GENESYSCLOUD_GATEWAY_PROTOCOL=${url.protocol.replace(/:$/, "")}`,
        `  export GENESYSCLOUD_GATEWAY_HOST=${url.hostname}`,
        `  export GENESYSCLOUD_GATEWAY_PORT=${url.port}`,
        `  export GENESYSCLOUD_ACCESS_TOKEN=${DEFAULT_CREDENTIALS.accessToken}`,
        "",
    ].join("\n");
}

export async function serveCommand(argv: readonly string[], io: ServeIo): Promise<ServeOutcome> {
    let values: { port?: string; state?: string; quiet?: boolean; help?: boolean };
    try {
        ({ values } = parseArgs({
            args: argv[0] === "--" ? argv.slice(1) : [...argv],
            options: { port: { type: "string" }, state: { type: "string" }, quiet: { type: "boolean" }, help: { type: "boolean", short: "h" } },
            strict: true,
        }));
    } catch (error) {
        throw argumentError(error, USAGE);
    }
    if (values.help) {
        io.stdout(USAGE);
        return { kind: "help" };
    }
    const port = parsePort(values.port);
    const stateFile = values.state !== undefined ? path.resolve(io.cwd, values.state) : path.join(io.repoRoot, DEFAULT_STATE_FILE);
    const api = new LocalGenesysApi({ stateFile, log: values.quiet ? undefined : (line) => io.stdout(`${line}\n`) });
    await api.start(port);
    io.stdout(settingsText(api, stateFile));
    return { kind: "serving", api, stateFile };
}
