import {
    INTEGRATION_ACTION_TYPE,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    WEBHOOK_EVENTS,
} from "@cognigy-handover/contract";
import { triggerTopicAndTarget } from "../policies/triggerTopicAndTarget";
import { acw, customerEnd, triggerProps, userEnd } from "./handoverFixtures";
import { ResourceUnderTest, RULE_CASE_STACK, runResourcePolicy, runResourcePolicyForStack, violationsOf } from "./policyHarness";

const ACW_TRIGGER = `Trigger "${acw.triggerName}" (Pulumi resource acw-trigger)`;
const ALLOWED = `set topicName to one of "${acw.topic}", "${userEnd.topic}"`;

function trigger(overrides: Record<string, unknown>): ResourceUnderTest {
    return { type: PROCESS_AUTOMATION_TRIGGER_TYPE, name: "acw-trigger", props: triggerProps(acw, overrides) };
}

const wrongTarget = (target: unknown) => trigger({ target });

describe(`rule cases (${RULE_CASE_STACK} config)`, () => {
    const stack = RULE_CASE_STACK;
    test("policy is mandatory", async () => {
        expect((await runResourcePolicyForStack(stack, triggerTopicAndTarget, trigger({}))).enforcementLevel).toBe("mandatory");
    });

    test.each(WEBHOOK_EVENTS.map((event) => [event.name, event] as const))("the %s trigger passes", async (_name, event) => {
        const run = await runResourcePolicyForStack(stack, triggerTopicAndTarget, {
            type: PROCESS_AUTOMATION_TRIGGER_TYPE,
            name: "trigger",
            props: triggerProps(event),
        });
        expect(violationsOf(run.outcome)).toEqual([]);
    });

    test.each([
        ["an event this stack does not deliver", trigger({ topicName: customerEnd.topic }), `${ACW_TRIGGER} listens to "${customerEnd.topic}", but CustomerEndEvent is not part of this stack's handover; ${ALLOWED}.`],
        ["the literal instead of the topic", trigger({ topicName: acw.topicLiteral }), `${ACW_TRIGGER} listens to "${acw.topicLiteral}", which is the literal the workflow sends Cognigy, not a Genesys topic; the AfterCallWorkEvent topic is "${acw.topic}".`],
        ["an unrelated topic", trigger({ topicName: "v2.detail.events.conversation.{id}.wrapup" }), `${ACW_TRIGGER} listens to "v2.detail.events.conversation.{id}.wrapup", but this handover does not use that topic; ${ALLOWED}.`],
        ["no topic", trigger({ topicName: undefined }), `${ACW_TRIGGER} has no topicName; ${ALLOWED}.`],
        ["no target", wrongTarget(undefined), `${ACW_TRIGGER} has no target; set target to { type: "Workflow", id: <the workflow's id>, workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } }.`],
        ["a non-workflow target", wrongTarget({ id: "x", type: "Queue", workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } }), `${ACW_TRIGGER} targets type "Queue"; Genesys triggers can only start Architect workflows, so set target.type to "Workflow".`],
        ["the Json data format", wrongTarget({ id: "x", type: "Workflow", workflowTargetSettings: { dataFormat: "Json" } }), `${ACW_TRIGGER} sends the workflow data format "Json"; only "TopLevelPrimitives" fills Flow.addressTo and Flow.disconnectType, which the workflow passes to Cognigy. Set target.workflowTargetSettings.dataFormat to "TopLevelPrimitives".`],
        ["no workflowTargetSettings", wrongTarget({ id: "x", type: "Workflow" }), `${ACW_TRIGGER} sends the workflow data format undefined; only "TopLevelPrimitives"`],
    ])("violates with %s", async (_label, resource, message) => {
        const violations = violationsOf((await runResourcePolicyForStack(stack, triggerTopicAndTarget, resource)).outcome);
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(message);
    });

    test("reports every problem of one trigger separately", async () => {
        const resource = trigger({ topicName: customerEnd.topic, target: { id: "x", type: "Queue", workflowTargetSettings: { dataFormat: "Json" } } });
        const violations = violationsOf((await runResourcePolicyForStack(stack, triggerTopicAndTarget, resource)).outcome);
        expect(violations).toHaveLength(3);
        expect(violations[0]).toContain("CustomerEndEvent is not part of this stack's handover");
        expect(violations[1]).toContain('targets type "Queue"');
        expect(violations[2]).toContain('data format "Json"');
    });
});

describe("enabled", () => {
    const disabledTrigger = trigger({ enabled: false });
    const message = `${ACW_TRIGGER} is not enabled (enabled: false), so Cognigy never learns that these handovers ended; set enabled: true`;

    test("prod requires every trigger to be enabled", async () => {
        const violations = violationsOf((await runResourcePolicyForStack("prod", triggerTopicAndTarget, disabledTrigger)).outcome);
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(message);
    });

    test("dev allows a switched-off trigger", async () => {
        expect(violationsOf((await runResourcePolicyForStack("dev", triggerTopicAndTarget, disabledTrigger)).outcome)).toEqual([]);
    });

    test.each([[false], [undefined], ["true"]])("without configuration (the code default) enabled: %p violates", async (enabled) => {
        const violations = violationsOf(await runResourcePolicy(triggerTopicAndTarget, trigger({ enabled })));
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(`is not enabled (enabled: ${JSON.stringify(enabled)})`);
    });
});

describe("configuration", () => {
    test("allowedTopics replaces the default topics", async () => {
        const config = { allowedTopics: [customerEnd.topic] };
        expect(violationsOf(await runResourcePolicy(triggerTopicAndTarget, trigger({ topicName: customerEnd.topic }), config))).toEqual([]);
        const violations = violationsOf(await runResourcePolicy(triggerTopicAndTarget, trigger({}), config));
        expect(violations).toEqual([`${ACW_TRIGGER} listens to "${acw.topic}", but AfterCallWorkEvent is not part of this stack's handover; set topicName to one of "${customerEnd.topic}".`]);
    });

    test("a mistyped setting fails loudly instead of passing (the CLI's schema check, before the policy runs)", async () => {
        await expect(runResourcePolicy(triggerTopicAndTarget, trigger({}), { requireEnabled: "no" })).rejects.toThrow(
            "validating policy config: cognigy-handover-contract 0.1.0  trigger-topic-and-target: /requireEnabled must be boolean",
        );
    });

    test("other resource types are not applicable", async () => {
        expect((await runResourcePolicy(triggerTopicAndTarget, { type: INTEGRATION_ACTION_TYPE, name: "action", props: {} })).kind).toBe("notApplicable");
    });
});
