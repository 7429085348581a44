/**
 * Rule (stack): exactly one trigger per handover topic, each starting the workflow that reports that same
 * event to Cognigy, and every workflow calling a data action this stack creates.
 *
 * Two triggers on one topic deliver each event twice; a missing trigger means Cognigy never learns of the
 * event; a trigger wired to the other event's workflow reports the wrong topic; a workflow naming an action
 * that was renamed fails to publish or calls a stale action.
 *
 * Everything it reads is known on a first preview: URNs, property dependencies, and inputs the program sets
 * (topics, substitutions, names). Never ids or other provider-computed values, which are unknown then.
 */
import type { PolicyConfigSchema, PolicyResource, ReportViolation, StackValidationPolicy } from "@pulumi/policy";
import {
    ALL_EVENTS,
    eventByTopic,
    FLOW_TYPE,
    HandoverEvent,
    INTEGRATION_ACTION_TYPE,
    isRecord,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    WEBHOOK_DELIVERY_TYPES,
    WEBHOOK_EVENTS,
    WORKFLOW_SUBSTITUTION,
} from "@cognigy-handover/contract";
import { describeResource, quoteAll, stringListSetting } from "./policySupport";

export const HANDOVER_STACK_WIRING = "handover-stack-wiring";

const configSchema: PolicyConfigSchema = {
    properties: {
        requiredTopics: {
            type: "array",
            items: { type: "string" },
            default: WEBHOOK_EVENTS.map((event) => event.topic),
            description: "Topics that need exactly one trigger each. Defaults to the topics of the HTTP-webhook handover events.",
        },
    },
};

const TOPIC_LITERAL_KEY = WORKFLOW_SUBSTITUTION.topicLiteral;
const ACTION_CATEGORY_KEY = WORKFLOW_SUBSTITUTION.dataActionCategory;
const ACTION_NAME_KEY = WORKFLOW_SUBSTITUTION.dataActionName;
/** The substitutions that make a Flow a handover workflow (the others, name and division, any workflow may have). */
const HANDOVER_SUBSTITUTION_KEYS: readonly string[] = [TOPIC_LITERAL_KEY, ACTION_CATEGORY_KEY, ACTION_NAME_KEY];

function substitutionsOf(flow: PolicyResource): Record<string, unknown> {
    const substitutions: unknown = flow.props["substitutions"];
    return isRecord(substitutions) ? substitutions : {};
}

/**
 * Workflows are usually named inside their YAML via the `workflow_name` substitution rather than the
 * resource's optional `name` input; use whichever the Genesys UI will show.
 */
function describeWorkflow(kind: string, flow: PolicyResource): string {
    const workflowName = substitutionsOf(flow)[WORKFLOW_SUBSTITUTION.workflowName];
    const props = typeof workflowName === "string" && flow.props["name"] === undefined ? { name: workflowName } : flow.props;
    return describeResource(kind, flow.name, props);
}

/** Flows that carry none of the handover substitutions are some other workflow; this rule leaves them alone. */
function isHandoverWorkflow(flow: PolicyResource): boolean {
    const substitutions = substitutionsOf(flow);
    return HANDOVER_SUBSTITUTION_KEYS.some((key) => key in substitutions);
}

function requiredEvents(topics: readonly string[]): HandoverEvent[] {
    return topics.map((topic) => {
        const event = eventByTopic(topic);
        if (event === undefined) {
            throw new Error(
                `Policy "${HANDOVER_STACK_WIRING}": requiredTopics names ${JSON.stringify(topic)}, which contract/src/events.ts does not know; ` +
                    `use topics from ${quoteAll(ALL_EVENTS.map((known) => known.topic))}.`,
            );
        }
        return event;
    });
}

/**
 * The workflows a trigger starts: those its `target` was computed from, as the engine records it in the property
 * dependencies. That is known on every preview, a first one included, while `target.id` and the workflows' ids are
 * unknown until the workflows exist (reading them would make the analyzer abandon this whole policy). A trigger
 * whose target comes from no workflow of this stack (a fixed id) is reported: nothing here can check where it
 * points, and it goes stale when the workflow is replaced.
 */
function targetedWorkflows(trigger: PolicyResource): PolicyResource[] {
    return [...new Set((trigger.propertyDependencies["target"] ?? []).filter((resource) => resource.type === FLOW_TYPE))];
}

function checkTriggerCounts(event: HandoverEvent, triggers: readonly PolicyResource[], report: ReportViolation): void {
    if (triggers.length === 0) {
        report(
            `No trigger listens to "${event.topic}", so Cognigy never learns that ${event.purpose}. ` +
                `Add one ProcessautomationTrigger with topicName "${event.topic}" targeting the workflow that sends "${event.topicLiteral}".`,
        );
    } else if (triggers.length > 1) {
        const names = triggers.map((trigger) => describeResource("trigger", trigger.name, trigger.props));
        report(
            `${triggers.length} triggers listen to "${event.topic}" (${names.join(", ")}): Genesys runs every one, so Cognigy receives each ` +
                `${event.name} ${triggers.length} times. Keep exactly one trigger per topic and delete the others.`,
        );
    }
}

