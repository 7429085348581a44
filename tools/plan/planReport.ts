import { ProgramEvaluation } from "../evaluate/evaluateProgram";
import { LoadedPolicyPack } from "../evaluate/policyPack";
import { PolicyViolation } from "../evaluate/runPolicies";
import { maskSecrets } from "./maskSecrets";
import { verdictLine } from "./printViolations";

export type PlanStatus = "pass" | "fail";

/** The `--json` document. Secrets are masked; nothing in it needs the Pulumi runtime to read. */
export interface PlanReport {
    readonly project: string;
    readonly stack: string;
    readonly resources: ReadonlyArray<{
        urn: string;
        type: string;
        name: string;
        custom: boolean;
        parent?: string;
        protect: boolean;
        provider?: string;
        inputs: Record<string, unknown>;
        secretPaths: readonly string[];
        dependencies: readonly string[];
    }>;
    readonly stackOutputs: Record<string, unknown>;
    readonly policyPack?: { name: string; version: string; directory: string; configFile?: string };
    readonly violations: readonly PolicyViolation[];
    readonly verdict: { status: PlanStatus; mandatory: number; advisory: number; summary: string };
}

export function planStatus(violations: readonly PolicyViolation[]): PlanStatus {
    return violations.some((v) => v.enforcementLevel === "mandatory") ? "fail" : "pass";
}

export function buildPlanReport(
    evaluation: ProgramEvaluation,
    violations: readonly PolicyViolation[],
    pack: LoadedPolicyPack | undefined,
    configFile: string | undefined,
): PlanReport {
    const stack = evaluation.resources.find((r) => r.type === "pulumi:pulumi:Stack");
    const mandatory = violations.filter((v) => v.enforcementLevel === "mandatory").length;
    return {
        project: evaluation.project,
        stack: evaluation.stack,
        resources: evaluation.resources.map((r) => ({
            urn: r.urn,
            type: r.type,
            name: r.name,
            custom: r.custom,
            parent: r.parent,
            protect: r.protect,
            provider: r.provider,
            inputs: maskSecrets(r.inputs, r.secretPaths),
            secretPaths: r.secretPaths,
            dependencies: r.dependencies,
        })),
        stackOutputs: maskSecrets(evaluation.stackOutputs, stack?.outputSecretPaths ?? []),
        policyPack: pack && { name: pack.name, version: pack.version, directory: pack.directory, configFile },
        violations,
        verdict: { status: planStatus(violations), mandatory, advisory: violations.length - mandatory, summary: verdictLine(violations) },
    };
}
