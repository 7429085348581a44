import * as path from "node:path";
import { parseArgs } from "node:util";
import type { EvaluateOptions, ProgramEvaluation } from "../evaluate/evaluateProgram";
import { bundledSamples } from "./bundledSamples";
import { CognigyFault, FaultSpecError, parseFaultSpec } from "./cognigyFaults";
import { formatReport, reportAsJson } from "./report";
import { runSimulation } from "./runSimulation";
import { secretValues } from "./secrets";
import { readEventsFile, SimulationEvent } from "./simulationEvent";
import { argumentError, EXIT_CANNOT_RUN, isUserError, stackRequired } from "../userError";

/**
 * The `simulate` command without the process around it, so tests can run it in process with the real
 * evaluator or a stand-in.
 */

export const USAGE = `Usage: npm run simulate -- --stack <name> [--dir <project dir>] [--events <file>] [--topic <topic>] [--cognigy-faults <spec>] [--json]
  --stack   stack whose Pulumi.<stack>.yaml configures the program (required)
  --dir     Pulumi project directory (default: this repository)
  --events  JSON array or NDJSON of {topicName?, eventBody, name?, expect?} or bare event bodies (default: bundled samples)
  --topic   topic for items without topicName, e.g. v2.detail.events.conversation.{id}.acw ({id} = the event's conversationId)
  --cognigy-faults  how the Cognigy stand-in answers its first requests, in order: comma-separated <status>x<count>
            or timeoutx<count>, e.g. 503x2 or timeoutx1,200x1,429x1 (later requests get 200; timeouts use simulated time)
  --json    print one JSON document instead of text (with attempts and delivered per delivery, and a summary)
  -h, --help  this text

Exit codes:
  0  every expectation held and every handover end the stack took up reached Cognigy
  1  an expectation did not hold, or a handover end was lost
  2  cannot simulate: bad arguments, stack config, program or events file (the message names the fix)`;

export const EXIT_OK = 0;
export const EXIT_EXPECTATIONS_FAILED = 1;
export const EXIT_CANNOT_EVALUATE = EXIT_CANNOT_RUN;

export interface CommandIo {
    readonly stdout: (text: string) => void;
    readonly stderr: (text: string) => void;
    readonly evaluate: (options: EvaluateOptions) => Promise<ProgramEvaluation>;
    /** Where the user ran the command: relative --dir and --events paths start there. */
    readonly cwd: string;
    /** The project when --dir is not given (default: `cwd`). */
    readonly repoRoot?: string;
}

export async function simulateCommand(argv: readonly string[], io: CommandIo): Promise<number> {
    let values;
    try {
        ({ values } = parseArgs({
            args: [...argv],
            options: {
                stack: { type: "string" },
                dir: { type: "string" },
                events: { type: "string" },
                topic: { type: "string" },
                "cognigy-faults": { type: "string" },
                json: { type: "boolean", default: false },
                help: { type: "boolean", short: "h", default: false },
            },
            strict: true,
        }));
    } catch (error) {
        io.stderr(`simulate: ${argumentError(error, USAGE).message}\n`);
        return EXIT_CANNOT_EVALUATE;
    }
    if (values.help) {
        io.stdout(`${USAGE}\n`);
        return EXIT_OK;
    }
    if (values.stack === undefined || values.stack === "") {
        io.stderr(`simulate: ${stackRequired("simulate", USAGE).message}\n`);
        return EXIT_CANNOT_EVALUATE;
    }
    const projectDir = values.dir !== undefined ? path.resolve(io.cwd, values.dir) : (io.repoRoot ?? io.cwd);
    let faults: CognigyFault[];
    try {
        faults = values["cognigy-faults"] === undefined ? [] : parseFaultSpec(values["cognigy-faults"]);
    } catch (error) {
        if (error instanceof FaultSpecError) {
            io.stderr(`simulate: ${error.message}\n`);
            return EXIT_CANNOT_EVALUATE;
        }
        throw error;
    }
    try {
        const events: SimulationEvent[] = values.events !== undefined ? readEventsFile(path.resolve(io.cwd, values.events), values.topic) : bundledSamples();
        const evaluation = await io.evaluate({ projectDir, stack: values.stack, mode: "update" });
        const report = await runSimulation({ resources: evaluation.resources, projectDir, events, stack: evaluation.stack, faults });
        const secrets = secretValues(evaluation.resources);
        io.stdout(`${values.json ? reportAsJson(report, secrets) : formatReport(report, secrets)}\n`);
        return report.ok ? EXIT_OK : EXIT_EXPECTATIONS_FAILED;
    } catch (error) {
        if (isUserError(error)) {
            io.stderr(`simulate: cannot simulate stack ${values.stack}: ${error.message}\n`);
            return EXIT_CANNOT_EVALUATE;
        }
        throw error;
    }
}
