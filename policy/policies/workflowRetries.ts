/**
 * Rule: each handover workflow calls the data action a whole number of times from 1 to 5 (its
 * `data_action_attempts` substitution, the Loop count of the template), and at least `minimumAttempts`.
 *
 * One try loses every handover end that meets a Cognigy 5xx, a 429, a timeout or a Genesys data action limit
 * rejection; more than 5 multiplies the data action executions of an outage past Genesys' per-minute budget
 * (docs/delivery-budgets.md). Production asks for at least 2.
 */
import type { PolicyConfigSchema, ResourceValidationPolicy } from "@pulumi/policy";
import { FLOW_TYPE, isRecord, LIMITS, WORKFLOW_SUBSTITUTION } from "@cognigy-handover/contract";
import { describeResource } from "./policySupport";

export const WORKFLOW_RETRIES = "workflow-retries";

const configSchema: PolicyConfigSchema = {
    properties: {
        minimumAttempts: {
            type: "integer",
            minimum: LIMITS.dataActionAttemptsMin,
            maximum: LIMITS.dataActionAttemptsMax,
            default: LIMITS.dataActionAttemptsMin,
            description: "The fewest data action attempts a handover workflow may make (production: 2).",
        },
    },
};

const ATTEMPTS_KEY = WORKFLOW_SUBSTITUTION.dataActionAttempts;

export const workflowRetries: ResourceValidationPolicy = {
    name: WORKFLOW_RETRIES,
    description: `Each handover workflow's ${ATTEMPTS_KEY} is a whole number from ${LIMITS.dataActionAttemptsMin} to ${LIMITS.dataActionAttemptsMax}, and at least minimumAttempts.`,
    enforcementLevel: "mandatory",
    configSchema,
    validateResource: (args, reportViolation) => {
        const substitutions: unknown = args.props["substitutions"];
        if (args.type !== FLOW_TYPE || !isRecord(substitutions) || !(WORKFLOW_SUBSTITUTION.topicLiteral in substitutions)) {
            return args.notApplicable("Only applies to handover workflows (Flows with a topic_literal substitution)");
        }
        const settings = args.getConfig<{ minimumAttempts?: unknown }>();
        const minimum = typeof settings.minimumAttempts === "number" ? settings.minimumAttempts : LIMITS.dataActionAttemptsMin;
        const workflowName = substitutions[WORKFLOW_SUBSTITUTION.workflowName];
        const described = describeResource("workflow", args.name, typeof workflowName === "string" ? { name: workflowName } : args.props);
        const value = substitutions[ATTEMPTS_KEY];
        const attempts = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : undefined;
        if (attempts === undefined || attempts < LIMITS.dataActionAttemptsMin || attempts > LIMITS.dataActionAttemptsMax) {
            reportViolation(
                `${described} has ${ATTEMPTS_KEY} ${JSON.stringify(value)}; it must be a whole number from ${LIMITS.dataActionAttemptsMin} to ` +
                    `${LIMITS.dataActionAttemptsMax} (the template's Loop count). Set the stack config dataActionAttempts.`,
            );
            return;
        }
        if (attempts < minimum) {
            reportViolation(
                `${described} calls the data action only ${attempts} time(s); this stack requires at least ${minimum}, so one Cognigy 5xx, ` +
                    `429 or timeout does not lose the handover end. Fix: pulumi config set dataActionAttempts ${Math.max(minimum, 3)}`,
            );
        }
    },
};
