import { parse } from "yaml";

/**
 * The name Architect publishes a workflow under: `workflow.name` of its rendered YAML. The genesyscloud Flow
 * reads its `name` back from the published flow, so the resource's `name` input must be exactly this (an
 * unset `name` is auto-named by the bridge and differs on every preview; see tools/providerModel).
 */
export function publishedWorkflowName(renderedYaml: string): string {
    // Optional chaining reads nothing from scalars, so the cast cannot mislead at runtime.
    const document = parse(renderedYaml) as { readonly workflow?: { readonly name?: unknown } } | null;
    const name = document?.workflow?.name;
    if (typeof name !== "string" || name.trim() === "") {
        throw new Error(
            "The workflow template has no `workflow.name` after substitution; set `name: \"{{workflow_name}}\"` under `workflow:` in " +
                "components/webhook/handover-workflow.yaml.",
        );
    }
    return name;
}
