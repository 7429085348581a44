import { ProgramEvaluation } from "../evaluate/evaluateProgram";
import { LoadedPolicyPack } from "../../policy/analyzerClient/configurePolicyPack";
import { PolicyViolation } from "../evaluate/runPolicies";
import { maskSecretPaths } from "../maskSecrets";
import { verdictLine } from "./printViolations";
import { PerpetualDiff } from "./convergence";
import { ProtectionError } from "./planSteps";
import { NameClash } from "./nameClashes";
import { OrgMove } from "./orgMoves";
import { PreviewStepJson } from "./stepsJson";

export type PlanStatus = "pass" | "fail";

/** The `--json` document. Secrets are masked; nothing in it needs the Pulumi runtime to read. */
export interface PlanReport extends PlanFindings {
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
    readonly verdict: {
        status: PlanStatus;
        mandatory: number;
        advisory: number;
        perpetualDiffs: number;
        upFailures: number;
        protectionErrors: number;
        nameClashes: number;
        orgMoves: number;
        summary: string;
    };
}

type Blocking = Pick<PlanFindings, "perpetualDiffs" | "upFailures" | "protectionErrors" | "nameClashes" | "orgMoves">;

/** The plan's findings besides policy violations. */
export interface PlanFindings {
    /** What the steps are planned against: nothing (a first deployment), a base ref or a state file. */
    readonly against: string;
    /** As `pulumi preview --json --show-sames --show-replacement-steps` prints them. */
    readonly steps: readonly PreviewStepJson[];
    readonly changeSummary: Record<string, number>;
    /** What the preview after the simulated `pulumi up` would still change. */
    readonly perpetualDiffs: readonly PerpetualDiff[];
    /** Read-backs the provider checks right after writing: the `up` fails and leaves the object (not perpetual diffs). */
    readonly upFailures: readonly PerpetualDiff[];
    /** Replacements or deletions of protected resources, which the real preview refuses. */
    readonly protectionErrors: readonly ProtectionError[];
    /** Create-before-delete replacements that keep their name. */
    readonly nameClashes: readonly NameClash[];
    /** A change of the Genesys org (region or OAuth client) under the deployed stack. */
    readonly orgMoves: readonly OrgMove[];
}

export function planStatus(violations: readonly PolicyViolation[], findings?: Blocking): PlanStatus {
    const blocking =
        (findings?.perpetualDiffs.length ?? 0) + (findings?.upFailures.length ?? 0) + (findings?.protectionErrors.length ?? 0) + (findings?.nameClashes.length ?? 0) + (findings?.orgMoves.length ?? 0);
    return blocking > 0 || violations.some((v) => v.enforcementLevel === "mandatory") ? "fail" : "pass";
}

/** The one-line verdict, counting perpetual diffs and protection errors as blocking as a mandatory violation. */
export function planVerdict(violations: readonly PolicyViolation[], findings: Blocking): string {
    const extra = [
        findings.perpetualDiffs.length > 0 ? `${findings.perpetualDiffs.length} perpetual diff(s)` : undefined,
        findings.upFailures.length > 0 ? `${findings.upFailures.length} read-back(s) that fail the \`up\` and leave the object` : undefined,
        findings.protectionErrors.length > 0 ? `${findings.protectionErrors.length} protected resource(s) replaced or deleted` : undefined,
        findings.nameClashes.length > 0 ? `${findings.nameClashes.length} create-before-delete replacement(s) under an unchanged name` : undefined,
        findings.orgMoves.length > 0 ? `a change of the Genesys org (${findings.orgMoves.map((move) => move.key).join(", ")})` : undefined,
    ].filter((part): part is string => part !== undefined);
    if (extra.length === 0) {
        return verdictLine(violations);
    }
    const mandatory = violations.filter((v) => v.enforcementLevel === "mandatory");
    const policies = mandatory.length > 0 ? [`${mandatory.length} mandatory violation(s) (${[...new Set(mandatory.map((v) => v.policyName))].join(", ")})`] : [];
    const advisory = violations.length - mandatory.length;
    return `FAIL: ${[...policies, ...extra].join(", ")} block this stack` + (advisory > 0 ? `; ${advisory} advisory` : "");
}

export function buildPlanReport(
    evaluation: ProgramEvaluation,
    violations: readonly PolicyViolation[],
    pack: LoadedPolicyPack | undefined,
    configFile: string | undefined,
    findings: PlanFindings,
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
            inputs: maskSecretPaths(r.inputs, r.secretPaths),
            secretPaths: r.secretPaths,
            dependencies: r.dependencies,
        })),
        stackOutputs: maskSecretPaths(evaluation.stackOutputs, stack?.outputSecretPaths ?? []),
        policyPack: pack && { name: pack.name, version: pack.version, directory: pack.directory, configFile },
        violations,
        ...findings,
        verdict: {
            status: planStatus(violations, findings),
            mandatory,
            advisory: violations.length - mandatory,
            perpetualDiffs: findings.perpetualDiffs.length,
            upFailures: findings.upFailures.length,
            protectionErrors: findings.protectionErrors.length,
            nameClashes: findings.nameClashes.length,
            orgMoves: findings.orgMoves.length,
            summary: planVerdict(violations, findings),
        },
    };
}
