import type { EvaluateOptions, ProgramEvaluation } from "../../tools/evaluate/evaluateProgram";

/**
 * Evaluates a program in a module registry of its own. The Pulumi runtime is process-global and jest keeps one
 * registry per file, so without this a second evaluation in the same file would not run the program again.
 */
export async function evaluateIsolated(options: EvaluateOptions): Promise<ProgramEvaluation> {
    type Outcome = { evaluation: ProgramEvaluation } | { failure: unknown };
    let outcome = { failure: new Error("the evaluation did not finish") } as Outcome;
    await jest.isolateModulesAsync(async () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy inside jest.isolateModulesAsync
        const evaluator = require("../../tools/evaluate/evaluateProgram") as typeof import("../../tools/evaluate/evaluateProgram");
        outcome = await evaluator.evaluateProgram(options).then(
            (evaluation) => ({ evaluation }),
            (failure: unknown) => ({ failure }),
        );
    });
    if ("failure" in outcome) {
        throw outcome.failure;
    }
    return outcome.evaluation;
}
