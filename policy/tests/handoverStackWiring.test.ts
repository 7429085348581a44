import {
    DATA_ACTIONS_INTEGRATION_NAME,
    FLOW_TYPE,
    INTEGRATION_TYPE,
    INTEGRATION_TYPE_EVENTBRIDGE,
    SEND_EVENT_ACTION_NAME,
} from "@cognigy-handover/contract";
import { handoverStackWiring } from "../policies/handoverStackWiring";
import {
    acw,
    actionResource,
    compliantWebhookStack,
    customerEnd,
    integrationResource,
    logicalName,
    triggerResource,
    userEnd,
    workflowResource,
} from "./handoverFixtures";
import {
    PREVIEW_UNKNOWN_STRING,
    RULE_CASE_STACK, StackResourceUnderTest,
    runStackPolicy,
    runStackPolicyForStack,
    urnOf,
    violationsOf,
} from "./policyHarness";


const acwTriggerLabel = `Trigger "${acw.triggerName}" (Pulumi resource ${logicalName("trigger", acw)})`;
const userEndTriggerLabel = `Trigger "${userEnd.triggerName}" (Pulumi resource ${logicalName("trigger", userEnd)})`;

/** The compliant stack with the resources of the given logical names swapped for others. */
function stackWith(replacements: Record<string, StackResourceUnderTest | null>, extra: StackResourceUnderTest[] = []): StackResourceUnderTest[] {
    const resources = compliantWebhookStack()
        .map((resource) => (resource.name in replacements ? replacements[resource.name] : resource))
        .filter((resource): resource is StackResourceUnderTest => resource !== null);
    return [...resources, ...extra];
}

