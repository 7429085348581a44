import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { HandoverEvent } from "../events";

/**
 * The Archy YAML template of the handover workflows and its substitutions. The genesyscloud Flow resource
 * does the same plain `{{key}}` replacement before uploading; we render here too so the content hash, the
 * tests and the offline simulation see exactly what Architect will publish.
 */

/** Relative to the project root: the Flow's `filepath` is stored in state and must not differ per machine. */
export const WORKFLOW_TEMPLATE_FILEPATH = "components/webhook/handover-workflow.yaml";

const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

export interface WorkflowSubstitutions {
    readonly workflow_name: string;
    readonly division_name: string;
    /** Architect's Call Data Action category is the integration's name. */
    readonly data_action_category: string;
    readonly data_action_name: string;
    /** What the workflow sends Cognigy as `topic`. */
    readonly topic_literal: string;
}

export const WORKFLOW_SUBSTITUTION_KEYS: readonly (keyof WorkflowSubstitutions)[] = [
    "workflow_name",
    "division_name",
    "data_action_category",
    "data_action_name",
    "topic_literal",
];

/** The names a handover workflow is rendered with; the topic literal comes from the event. */
export interface WorkflowNames {
    readonly event: HandoverEvent;
    readonly workflowName: string;
    readonly divisionName: string;
    /** The integration's display name: Architect's Call Data Action category. */
    readonly dataActionCategory: string;
    readonly dataActionName: string;
}

export function workflowSubstitutions(names: WorkflowNames): WorkflowSubstitutions {
    return {
        workflow_name: names.workflowName,
        division_name: names.divisionName,
        data_action_category: names.dataActionCategory,
        data_action_name: names.dataActionName,
        topic_literal: names.event.topicLiteral,
    };
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

export function readWorkflowTemplate(projectRoot: string = PROJECT_ROOT): string {
    return fs.readFileSync(path.join(projectRoot, WORKFLOW_TEMPLATE_FILEPATH), "utf8");
}

/** Replaces every `{{key}}`; a placeholder without a value, or a value without a placeholder, is a bug. */
export function renderWorkflowTemplate(template: string, substitutions: Readonly<Record<string, string>>): string {
    const used = new Set<string>();
    const missing = new Set<string>();
    const rendered = template.replace(PLACEHOLDER, (whole, key: string) => {
        if (!(key in substitutions)) {
            missing.add(key);
            return whole;
        }
        used.add(key);
        return substitutions[key];
    });
    if (missing.size > 0) {
        throw new Error(`Workflow template placeholders without a substitution: ${[...missing].join(", ")}`);
    }
    const unused = Object.keys(substitutions).filter((key) => !used.has(key));
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
