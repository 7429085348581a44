/**
 * Rule: a trigger listens to a topic the handover needs, hands the event's top-level fields to a workflow,
 * and is switched on.
 *
 * A trigger on another topic sends Cognigy events it does not expect; a `Json` data format leaves the
 * workflow's input variables empty, so Cognigy gets no user id; a disabled trigger means handovers never end.
 */
import type { PolicyConfigSchema, ResourceValidationPolicy } from "@pulumi/policy";
import {
    eventByTopic,
    eventByTopicLiteral,
    isRecord,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    TRIGGER_DATA_FORMAT,
    TRIGGER_TARGET_TYPE,
    WEBHOOK_EVENTS,
    WORKFLOW_INPUT_VARIABLES,
} from "@cognigy-handover/contract";
import { booleanSetting, describeResource, quoteAll, stringListSetting } from "./policySupport";

export const TRIGGER_TOPIC_AND_TARGET = "trigger-topic-and-target";

const configSchema: PolicyConfigSchema = {
    properties: {
        allowedTopics: {
            type: "array",
            items: { type: "string" },
            default: WEBHOOK_EVENTS.map((event) => event.topic),
            description: "Topics a trigger may listen to. Defaults to the topics of the HTTP-webhook handover events.",
        },
        requireEnabled: {
            type: "boolean",
            default: true,
            description: "Whether every trigger must be enabled. A disabled trigger never tells Cognigy a handover ended.",
        },
    },
};

const EXPECTED_TARGET_JSON = `{ type: "${TRIGGER_TARGET_TYPE}", id: <the workflow's id>, workflowTargetSettings: { dataFormat: "${TRIGGER_DATA_FORMAT}" } }`;

function topicProblem(topic: unknown, allowedTopics: readonly string[]): string | undefined {
    const allowed = `set topicName to one of ${quoteAll(allowedTopics)}`;
    if (typeof topic !== "string" || topic === "") {
        return `has no topicName; ${allowed}`;
    }
    if (allowedTopics.includes(topic)) {
        return undefined;
    }
    const literalOf = eventByTopicLiteral(topic);
    if (literalOf !== undefined) {
        return `listens to ${JSON.stringify(topic)}, which is the literal the workflow sends Cognigy, not a Genesys topic; ` +
            `the ${literalOf.name} topic is ${JSON.stringify(literalOf.topic)}` +
            (allowedTopics.includes(literalOf.topic) ? "" : ` (not needed by this stack either; ${allowed})`);
    }
    const knownEvent = eventByTopic(topic);
    const why = knownEvent !== undefined
        ? `${knownEvent.name} is not part of this stack's handover`
        : "this handover does not use that topic";
    return `listens to ${JSON.stringify(topic)}, but ${why}; ${allowed}`;
}

export const triggerTopicAndTarget: ResourceValidationPolicy = {
    name: TRIGGER_TOPIC_AND_TARGET,
    description:
        `Triggers listen to a handover topic, target a ${TRIGGER_TARGET_TYPE} with ${TRIGGER_DATA_FORMAT} data and are enabled.`,
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema,
    validateResource: (args, reportViolation) => {
        if (args.type !== PROCESS_AUTOMATION_TRIGGER_TYPE) {
            return args.notApplicable(`Only applies to ${PROCESS_AUTOMATION_TRIGGER_TYPE}`);
        }
        const settings = args.getConfig<Record<string, unknown>>();
        const allowedTopics = stringListSetting(TRIGGER_TOPIC_AND_TARGET, settings, "allowedTopics");
        const requireEnabled = booleanSetting(TRIGGER_TOPIC_AND_TARGET, settings, "requireEnabled");
        const trigger = describeResource("Trigger", args.name, args.props);

        const wrongTopic = topicProblem(args.props["topicName"], allowedTopics);
        if (wrongTopic !== undefined) {
            reportViolation(`${trigger} ${wrongTopic}.`);
        }

        // Only type and data format are read: target.id is unknown until the workflow exists, and which
        // workflow it is gets checked by the stack policy.
        const target: unknown = args.props["target"];
        if (!isRecord(target)) {
            reportViolation(`${trigger} has no target; set target to ${EXPECTED_TARGET_JSON}.`);
        } else {
            if (target["type"] !== TRIGGER_TARGET_TYPE) {
                reportViolation(
                    `${trigger} targets type ${JSON.stringify(target["type"])}; Genesys triggers can only start Architect workflows, ` +
                        `so set target.type to "${TRIGGER_TARGET_TYPE}".`,
                );
            }
            const settingsOfTarget = target["workflowTargetSettings"];
            const dataFormat = isRecord(settingsOfTarget) ? settingsOfTarget["dataFormat"] : undefined;
            if (dataFormat !== TRIGGER_DATA_FORMAT) {
                reportViolation(
                    `${trigger} sends the workflow data format ${JSON.stringify(dataFormat)}; only "${TRIGGER_DATA_FORMAT}" fills ` +
                        `${WORKFLOW_INPUT_VARIABLES.join(" and ")}, which the workflow passes to Cognigy. ` +
                        `Set target.workflowTargetSettings.dataFormat to "${TRIGGER_DATA_FORMAT}".`,
                );
            }
        }

        const enabled: unknown = args.props["enabled"];
        if (requireEnabled && enabled !== true) {
            reportViolation(
                `${trigger} is not enabled (enabled: ${JSON.stringify(enabled)}), so Cognigy never learns that these handovers ended; ` +
                    `set enabled: true (or set requireEnabled: false in this stack's policy config if it is meant to be off).`,
            );
        }
    },
};
