import { parse } from "yaml";

/**
 * Genesys' rules for a flow's name (Resource Center, notes on Architect flow names): at most 200 characters, no
 * `/`, and a name ending in `-debug` is reserved (Architect's debug versions). Checked case-insensitively.
 */
export const MAX_FLOW_NAME_LENGTH = 200;

/** Why Architect would refuse `name` as a flow's name, or undefined when it is fine. */
export function flowNameProblem(name: string): string | undefined {
    if (name.length > MAX_FLOW_NAME_LENGTH) {
        return `is ${name.length} characters; Genesys allows at most ${MAX_FLOW_NAME_LENGTH}`;
    }
    if (name.includes("/")) {
        return "contains a slash, which Genesys does not allow in a flow name";
    }
    if (/-debug$/i.test(name)) {
        return "ends in -debug, which Genesys reserves for a flow's debug version";
    }
    return undefined;
}

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
    const problem = flowNameProblem(name);
    if (problem !== undefined) {
        throw new Error(`The workflow name "${name}" ${problem}; change \`workflow.name\` in components/webhook/handover-workflow.yaml.`);
    }
    return name;
}