describe(`rule cases (${RULE_CASE_STACK} config)`, () => {
    const stack = RULE_CASE_STACK;
    const violationsFor = async (resources: StackResourceUnderTest[]) =>
        violationsOf((await runStackPolicyForStack(stack, handoverStackWiring, resources)).outcome);

    test("policy is mandatory and the compliant stack passes", async () => {
        const run = await runStackPolicyForStack(stack, handoverStackWiring, compliantWebhookStack());
        expect(run.enforcementLevel).toBe("mandatory");
        expect(violationsOf(run.outcome)).toEqual([]);
    });

    test("a second trigger on one topic is reported once, naming both triggers", async () => {
        const duplicate = { ...triggerResource(acw), name: "acw-trigger-copy" };
        const violations = await violationsFor(stackWith({}, [duplicate]));
        expect(violations).toEqual([
            `2 triggers listen to "${acw.topic}" (trigger "${acw.triggerName}" (Pulumi resource ${logicalName("trigger", acw)}), ` +
                `trigger "${acw.triggerName}" (Pulumi resource acw-trigger-copy)): Genesys runs every one, so Cognigy receives each ` +
                "AfterCallWorkEvent 2 times. Keep exactly one trigger per topic and delete the others.",
        ]);
    });

    test("a missing trigger is reported", async () => {
        const violations = await violationsFor(stackWith({ [logicalName("trigger", userEnd)]: null }));
        expect(violations).toEqual([
            `No trigger listens to "${userEnd.topic}", so Cognigy never learns that ${userEnd.purpose}. ` +
                `Add one ProcessautomationTrigger with topicName "${userEnd.topic}" targeting the workflow that sends "${userEnd.topicLiteral}".`,
        ]);
    });

    test("triggers wired to each other's workflow are both reported", async () => {
        const violations = await violationsFor(stackWith({
            [logicalName("trigger", acw)]: triggerResource(acw, {}, logicalName("workflow", userEnd)),
            [logicalName("trigger", userEnd)]: triggerResource(userEnd, {}, logicalName("workflow", acw)),
        }));
        expect(violations).toHaveLength(2);
        expect(violations[0]).toBe(
            `${acwTriggerLabel} on "${acw.topic}" targets workflow "${userEnd.workflowName}" (Pulumi resource ${logicalName("workflow", userEnd)}), ` +
                `which tells Cognigy topic "${userEnd.topicLiteral}" instead of "${acw.topicLiteral}", so Cognigy would misread every AfterCallWorkEvent; ` +
                `set target.id to the id of the workflow whose substitutions.topic_literal is "${acw.topicLiteral}".`,
        );
        expect(violations[1]).toContain(`${userEndTriggerLabel} on "${userEnd.topic}" targets workflow "${acw.workflowName}"`);
    });

    test("a trigger whose target is not a workflow of this stack is reported", async () => {
        const violations = await violationsFor(stackWith({
            [logicalName("trigger", acw)]: triggerResource(acw, { target: { id: "some-other-flow", type: "Workflow", workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } } }, null),
        }));
        expect(violations).toEqual([
            `${acwTriggerLabel} on "${acw.topic}" does not target a workflow of this stack; ` +
                `set target.id to the id of the workflow whose substitutions.topic_literal is "${acw.topicLiteral}".`,
        ]);
    });

    test("a renamed data action is caught in every workflow that calls it", async () => {
        const violations = await violationsFor(stackWith({ "send-event-action": actionResource({ name: `${SEND_EVENT_ACTION_NAME} v2` }) }));
        expect(violations).toHaveLength(2);
        expect(violations[0]).toBe(
            `Workflow "${acw.workflowName}" (Pulumi resource ${logicalName("workflow", acw)}) calls data action category "${DATA_ACTIONS_INTEGRATION_NAME}" / ` +
                `name "${SEND_EVENT_ACTION_NAME}", but this stack has no IntegrationAction with that category and name ` +
                `(it has category "${DATA_ACTIONS_INTEGRATION_NAME}" / name "${SEND_EVENT_ACTION_NAME} v2"); ` +
                "set substitutions.data_action_category and substitutions.data_action_name to the Send Event action's category and name.",
        );
        expect(violations[1]).toContain(`Workflow "${userEnd.workflowName}"`);
    });

    test("a workflow naming the wrong category is reported", async () => {
        const violations = await violationsFor(stackWith({
            [logicalName("workflow", userEnd)]: workflowResource(userEnd, { data_action_category: "Web Services Data Action" }),
        }));
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(`Workflow "${userEnd.workflowName}" (Pulumi resource ${logicalName("workflow", userEnd)}) calls data action category "Web Services Data Action"`);
    });

    test("a workflow without data action substitutions is reported", async () => {
        const violations = await violationsFor(stackWith({
            [logicalName("workflow", acw)]: workflowResource(acw, { data_action_category: undefined, data_action_name: undefined }),
        }));
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain("calls data action category undefined / name undefined, but this stack has no IntegrationAction");
    });

    test("a workflow sending the topic instead of its literal is reported on the workflow and on its trigger", async () => {
        const run = await runStackPolicyForStack(stack, handoverStackWiring, stackWith({
            [logicalName("workflow", acw)]: workflowResource(acw, { topic_literal: acw.topic }),
        }));
        expect(run.outcome.kind === "checked" && run.outcome.violations.map((violation) => violation.urn)).toEqual([
            urnOf(triggerResource(acw)),
            urnOf(workflowResource(acw)),
        ]);
        const violations = violationsOf(run.outcome);
        expect(violations[0]).toContain(`which tells Cognigy topic "${acw.topic}" instead of "${acw.topicLiteral}"`);
        expect(violations[1]).toBe(
            `Workflow "${acw.workflowName}" (Pulumi resource ${logicalName("workflow", acw)}) sends Cognigy topic "${acw.topic}", which Cognigy does not expect; ` +
                `set substitutions.topic_literal to one of "${acw.topicLiteral}", "${userEnd.topicLiteral}".`,
        );
    });
});

describe("not applicable", () => {
    test.each([
        ["an empty stack", []],
        ["an EventBridge-delivery stack", [{ type: INTEGRATION_TYPE, name: "eventbridge", props: { integrationType: INTEGRATION_TYPE_EVENTBRIDGE } }]],
    ])("%s has no webhook wiring to check", async (_label, resources: StackResourceUnderTest[]) => {
        const outcome = await runStackPolicy(handoverStackWiring, resources);
        expect(outcome.kind).toBe("notApplicable");
        expect(outcome.kind === "notApplicable" && outcome.reason).toContain("no triggers, workflows or data actions");
    });

    test("a stack with only the integration and action is checked (and misses both triggers)", async () => {
        expect(violationsOf(await runStackPolicy(handoverStackWiring, [integrationResource, actionResource()]))).toHaveLength(2);
    });
});

/** What a first preview sends: every id, and everything computed from one, unknown. */
function asFirstPreview(resources: StackResourceUnderTest[]): StackResourceUnderTest[] {
    const unknownIds = (props: Record<string, unknown>): Record<string, unknown> => {
        const previewed: Record<string, unknown> = { ...props, id: PREVIEW_UNKNOWN_STRING };
        if ("integrationId" in props) {
            previewed["integrationId"] = PREVIEW_UNKNOWN_STRING;
        }
        if ("updateTriggerHash" in props) {
            previewed["updateTriggerHash"] = PREVIEW_UNKNOWN_STRING;
        }
        const target = props["target"];
        if (typeof target === "object" && target !== null) {
            previewed["target"] = { ...target, id: PREVIEW_UNKNOWN_STRING };
        }
        return previewed;
    };
    return resources.map((resource) => ({ ...resource, props: unknownIds(resource.props) }));
}

