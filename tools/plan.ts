/**
 * Offline plan: previews one stack as `pulumi preview` would, without the Pulumi CLI, credentials or providers; runs
 * the policy pack on it; simulates the `pulumi up` and previews again (perpetual diffs); with --base or --state, shows
 * the steps from a deployed state to the working tree. `npm run plan -- --help` lists options and exit codes.
 *
 * This file only parses the arguments and starts the policy pack's process, before anything loads @pulumi/pulumi:
 * the pack then starts while the program is loaded and evaluated here (tools/plan/runPlan.ts).
 */
import * as path from "node:path";
import { startConfiguredPolicyPack } from "./evaluate/policyPack";
import { PLAN_HELP, parsePlanArguments } from "./plan/planArguments";
import { invocationDirectory } from "./invocationDirectory";
import { EXIT_CANNOT_RUN, failureText, messageOf } from "./userError";

const REPO_ROOT = path.resolve(__dirname, "..");

async function main(argv: readonly string[]): Promise<number> {
    const started = Date.now();
    const args = parsePlanArguments(argv, REPO_ROOT, invocationDirectory("plan"));
    if (args.help) {
        process.stdout.write(`${PLAN_HELP}\n`);
        return 0;
    }
    const starting = args.policyPackDir !== undefined ? startConfiguredPolicyPack(args.policyPackDir, args.policyPackConfig) : undefined;
    starting?.catch(() => undefined); // awaited by runPlan; not an unhandled rejection if the evaluation fails first
    // Loaded only now, so the pack's process is already starting while @pulumi/pulumi and the program load.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded late on purpose, see above
    const { runPlan } = require("./plan/runPlan") as typeof import("./plan/runPlan");
    return runPlan(args, starting, started);
}

main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (thrown: unknown) => {
        process.stderr.write(failureText("plan", thrown));
        if (process.argv.includes("--json")) {
            process.stdout.write(JSON.stringify({ error: messageOf(thrown), verdict: { status: "error" } }, null, 2) + "\n");
        }
        process.exit(EXIT_CANNOT_RUN);
    },
);
