/**
 * Perpetual diffs: what the preview right after an `up` would still change. Each one names the resource, the
 * property, what the program sends, what the provider holds after the up, and the provider behaviour behind it.
 */
import { InputFact, resourceModel } from "../providerModel/providerModel";
import { PropertyChange } from "./diffResource";
import { PlanStep } from "./planSteps";

export interface PerpetualDiff {
    readonly urn: string;
    readonly type: string;
    readonly op: PlanStep["op"];
    readonly property?: string;
    /** What the program sends (masked if secret). */
    readonly planned?: unknown;
    /** What state holds after the up (masked if secret). */
    readonly stored?: unknown;
    readonly behaviour: string;
    readonly source?: string;
    readonly confidence?: string;
    /**
     * The provider checks this resource's read-back against its configuration right after writing it: the mismatch
     * makes `up` fail (or hang) with the object already created, so it is never stored as a perpetual diff.
     */
    readonly upFails?: { readonly behaviour: string; readonly source: string };
}

export function perpetualDiffs(stepsAfterUp: readonly PlanStep[], mask: (step: PlanStep, change: PropertyChange) => { planned: unknown; stored: unknown }): PerpetualDiff[] {
    const findings: PerpetualDiff[] = [];
    for (const step of stepsAfterUp) {
        if (!step.logical || step.op === "same") {
            continue;
        }
        if (step.op === "create" || step.op === "delete") {
            findings.push({
                urn: step.urn,
                type: step.type,
                op: step.op,
                behaviour:
                    step.op === "create"
                        ? "the program registers it under a URN the up did not create (its name or parent changes between runs)"
                        : "the up created it, but the program no longer registers it under that URN (its name or parent changes between runs)",
            });
            continue;
        }
        const checked = resourceModel(step.type)?.readConsistencyCheck;
        for (const change of step.diff?.changes ?? []) {
            const { planned, stored } = mask(step, change);
            findings.push({
                ...(checked
                    ? {
                          upFails: {
                              behaviour:
                                  "`up` fails and leaves the object: the provider's read right after the create or update runs its consistency " +
                                  "checker, which retries while the read-back differs from the configuration, until the read timeout, and then " +
                                  "starts again; the object already exists in Genesys by then",
                              source: checked.source,
                          },
                      }
                    : {}),
                urn: step.urn,
                type: step.type,
                op: step.op,
                property: change.path,
                planned,
                stored,
                behaviour: behaviourOf(change.fact, change.path),
                source: change.fact?.source,
                confidence: change.fact ? change.fact.readBackConfidence ?? change.fact.confidence : undefined,
            });
        }
    }
    return findings;
}

function behaviourOf(fact: InputFact | undefined, property: string): string {
    if (!fact) {
        return `no provider-model fact for \`${property}\`: the plan compared it as sent`;
    }
    switch (fact.readBack) {
        case "flowYamlName":
            return `the provider reads \`${property}\` back from the published flow: the flow YAML's own name (readBack flowYamlName)`;
        case "goJsonMarshal":
            return `the provider stores \`${property}\` as Go's json.Marshal of the API's answer (sorted keys, compact) and compares it ${
                fact.diff === "equivalentJson" ? "as JSON" : "as text"
            } (readBack goJsonMarshal)`;
        case "providerDefault":
            return `the provider fills \`${property}\` with its default ${JSON.stringify(fact.default)} when unset (readBack providerDefault)`;
        case "unknown":
            return `the provider computes \`${property}\` from the API (readBack unknown)`;
        case "input":
            return `the provider stores \`${property}\` as sent; the program sends a different value on each run`;
    }
}

/** Findings of resources whose read-back mismatch fails the `up` itself: a separate block, not perpetual diffs. */
export function printUpFailures(findings: readonly PerpetualDiff[], format: (value: unknown) => string): string {
    const lines = [`\`up\` fails and leaves the object (${findings.length}): the provider reads these back differently from what it was sent`];
    for (const finding of findings) {
        lines.push(`  ${finding.type}  ${finding.urn.split("::").pop()}  (${finding.op})`);
        if (finding.property !== undefined) {
            lines.push(`      ${finding.property}: the program sends ${format(finding.planned)}, the provider reads back ${format(finding.stored)}`);
        }
        lines.push(`      why: ${finding.upFails?.behaviour ?? finding.behaviour} [${finding.upFails?.source ?? finding.source ?? ""}]`);
        lines.push(`      read-back: ${finding.behaviour}${finding.source ? ` [${finding.source}${finding.confidence ? `, ${finding.confidence}` : ""}]` : ""}`);
    }
    return lines.join("\n");
}

/** One block per finding, for the human output. */
export function printPerpetualDiffs(findings: readonly PerpetualDiff[], format: (value: unknown) => string): string {
    const lines = [`perpetual diffs (${findings.length}): these change again on every \`pulumi up\``];
    for (const finding of findings) {
        lines.push(`  ${finding.type}  ${finding.urn.split("::").pop()}  (${finding.op})`);
        if (finding.property !== undefined) {
            lines.push(`      ${finding.property}: the program sends ${format(finding.planned)}, state holds ${format(finding.stored)} after the up`);
        }
        const source = finding.source ? ` [${finding.source}${finding.confidence ? `, ${finding.confidence}` : ""}]` : "";
        lines.push(`      why: ${finding.behaviour}${source}`);
    }
    return lines.join("\n");
}
