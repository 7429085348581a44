/**
 * `pulumi preview --policy-pack <dir> --policy-pack-config <file>`, offline: the program evaluated (in the mode
 * asked for) while the pack starts in its own process, then the pack run over what the program registered.
 */
import { evaluateProgram, EvaluateOptions, ProgramEvaluation } from "./evaluateProgram";
import { ConfiguredPolicyPack, LoadedPolicyPack, startConfiguredPolicyPack } from "./policyPack";
import { PolicyViolation, runPolicies } from "./runPolicies";

export interface PreviewWithPolicies {
    readonly evaluation: ProgramEvaluation;
    /** The pack, when one was given. */
    readonly pack?: LoadedPolicyPack;
    readonly violations: PolicyViolation[];
}

export async function previewWithPolicies(
    options: EvaluateOptions & { readonly policyPackDir?: string; readonly policyPackConfig?: string },
): Promise<PreviewWithPolicies> {
    const starting = options.policyPackDir !== undefined ? startConfiguredPolicyPack(options.policyPackDir, options.policyPackConfig) : undefined;
    // Awaited below; this only keeps a pack failure from being an unhandled rejection while the program runs.
    starting?.catch(() => undefined);
    let configured: ConfiguredPolicyPack | undefined;
    try {
        const evaluation = await evaluateProgram(options);
        configured = await starting;
        if (configured === undefined) {
            return { evaluation, violations: [] };
        }
        return { evaluation, pack: configured.pack, violations: (await runPolicies(evaluation.resources, configured)).violations };
    } finally {
        (configured ?? (await starting?.catch(() => undefined)))?.analyzer.close();
    }
}
