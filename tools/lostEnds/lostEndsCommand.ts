/**
 * `npm run doctor -- --stack <s> --lost-ends [--since 24h] [--replay [--yes]]`: lists every failed or errored
 * execution of the stack's handover workflows in the window (exit 1 when any end was lost, 0 when none, 2 when
 * the window could not be checked), and with `--replay` sends each again after asking (`--yes` skips the question).
 */
import * as path from "node:path";
import type { DoctorIo } from "../doctor/doctorCommand";
import { connectOptionsFromEnvironment, parseTimeoutSeconds } from "../genesys/environment";
import { connectFlowExecutions } from "../genesys/flowExecutions";
import { EXIT_CANNOT_RUN, isUserError } from "../userError";
import { findLostEnds } from "./findLostEnds";
import { printLostEnds, printReplay } from "./printLostEnds";
import { everyEndSent, replayLostEnds } from "./replayLostEnds";
import { parseSince } from "./sinceWindow";

export interface LostEndsArguments {
    readonly stack: string;
    readonly dir?: string;
    readonly json: boolean;
    readonly timeout?: string;
    readonly since?: string;
    readonly replay: boolean;
    readonly yes: boolean;
}

const EXIT_NONE_LOST = 0;
const EXIT_LOST = 1;

export async function lostEndsCommand(args: LostEndsArguments, io: DoctorIo): Promise<number> {
    const parsed = parseSince(args.since, io.now?.() ?? new Date());
    if (!parsed.ok) {
        io.stderr(`doctor: ${parsed.problem}\n`);
        return EXIT_CANNOT_RUN;
    }
    try {
        const timeoutSeconds = parseTimeoutSeconds(args.timeout);
        const declared = await io.loadDeclared(path.resolve(args.dir ?? io.repoRoot), args.stack);
        const options = connectOptionsFromEnvironment(io.env, declared.region, timeoutSeconds);
        const org = await io.connect(options);
        const executions = await (io.connectExecutions ?? connectFlowExecutions)(options);
        const check = await findLostEnds(declared, org, executions, parsed.window);
        if (!args.replay || check.lostEnds.length === 0) {
            io.stdout(args.json ? `${JSON.stringify(check, null, 2)}\n` : printLostEnds(check));
            return check.lostEnds.length > 0 ? EXIT_LOST : check.complete ? EXIT_NONE_LOST : EXIT_CANNOT_RUN;
        }
        if (!args.json) {
            io.stdout(printLostEnds(check));
        }
        if (!args.yes) {
            const count = check.lostEnds.length;
            if (io.ask === undefined || io.interactive !== true) {
                io.stderr(
                    `doctor: --replay would send ${count} handover end(s) to Cognigy again, and there is no terminal to ask whether to. ` +
                        "Fix: run it in a terminal and answer the question, or add --yes to send without asking.\n",
                );
                return EXIT_CANNOT_RUN;
            }
            const answer = await io.ask(`Send these ${count} lost handover end(s) through their workflows again? Cognigy gets each end once more. [y/N] `);
            if (!/^y(es)?$/i.test(answer.trim())) {
                io.stdout("Nothing sent.\n");
                return EXIT_LOST;
            }
        }
        const outcomes = await replayLostEnds(check.lostEnds, executions, executions);
        io.stdout(args.json ? `${JSON.stringify({ ...check, replay: outcomes }, null, 2)}\n` : printReplay(outcomes));
        return everyEndSent(outcomes) ? EXIT_NONE_LOST : EXIT_LOST;
    } catch (error) {
        if (isUserError(error)) {
            io.stderr(`doctor: cannot check lost ends of stack ${args.stack}: ${error.message}\n`);
            return EXIT_CANNOT_RUN;
        }
        throw error;
    }
}
