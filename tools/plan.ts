/**
 * Offline plan: evaluates the Pulumi program for one stack without the Pulumi CLI, credentials or providers, prints
 * what it would deploy and runs the policy pack on it.
 *
 *   npm run plan -- --stack <name> [--dir <project>] [--policy-pack <dir>] [--policy-pack-config <file>] [--json]
 *
 * Exit codes: 0 no mandatory violation, 1 a mandatory policy fails, 2 the program, its config, the policy pack or
 * the arguments cannot be evaluated (the message says which and how to fix it).
 */
import * as path from "node:path";
import { ProgramEvaluationError } from "./evaluate/evaluateProgram";
import { PolicyConfigError } from "./evaluate/policyConfig";
import { PolicyPackError } from "./evaluate/policyPack";
import { previewWithPolicies } from "./evaluate/previewWithPolicies";
import { messageOf } from "./evaluate/programEvaluationError";
import { parsePlanArguments, PlanArgumentsError } from "./plan/planArguments";
import { buildPlanReport, planStatus } from "./plan/planReport";
import { printTree } from "./plan/printTree";
import { printViolations, verdictLine } from "./plan/printViolations";

const REPO_ROOT = path.resolve(__dirname, "..");

export const EXIT_PASS = 0;
export const EXIT_MANDATORY_VIOLATION = 1;
export const EXIT_CANNOT_EVALUATE = 2;

async function main(argv: readonly string[]): Promise<number> {
    const started = Date.now();
    const args = parsePlanArguments(argv, REPO_ROOT);
    const { evaluation, pack, violations } = await previewWithPolicies({
        projectDir: args.projectDir,
        stack: args.stack,
        mode: "preview",
        policyPackDir: args.policyPackDir,
        policyPackConfig: args.policyPackConfig,
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    if (args.json) {
        process.stdout.write(JSON.stringify(buildPlanReport(evaluation, violations, pack, args.policyPackConfig), null, 2) + "\n");
    } else {
        const out: string[] = [];
        out.push(`Offline plan for ${evaluation.project} / stack ${evaluation.stack} (no engine, mocked providers, ${seconds}s)`, "");
        out.push(printTree(evaluation.resources), "");
        if (pack) {
            const configNote = args.policyPackConfig ? ` with ${path.relative(process.cwd(), args.policyPackConfig) || args.policyPackConfig}` : "";
            out.push(`Policy pack ${pack.name}@${pack.version}${configNote}`);
            if (violations.length > 0) {
                out.push(printViolations(violations));
            }
        } else {
            out.push("No policy pack (none at the default location; pass --policy-pack <dir>).");
        }
        out.push("", verdictLine(violations));
        process.stdout.write(out.join("\n") + "\n");
    }
    return planStatus(violations) === "fail" ? EXIT_MANDATORY_VIOLATION : EXIT_PASS;
}

/** Errors a user can fix (bad arguments, config, program, pack): print the message alone, no stack trace. */
function isExpected(thrown: unknown): boolean {
    return (
        thrown instanceof ProgramEvaluationError ||
        thrown instanceof PolicyPackError ||
        thrown instanceof PolicyConfigError ||
        thrown instanceof PlanArgumentsError
    );
}

if (require.main === module) {
    const json = process.argv.includes("--json");
    main(process.argv.slice(2)).then(
        (code) => process.exit(code),
        (thrown: unknown) => {
            const message = messageOf(thrown);
            process.stderr.write(`plan: ${message}\n`);
            if (!isExpected(thrown) && thrown instanceof Error && thrown.stack) {
                // An unexpected failure is a bug in this tool: keep its stack for the bug report.
                process.stderr.write(`${thrown.stack}\n`);
            }
            if (json) {
                process.stdout.write(JSON.stringify({ error: message, verdict: { status: "error" } }, null, 2) + "\n");
            }
            process.exit(EXIT_CANNOT_EVALUATE);
        },
    );
}
