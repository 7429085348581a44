import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

/**
 * The Archy YAML template of the handover workflows and its rendering (the substitution keys and what they mean:
 * contract/src/workflowSubstitutions.ts). The genesyscloud Flow resource does the same plain `{{key}}` replacement
 * before uploading; we render here too so the content hash, the tests and the offline simulation see exactly what
 * Architect will publish.
 */

/** Relative to the project root: the Flow's `filepath` is stored in state and must not differ per machine. */
export const WORKFLOW_TEMPLATE_FILEPATH = "components/webhook/handover-workflow.yaml";

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

/** Whatever sits between double braces: a placeholder, or something that looks like one. */
const DOUBLE_BRACES = /\{\{([^{}]*)\}\}/g;

export function readWorkflowTemplate(projectRoot: string = PROJECT_ROOT): string {
    return fs.readFileSync(path.join(projectRoot, WORKFLOW_TEMPLATE_FILEPATH), "utf8");
}

/**
 * Replaces every `{{key}}` the way the provider does: for each substitution a plain replacement of exactly
 * `{{key}}` (terraform-provider-genesyscloud v1.84.1, `genesyscloud/util/files/util_files.go`, `strings.Replace`),
 * so `{{ key }}` is never replaced there and is an error here. A placeholder without a value, or a value without
 * a placeholder, is a bug too; a value with double braces could be replaced again, in the provider's random map order.
 */
export function renderWorkflowTemplate(template: string, substitutions: Readonly<Record<string, string>>): string {
    const withBraces = Object.keys(substitutions).filter((key) => /\{\{|\}\}/.test(substitutions[key]));
    if (withBraces.length > 0) {
        throw new Error(`Workflow substitution values must not contain double braces (the provider could substitute into them): ${withBraces.join(", ")}`);
    }
    let rendered = template;
    const unused: string[] = [];
    for (const [key, value] of Object.entries(substitutions)) {
        const placeholder = `{{${key}}}`;
        if (!rendered.includes(placeholder)) {
            unused.push(key);
        }
        rendered = rendered.split(placeholder).join(value);
    }
    const spaced = new Set<string>();
    const missing = new Set<string>();
    for (const [whole, inner] of rendered.matchAll(DOUBLE_BRACES)) {
        if (inner.trim() in substitutions) {
            spaced.add(whole);
        } else {
            missing.add(inner.trim());
        }
    }
    if (spaced.size > 0) {
        throw new Error(
            `Workflow template placeholders the provider would not replace (it replaces only the exact {{key}}, without spaces): ${[...spaced].join(", ")}`,
        );
    }
    if (missing.size > 0) {
        throw new Error(`Workflow template placeholders without a substitution: ${[...missing].join(", ")}`);
    }
    if (unused.length > 0) {
        throw new Error(`Workflow substitutions that the template does not use: ${unused.join(", ")}`);
    }
    return rendered;
}

/**
 * The Flow's `updateTriggerHash`: changes exactly when the published content changes or the action it
 * calls is replaced (Architect binds the action when the flow is published, so a new action id needs a
 * republish even though the YAML names the action, not its id).
 */
export function workflowUpdateHash(renderedContent: string, dataActionId: string): string {
    return createHash("sha256").update(renderedContent).update("\0").update(dataActionId).digest("hex");
}