describe(`on a first preview (ids unknown, ${RULE_CASE_STACK} config), every wiring fault is still a mandatory violation`, () => {
    const stack = RULE_CASE_STACK;
    const runPreview = (resources: StackResourceUnderTest[]) => runStackPolicyForStack(stack, handoverStackWiring, asFirstPreview(resources));

    test("the compliant stack is checked, not abandoned, and passes", async () => {
        const run = await runPreview(compliantWebhookStack());
        expect(run).toEqual({ enforcementLevel: "mandatory", outcome: { kind: "checked", violations: [] } });
    });

    test("triggers wired to each other's workflow", async () => {
        const run = await runPreview(stackWith({
            [logicalName("trigger", acw)]: triggerResource(acw, {}, logicalName("workflow", userEnd)),
            [logicalName("trigger", userEnd)]: triggerResource(userEnd, {}, logicalName("workflow", acw)),
        }));
        expect(run.enforcementLevel).toBe("mandatory");
        const violations = violationsOf(run.outcome);
        expect(violations).toHaveLength(2);
        expect(violations[0]).toContain(`${acwTriggerLabel} on "${acw.topic}" targets workflow "${userEnd.workflowName}"`);
        expect(violations[1]).toContain(`${userEndTriggerLabel} on "${userEnd.topic}" targets workflow "${acw.workflowName}"`);
    });

    test("a trigger whose target comes from no workflow of this stack", async () => {
        const run = await runPreview(stackWith({ [logicalName("trigger", acw)]: triggerResource(acw, {}, null) }));
        expect(violationsOf(run.outcome)).toEqual([
            `${acwTriggerLabel} on "${acw.topic}" does not target a workflow of this stack; ` +
                `set target.id to the id of the workflow whose substitutions.topic_literal is "${acw.topicLiteral}".`,
        ]);
    });

    test("workflows naming a renamed data action", async () => {
        const run = await runPreview(stackWith({ "send-event-action": actionResource({ name: `${SEND_EVENT_ACTION_NAME} v2` }) }));
        const violations = violationsOf(run.outcome);
        expect(violations).toHaveLength(2);
        expect(violations[0]).toContain(`calls data action category "${DATA_ACTIONS_INTEGRATION_NAME}" / name "${SEND_EVENT_ACTION_NAME}", but this stack has no IntegrationAction`);
    });
});

describe("linking triggers to workflows", () => {
    test("only property dependencies link a trigger to a workflow: a fixed target.id, even a matching one, is reported", async () => {
        const resources = stackWith({
            [logicalName("trigger", acw)]: triggerResource(acw, {}, null),
            [logicalName("trigger", userEnd)]: triggerResource(userEnd, {}, null),
        });
        const violations = violationsOf(await runStackPolicy(handoverStackWiring, resources));
        expect(violations).toHaveLength(2);
        expect(violations.every((violation) => violation.includes("does not target a workflow of this stack"))).toBe(true);
    });

    test("other flows of the stack are ignored", async () => {
        const unrelatedFlow = { type: FLOW_TYPE, name: "inbound-message-flow", props: { filepath: "flows/inbound.yaml", substitutions: { flow_name: "Inbound" } } };
        expect(violationsOf(await runStackPolicy(handoverStackWiring, stackWith({}, [unrelatedFlow])))).toEqual([]);
    });
});

describe("configuration", () => {
    test("requiredTopics adds events that then need a trigger", async () => {
        const config = { requiredTopics: [acw.topic, userEnd.topic, customerEnd.topic] };
        const violations = violationsOf(await runStackPolicy(handoverStackWiring, compliantWebhookStack(), config));
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(`No trigger listens to "${customerEnd.topic}"`);
    });

    test("a topic the event catalogue does not know is a configuration error", async () => {
        await expect(runStackPolicy(handoverStackWiring, compliantWebhookStack(), { requiredTopics: ["v2.detail.events.conversation.{id}.wrapup"] })).rejects.toThrow(
            'requiredTopics names "v2.detail.events.conversation.{id}.wrapup", which contract/src/events.ts does not know',
        );
    });
});
