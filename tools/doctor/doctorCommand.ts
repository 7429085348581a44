import * as path from "node:path";
import { connectOptionsFromEnvironment, parseTimeoutSeconds } from "../genesys/environment";
import { parseLiveOrgArguments } from "../genesys/liveOrgArguments";
import type { ConnectOptions } from "../genesys/genesysClient";
import { LiveOrgIo } from "../genesys/runLiveOrgCommand";
import { printDoctorReport } from "./printDoctorReport";
import { runDoctor } from "./runDoctor";
import { readTrackedState } from "./trackedState";
import { reviewWarnings } from "./reviewRules";
import { EXIT_CANNOT_RUN, isUserError } from "../userError";
import type { FlowExecutionHistory, WorkflowLauncher } from "../genesys/flowExecutions";
import { lostEndsCommand } from "../lostEnds/lostEndsCommand";

export const DOCTOR_USAGE = `Usage: npm run doctor -- --stack <name> [--json] [--call-cognigy] [--state <file>] [--dir <project dir>] [--timeout <seconds>]
       npm run doctor -- --stack <name> --lost-ends [--since <window>] [--replay [--yes]] [--json]

Checks the live Genesys org against what the stack declares, read-only, with the OAuth client in
GENESYSCLOUD_OAUTHCLIENT_ID / GENESYSCLOUD_OAUTHCLIENT_SECRET and the stack's genesysRegion.

Options:
  --stack          stack whose Pulumi.<stack>.yaml configures the program (required)
  --json           print one JSON document instead of text
  --call-cognigy   also execute the data action once through Genesys' test endpoint: sends ONE request to Cognigy
  --state          the stack's state as \`pulumi stack export --stack <name> --file <file>\` writes it: also lists
                   objects under the stack's names that the state does not track (after a failed pulumi up)
  --dir            Pulumi project directory (default: this repository)
  --timeout        seconds to wait for each Genesys answer (default 20)
  --lost-ends      instead of the checks: list every failed or errored execution of the stack's handover workflows
                   in the window (conversation id, time, topic, error), from Genesys' flow execution history
  --since          the window of --lost-ends: <n>m, <n>h or <n>d back from now (default 24h)
  --replay         with --lost-ends: send each lost end through its workflow again (asks first; writes to the org)
  --yes            with --replay: do not ask
  -h, --help       this text

Exit codes:
  0  healthy: the org does what the stack declares
  1  findings: something missing, different, or an extra trigger that would fire;
     with --lost-ends: a handover end was lost (with --replay: one could not be sent again)
  2  cannot check: bad arguments, stack configuration, credentials, login, region, network or a missing
     permission (the message names the fix)`;

export const EXIT_HEALTHY = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CANNOT_CHECK = EXIT_CANNOT_RUN;

/** The doctor reads a live-org command's outside; --lost-ends adds its own. */
export type DoctorIo = Omit<LiveOrgIo, "cwd"> & {
    /** Where the user ran the command: relative paths in the arguments start there (default: the process's). */
    readonly cwd?: string;
    /** `--lost-ends`: the execution history and, for `--replay`, the launch (default: the real SDK client). */
    readonly connectExecutions?: (options: ConnectOptions) => Promise<FlowExecutionHistory & WorkflowLauncher>;
    /** The current time (tests fix it). */
    readonly now?: () => Date;
};

const LOST_END_OPTIONS = ["since", "replay", "yes"] as const;

export async function doctorCommand(argv: readonly string[], io: DoctorIo): Promise<number> {
    const args = parseLiveOrgArguments(argv, {
        "call-cognigy": { type: "boolean", default: false },
        "lost-ends": { type: "boolean", default: false },
        since: { type: "string" },
        replay: { type: "boolean", default: false },
        yes: { type: "boolean", default: false },
        state: { type: "string" },
    });
    if (args.kind === "help") {
        io.stdout(`${DOCTOR_USAGE}\n`);
        return EXIT_HEALTHY;
    }
    if (args.kind === "invalid") {
        io.stderr(`doctor: ${args.message}\n${DOCTOR_USAGE}\n`);
        return EXIT_CANNOT_CHECK;
    }
    const lostEnds = args.extra["lost-ends"] === true;
    const stray = LOST_END_OPTIONS.filter((name) => args.extra[name] !== undefined && args.extra[name] !== false);
    if (!lostEnds && stray.length > 0) {
        io.stderr(`doctor: --${stray[0]} only works with --lost-ends. Fix: add it, e.g. npm run doctor -- --stack ${args.stack} --lost-ends --since 24h --replay\n`);
        return EXIT_CANNOT_CHECK;
    }
    if (lostEnds && args.extra["call-cognigy"] === true) {
        io.stderr(`doctor: --call-cognigy and --lost-ends are separate runs. Fix: run npm run doctor -- --stack ${args.stack} --call-cognigy, then --lost-ends on its own.\n`);
        return EXIT_CANNOT_CHECK;
    }
    if (args.extra["yes"] === true && args.extra["replay"] !== true) {
        io.stderr(`doctor: --yes only answers the question --replay asks. Fix: add --replay, or drop --yes.\n`);
        return EXIT_CANNOT_CHECK;
    }
    if (lostEnds) {
        const since = args.extra["since"];
        return lostEndsCommand(
            {
                stack: args.stack,
                ...(args.dir !== undefined ? { dir: args.dir } : {}),
                json: args.json,
                ...(args.timeout !== undefined ? { timeout: args.timeout } : {}),
                ...(typeof since === "string" ? { since } : {}),
                replay: args.extra["replay"] === true,
                yes: args.extra["yes"] === true,
            },
            io,
        );
    }
    try {
        const timeoutSeconds = parseTimeoutSeconds(args.timeout);
        const userDir = io.cwd ?? process.cwd();
        const projectDir = path.resolve(userDir, args.dir ?? io.repoRoot);
        const declared = await io.loadDeclared(projectDir, args.stack);
        const stateFile = args.extra["state"];
        const tracked = typeof stateFile === "string" ? readTrackedState(path.resolve(userDir, stateFile), { project: declared.project, stack: declared.stack }) : undefined;
        const org = await io.connect(connectOptionsFromEnvironment(io.env, declared.region, timeoutSeconds));
        const report = await runDoctor(declared, org, { callCognigy: args.extra["call-cognigy"] === true, tracked, projectDir });
        io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : printDoctorReport(report));
        // Review rules are the repository's, not the org's: warned on stderr, so --json stays one document and the exit code the org's.
        for (const warning of reviewWarnings(projectDir, args.stack)) {
            io.stderr(`doctor: warning: ${warning}\n`);
        }
        return report.healthy ? EXIT_HEALTHY : EXIT_FINDINGS;
    } catch (error) {
        if (isUserError(error)) {
            io.stderr(`doctor: cannot check stack ${args.stack}: ${error.message}\n`);
            return EXIT_CANNOT_CHECK;
        }
        throw error;
    }
}
