import { ConfigReader } from "./configReader";

/**
 * `workflowLogLevel`: how much of each handover workflow execution Genesys records (`genesyscloud_flow_loglevel`,
 * provider docs/resources/flow_loglevel.md at 1.84.1). Unset declares no log level: the provider's own example
 * says flow log levels are a beta behind a feature toggle that Genesys turns on per org, so a default would make
 * `pulumi up` fail in every org without it. The levels are the Platform API's `FlowLogLevel` values
 * (Disabled, Base, Notes, VerboseNotes, All; the provider's acceptance test uses Base, All and Disabled).
 */
export const WORKFLOW_LOG_LEVELS = ["Disabled", "Base", "Notes", "VerboseNotes", "All"] as const;
export type WorkflowLogLevel = (typeof WORKFLOW_LOG_LEVELS)[number];

export const WORKFLOW_LOG_LEVEL_KEY = "workflowLogLevel";

export function readWorkflowLogLevel(reader: ConfigReader, webhook: boolean): WorkflowLogLevel | undefined {
    reader.rejectUnless(webhook, WORKFLOW_LOG_LEVEL_KEY, "to the webhook path (the workflows it logs)");
    const raw = webhook ? reader.optionalString(WORKFLOW_LOG_LEVEL_KEY) : undefined;
    if (raw === undefined) {
        return undefined;
    }
    const level = WORKFLOW_LOG_LEVELS.find((known) => known === raw);
    if (level === undefined) {
        reader.problem(WORKFLOW_LOG_LEVEL_KEY, `"${raw}" is not a Genesys flow log level (${WORKFLOW_LOG_LEVELS.join(", ")}). Fix: ${reader.setCommand(WORKFLOW_LOG_LEVEL_KEY, "All")}`);
    }
    return level;
}
