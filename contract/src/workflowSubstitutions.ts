import type { HandoverEvent } from "./events";

/**
 * The substitutions a handover workflow's Flow carries (its `substitutions` map; keys in the template's snake_case)
 * and what each means. The component renders the workflow template with them, the policy pack recognises and checks
 * handover workflows by them, and the doctor reads the declared workflow's name and division from them.
 */
export const WORKFLOW_SUBSTITUTION = {
    /** The workflow's name in Architect. */
    workflowName: "workflow_name",
    /** The division the workflow lives in. */
    divisionName: "division_name",
    /** The Call Data Action's category: Architect uses the integration's name. */
    dataActionCategory: "data_action_category",
    /** The data action the workflow calls. */
    dataActionName: "data_action_name",
    /** What the workflow sends Cognigy as `topic`: the event's topic literal. */
    topicLiteral: "topic_literal",
    /** How many times the workflow calls the data action at most (the `dataActionAttempts` setting). */
    dataActionAttempts: "data_action_attempts",
} as const;

export type WorkflowSubstitutionKey = (typeof WORKFLOW_SUBSTITUTION)[keyof typeof WORKFLOW_SUBSTITUTION];

export type WorkflowSubstitutions = Readonly<Record<WorkflowSubstitutionKey, string>>;

export const WORKFLOW_SUBSTITUTION_KEYS: readonly WorkflowSubstitutionKey[] = Object.values(WORKFLOW_SUBSTITUTION);

/** The names a handover workflow is rendered with; the topic literal comes from the event. */
export interface WorkflowNames {
    readonly event: HandoverEvent;
    readonly workflowName: string;
    readonly divisionName: string;
    /** The integration's display name: Architect's Call Data Action category. */
    readonly dataActionCategory: string;
    readonly dataActionName: string;
    /** Calls of the data action per handover end at most: 1 = no retry. */
    readonly dataActionAttempts: number;
}

export function workflowSubstitutions(names: WorkflowNames): WorkflowSubstitutions {
    return {
        [WORKFLOW_SUBSTITUTION.workflowName]: names.workflowName,
        [WORKFLOW_SUBSTITUTION.divisionName]: names.divisionName,
        [WORKFLOW_SUBSTITUTION.dataActionCategory]: names.dataActionCategory,
        [WORKFLOW_SUBSTITUTION.dataActionName]: names.dataActionName,
        [WORKFLOW_SUBSTITUTION.topicLiteral]: names.event.topicLiteral,
        [WORKFLOW_SUBSTITUTION.dataActionAttempts]: String(names.dataActionAttempts),
    };
}
