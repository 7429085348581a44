import * as path from "node:path";
import { connectOptionsFromEnvironment, Environment, parseTimeoutSeconds } from "../genesys/environment";
import { ConnectOptions, GenesysOrgReader } from "../genesys/genesysClient";
import { parseLiveOrgArguments } from "../genesys/liveOrgArguments";
import { DeclaredStack } from "./declaredStack";
import { printDoctorReport } from "./printDoctorReport";
import { runDoctor } from "./runDoctor";
import { EXIT_CANNOT_RUN, isUserError } from "../userError";

export const DOCTOR_USAGE = `Usage: npm run doctor -- --stack <name> [--json] [--call-cognigy] [--dir <project dir>] [--timeout <seconds>]

Checks the live Genesys org against what the stack declares, read-only, with the OAuth client in
GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET and the stack's genesysRegion.

Options:
  --stack          stack whose Pulumi.<stack>.yaml configures the program (required)
  --json           print one JSON document instead of text
  --call-cognigy   also execute the data action once through Genesys' test endpoint: sends ONE request to Cognigy
  --dir            Pulumi project directory (default: this repository)
  --timeout        seconds to wait for each Genesys answer (default 20)
  -h, --help       this text

Exit codes:
  0  healthy: the org does what the stack declares
  1  findings: something missing, different, or an extra trigger that would fire
  2  cannot check: bad arguments, stack configuration, credentials, login, region, network or a missing
     permission (the message names the fix)`;

export const EXIT_HEALTHY = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_CHECK = EXIT_CANNOT_RUN;

export interface DoctorIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly env: Environment;
    readonly repoRoot: string;
    /** Where the user ran the command: relative paths in the arguments start there (default: the process's). */
    readonly cwd?: string;
    readonly loadDeclared: (projectDir: string, stack: string) => Promise<DeclaredStack>;
    readonly connect: (options: ConnectOptions) => Promise<GenesysOrgReader>;
}

export async function doctorCommand(argv: readonly string[], io: DoctorIo): Promise<number> {
    const args = parseLiveOrgArguments(argv, { "call-cognigy": { type: "boolean", default: false } });
    if (args.kind === "help") {
        io.stdout(`${DOCTOR_USAGE}\n`);
        return EXIT_HEALTHY;
    }
    if (args.kind === "invalid") {
        io.stderr(`doctor: ${args.message}\n${DOCTOR_USAGE}\n`);
        return EXIT_CANNOT_CHECK;
    }
    try {
        const timeoutSeconds = parseTimeoutSeconds(args.timeout);
        const declared = await io.loadDeclared(path.resolve(io.cwd ?? process.cwd(), args.dir ?? io.repoRoot), args.stack);
        const org = await io.connect(connectOptionsFromEnvironment(io.env, declared.region, timeoutSeconds));
        const report = await runDoctor(declared, org, { callCognigy: args.extra["call-cognigy"] === true });
        io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : printDoctorReport(report));
        return report.healthy ? EXIT_HEALTHY : EXIT_FINDINGS;
    } catch (error) {
        if (isUserError(error)) {
            io.stderr(`doctor: cannot check stack ${args.stack}: ${error.message}\n`);
            return EXIT_CANNOT_CHECK;
        }
        throw error;
    }
}
