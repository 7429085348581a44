import { PolicyViolation } from "../evaluate/runPolicies";

const LEVEL_ORDER: ReadonlyArray<PolicyViolation["enforcementLevel"]> = ["mandatory", "advisory"];

/** Violations grouped by enforcement level, mandatory first, each naming the policy, the resource and the fix. */
export function printViolations(violations: readonly PolicyViolation[]): string {
    const sections: string[] = [];
    for (const level of LEVEL_ORDER) {
        const group = violations.filter((v) => v.enforcementLevel === level);
        if (group.length === 0) {
            continue;
        }
        const lines = [`${level} violations (${group.length}):`];
        for (const violation of group) {
            const target = violation.resourceName !== undefined ? `${violation.resourceType}  ${violation.resourceName}` : violation.urn ?? "the stack";
            lines.push(`  [${violation.policyName}] ${target}`);
            for (const messageLine of (violation.message || violation.description).split("\n")) {
                lines.push(`      ${messageLine}`);
            }
        }
        sections.push(lines.join("\n"));
    }
    return sections.join("\n\n");
}

/** The one-line verdict: what blocks a deployment, or "no violations". */
export function verdictLine(violations: readonly PolicyViolation[]): string {
    const mandatory = violations.filter((v) => v.enforcementLevel === "mandatory");
    const advisory = violations.length - mandatory.length;
    if (mandatory.length > 0) {
        const policies = [...new Set(mandatory.map((v) => v.policyName))].join(", ");
        return `FAIL: ${mandatory.length} mandatory violation(s) (${policies}) block this stack` + (advisory > 0 ? `; ${advisory} advisory` : "");
    }
    return advisory > 0 ? `PASS with ${advisory} advisory violation(s)` : "PASS: no violations";
}
