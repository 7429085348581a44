import {
    FLOW_TYPE,
    handoverMatchCriteriaJson,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
    WEBHOOK_EVENTS,
} from "@cognigy-handover/contract";
import { TRIGGER_SCOPED_IN_SHARED_ORG, triggerScopedInSharedOrg } from "../policies/triggerScopedInSharedOrg";
import { acw, DOCUMENTED_MATCH_CRITERIA, triggerProps } from "./handoverFixtures";
import { ResourceUnderTest, RULE_CASE_STACK, STACKS, runResourcePolicy, runResourcePolicyForStack, stackPolicyConfig, violationsOf } from "./policyHarness";

const PROD_QUEUE = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const OTHER_QUEUE = "c0ffee00-1234-4abc-9def-0123456789ab";
const SHARED = { sharedOrg: true };

const criteria = (...extra: object[]): string =>
    JSON.stringify([{ jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" }, { jsonPath: "messageType", operator: "Equal", value: "OPEN" }, ...extra]);

function trigger(overrides: Record<string, unknown>): ResourceUnderTest {
    return { type: PROCESS_AUTOMATION_TRIGGER_TYPE, name: "acw-trigger", props: triggerProps(acw, overrides) };
}

test("the committed dev and prod policy configs both say the org is shared, and the policy is mandatory", () => {
    for (const stack of STACKS) {
        const config = stackPolicyConfig(stack, triggerScopedInSharedOrg);
        expect([stack, config.enforcementLevel, config.settings]).toEqual([stack, "mandatory", { sharedOrg: true }]);
    }
});

describe(`rule cases (${RULE_CASE_STACK} config, sharedOrg: true)`, () => {
    const stack = RULE_CASE_STACK;
    test.each(WEBHOOK_EVENTS.map((event) => [event.name, event] as const))("the %s trigger the program writes with handoverQueueIds passes", async (_name, event) => {
        const run = await runResourcePolicyForStack(stack, triggerScopedInSharedOrg, {
            type: PROCESS_AUTOMATION_TRIGGER_TYPE,
            name: "trigger",
            props: triggerProps(event, { matchCriteria: handoverMatchCriteriaJson([PROD_QUEUE]) }),
        });
        expect(violationsOf(run.outcome)).toEqual([]);
    });

    test("an unscoped trigger violates, naming both fixes", async () => {
        const run = await runResourcePolicyForStack(stack, triggerScopedInSharedOrg, trigger({ matchCriteria: DOCUMENTED_MATCH_CRITERIA }));
        const violations = violationsOf(run.outcome);
        expect(violations).toHaveLength(1);
        expect(violations[0]).toContain(
            `Trigger "${acw.triggerName}" (Pulumi resource acw-trigger) on ${acw.topic} is enabled in a Genesys org this stack shares (sharedOrg: true) ` +
                "but is not scoped to this stack's queues: no criterion requires queueId to be one of this stack's queues (Equal or In).",
        );
        expect(violations[0]).toContain("pulumi config set --path 'handoverQueueIds[0]' <queue id> -s <stack>");
        expect(violations[0]).toContain("pulumi config set triggersEnabled false -s <stack>");
    });

    test("a disabled unscoped trigger passes: it posts nothing", async () => {
        const run = await runResourcePolicyForStack(stack, triggerScopedInSharedOrg, trigger({ matchCriteria: DOCUMENTED_MATCH_CRITERIA, enabled: false }));
        expect(violationsOf(run.outcome)).toEqual([]);
    });
});

test.each([
    ["Equal one queue", criteria({ jsonPath: "queueId", operator: "Equal", value: PROD_QUEUE })],
    ["In two queues, $.queueId spelling", criteria({ jsonPath: "$.queueId", operator: "In", values: [PROD_QUEUE, OTHER_QUEUE] })],
    ["In plus a NotIn that narrows further", criteria({ jsonPath: "queueId", operator: "In", values: [PROD_QUEUE, OTHER_QUEUE] }, { jsonPath: "queueId", operator: "NotIn", values: [OTHER_QUEUE] })],
    ["two In criteria with a queue in common", criteria({ jsonPath: "queueId", operator: "In", values: [PROD_QUEUE, OTHER_QUEUE] }, { jsonPath: "queueId", operator: "In", values: [PROD_QUEUE] })],
])("scoped criteria pass: %s", async (_label, matchCriteria) => {
    expect(violationsOf(await runResourcePolicy(triggerScopedInSharedOrg, trigger({ matchCriteria }), SHARED))).toEqual([]);
});

test.each([
    ["NotIn other queues (lets every other queue through)", criteria({ jsonPath: "queueId", operator: "NotIn", values: [OTHER_QUEUE] }), "no criterion requires queueId to be one of this stack's queues (Equal or In)"],
    ["Exists (every queue)", criteria({ jsonPath: "queueId", operator: "Exists", value: true }), "no criterion requires queueId to be one of this stack's queues"],
    ["a nested path, which is another field", criteria({ jsonPath: "$.conversation.queueId", operator: "Equal", value: PROD_QUEUE }), "no criterion requires queueId"],
    ["an empty In", criteria({ jsonPath: "queueId", operator: "In", values: [] }), "criterion #3 on queueId is In [], which is not a non-empty list of queue ids"],
    ["a queue name instead of its id", criteria({ jsonPath: "queueId", operator: "In", values: ["Cognigy Support"] }), 'criterion #3 on queueId admits "Cognigy Support", which is not a queue id (lower-case UUIDs), so no event ever matches it'],
    ["an upper-case id", criteria({ jsonPath: "queueId", operator: "Equal", value: PROD_QUEUE.toUpperCase() }), "which is not a queue id (lower-case UUIDs)"],
    ["two In criteria without a queue in common", criteria({ jsonPath: "queueId", operator: "In", values: [PROD_QUEUE] }, { jsonPath: "queueId", operator: "Equal", value: OTHER_QUEUE }), "the queueId criteria admit no queue in common, so the trigger can never fire"],
    ["no criteria at all", undefined, "matchCriteria is not set"],
])("violates with %s", async (_label, matchCriteria, problem) => {
    const violations = violationsOf(await runResourcePolicy(triggerScopedInSharedOrg, trigger({ matchCriteria }), SHARED));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(problem);
});

test("a stack whose org is not shared may leave its triggers unscoped (the default)", async () => {
    const outcome = await runResourcePolicy(triggerScopedInSharedOrg, trigger({ matchCriteria: DOCUMENTED_MATCH_CRITERIA }));
    expect(outcome).toEqual({ kind: "notApplicable", reason: "The stack's policy config does not say its Genesys org is shared (sharedOrg: false)" });
});

test("other resources and non-conversation topics are not applicable", async () => {
    expect((await runResourcePolicy(triggerScopedInSharedOrg, { type: FLOW_TYPE, name: "workflow", props: {} }, SHARED)).kind).toBe("notApplicable");
    const presence = trigger({ topicName: "v2.detail.events.user.{id}.presence", matchCriteria: undefined });
    expect((await runResourcePolicy(triggerScopedInSharedOrg, presence, SHARED)).kind).toBe("notApplicable");
});

test("the policy's name is the one the configs use", () => {
    expect(TRIGGER_SCOPED_IN_SHARED_ORG).toBe("trigger-scoped-in-shared-org");
});
