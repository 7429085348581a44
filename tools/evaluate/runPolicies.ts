/**
 * Runs a configured policy pack over planned resources the way the engine does during a preview
 * (pulumi/pulumi `pkg/resource/deploy/step_generator.go`): per resource `Remediate`, then `Analyze` on the
 * (remediated) checked inputs; after all resources `AnalyzeStack` on their outputs with parents and dependencies.
 * The plan and the simulation run packs through it; the pack's own tests drive the same analyzer client
 * (policy/analyzerClient/) resource by resource.
 */
import type { AnalyzedResource } from "../../policy/analyzerClient/analyzedResource";
import type { ConfiguredPolicyPack } from "../../policy/analyzerClient/configurePolicyPack";
import { AnalyzerDiagnostic, AnalyzerResponse, PolicyAnalyzer, reportedMessage } from "../../policy/analyzerClient/policyAnalyzer";
import { analyzedResources } from "./analyzedResource";
import { PlannedResource } from "./plannedResource";

/** A policy finding. `remediate`-level findings arrive as mandatory, as the analyzer reports them. */
export interface PolicyViolation {
    readonly policyName: string;
    readonly enforcementLevel: "advisory" | "mandatory";
    /** What the policy reported (its fix), without the policy description the analyzer puts in front. */
    readonly message: string;
    readonly description: string;
    readonly severity?: string;
    readonly urn?: string;
    readonly resourceType?: string;
    readonly resourceName?: string;
}

export interface PolicyRunResult {
    readonly violations: PolicyViolation[];
    /** Per analyzed resource (in order) and for the stack: what the analyzer answered, for callers that need not-applicable reasons. */
    readonly responses: { readonly resources: readonly AnalyzerResponse[]; readonly stack: AnalyzerResponse };
}

function changedKeys(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

/** Remediate then Analyze one resource; remediations are reported (as advisory) and what Analyze sees is remediated. */
export async function analyzeResource(analyzer: PolicyAnalyzer, resource: AnalyzedResource): Promise<{ response: AnalyzerResponse; remediated: AnalyzerDiagnostic[] }> {
    const remediated: AnalyzerDiagnostic[] = [];
    let analyzed = resource;
    for (const remediation of (await analyzer.remediate(resource)).remediations) {
        const message =
            remediation.properties !== undefined
                ? `would be remediated by the policy during a real preview/update (changes: ${changedKeys(analyzed.properties, remediation.properties).join(", ")})`
                : remediation.diagnostic;
        remediated.push({ policyName: remediation.policyName, policyPackName: "", policyPackVersion: "", description: "", message, enforcementLevel: "advisory", urn: resource.urn });
        if (remediation.properties !== undefined) {
            analyzed = { ...analyzed, properties: remediation.properties };
        }
    }
    return { response: await analyzer.analyze(analyzed), remediated };
}

export async function runPolicies(resources: readonly PlannedResource[], configured: ConfiguredPolicyPack): Promise<PolicyRunResult> {
    const { analyzer } = configured;
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const descriptions = new Map(configured.info.policies.map((p) => [p.name, p.description]));
    const toViolation = (diagnostic: AnalyzerDiagnostic, defaultUrn: string | undefined): PolicyViolation => {
        const urn = diagnostic.urn ?? defaultUrn;
        const resource = urn !== undefined ? byUrn.get(urn) : undefined;
        return {
            policyName: diagnostic.policyName,
            enforcementLevel: diagnostic.enforcementLevel === "advisory" ? "advisory" : "mandatory",
            message: reportedMessage(diagnostic),
            description: diagnostic.description || (descriptions.get(diagnostic.policyName) ?? ""),
            ...(diagnostic.severity !== undefined ? { severity: diagnostic.severity } : {}),
            ...(urn !== undefined ? { urn } : {}),
            ...(resource !== undefined ? { resourceType: resource.type, resourceName: resource.name } : {}),
        };
    };

    const { inputs, outputs } = analyzedResources(resources);
    const perResource = await Promise.all(inputs.map((resource) => analyzeResource(analyzer, resource)));
    const stack = await analyzer.analyzeStack(outputs);
    const violations: PolicyViolation[] = [];
    perResource.forEach(({ response, remediated }, index) => {
        for (const diagnostic of [...remediated, ...response.diagnostics]) {
            violations.push(toViolation(diagnostic, inputs[index].urn));
        }
    });
    for (const diagnostic of stack.diagnostics) {
        violations.push(toViolation(diagnostic, undefined));
    }
    return { violations, responses: { resources: perResource.map((r) => r.response), stack } };
}