function checkTriggerTarget(event: HandoverEvent, trigger: PolicyResource, report: ReportViolation): void {
    const triggerLabel = describeResource("Trigger", trigger.name, trigger.props);
    const fix = `set target.id to the id of the workflow whose substitutions.${TOPIC_LITERAL_KEY} is "${event.topicLiteral}"`;
    const workflows = targetedWorkflows(trigger);
    if (workflows.length === 0) {
        report(`${triggerLabel} on "${event.topic}" does not target a workflow of this stack; ${fix}.`, trigger.urn);
        return;
    }
    if (workflows.length > 1) {
        const names = workflows.map((flow) => describeWorkflow("workflow", flow));
        report(`${triggerLabel} on "${event.topic}" takes its target from several workflows (${names.join(", ")}); ${fix}.`, trigger.urn);
        return;
    }
    const [workflow] = workflows;
    const sentLiteral = substitutionsOf(workflow)[TOPIC_LITERAL_KEY];
    if (sentLiteral !== event.topicLiteral) {
        report(
            `${triggerLabel} on "${event.topic}" targets ${describeWorkflow("workflow", workflow)}, which tells Cognigy ` +
                `topic ${JSON.stringify(sentLiteral)} instead of "${event.topicLiteral}", so Cognigy would misread every ${event.name}; ${fix}.`,
            trigger.urn,
        );
    }
}

function checkWorkflowAction(
    workflow: PolicyResource,
    actions: readonly PolicyResource[],
    requiredLiterals: readonly string[],
    report: ReportViolation,
): void {
    const workflowLabel = describeWorkflow("Workflow", workflow);
    const substitutions = substitutionsOf(workflow);

    const sentLiteral = substitutions[TOPIC_LITERAL_KEY];
    if (typeof sentLiteral !== "string" || !requiredLiterals.includes(sentLiteral)) {
        report(
            `${workflowLabel} sends Cognigy topic ${JSON.stringify(sentLiteral)}, which Cognigy does not expect; ` +
                `set substitutions.${TOPIC_LITERAL_KEY} to one of ${quoteAll(requiredLiterals)}.`,
            workflow.urn,
        );
    }

    const category = substitutions[ACTION_CATEGORY_KEY];
    const name = substitutions[ACTION_NAME_KEY];
    const calledAction = actions.find((action) => action.props["category"] === category && action.props["name"] === name);
    if (calledAction === undefined) {
        const available = actions.map((action) => `category ${JSON.stringify(action.props["category"])} / name ${JSON.stringify(action.props["name"])}`);
        report(
            `${workflowLabel} calls data action category ${JSON.stringify(category)} / name ${JSON.stringify(name)}, but this stack has no ` +
                `IntegrationAction with that category and name (${available.length > 0 ? `it has ${available.join("; ")}` : "it has none"}); ` +
                `set substitutions.${ACTION_CATEGORY_KEY} and substitutions.${ACTION_NAME_KEY} to the Send Event action's category and name.`,
            workflow.urn,
        );
    }
}

export const handoverStackWiring: StackValidationPolicy = {
    name: HANDOVER_STACK_WIRING,
    description:
        "Exactly one trigger per handover topic, each targeting the workflow that sends that event's topic to Cognigy, " +
        "and every handover workflow calling a data action of this stack.",
    enforcementLevel: "mandatory",
    severity: "critical",
    configSchema,
    validateStack: (args, reportViolation) => {
        if (!args.resources.some((resource) => WEBHOOK_DELIVERY_TYPES.includes(resource.type))) {
            return args.notApplicable(
                "The stack has no triggers, workflows or data actions: events reach Cognigy another way (e.g. Amazon EventBridge), " +
                    "so there is no webhook wiring to check.",
            );
        }
        const settings = args.getConfig<Record<string, unknown>>();
        const events = requiredEvents(stringListSetting(HANDOVER_STACK_WIRING, settings, "requiredTopics"));
        const triggers = args.resources.filter((resource) => resource.type === PROCESS_AUTOMATION_TRIGGER_TYPE);
        const flows = args.resources.filter((resource) => resource.type === FLOW_TYPE);
        const actions = args.resources.filter((resource) => resource.type === INTEGRATION_ACTION_TYPE);

        for (const event of events) {
            const triggersOfEvent = triggers.filter((trigger) => trigger.props["topicName"] === event.topic);
            checkTriggerCounts(event, triggersOfEvent, reportViolation);
            for (const trigger of triggersOfEvent) {
                checkTriggerTarget(event, trigger, reportViolation);
            }
        }

        const requiredLiterals = events.map((event) => event.topicLiteral);
        for (const workflow of flows.filter(isHandoverWorkflow)) {
            checkWorkflowAction(workflow, actions, requiredLiterals, reportViolation);
        }
    },
};
