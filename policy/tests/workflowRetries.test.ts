import { FLOW_TYPE, PROCESS_AUTOMATION_TRIGGER_TYPE } from "@cognigy-handover/contract";
import { workflowRetries } from "../policies/workflowRetries";
import { acw, logicalName, triggerProps, workflowProps } from "./handoverFixtures";
import { ResourceUnderTest, runResourcePolicy, runResourcePolicyForStack, violationsOf } from "./policyHarness";

// The first run starts the policy analyzer, which takes longer than the default on a loaded machine.
jest.setTimeout(60000);

function workflow(attempts: string | undefined): ResourceUnderTest {
    const props = workflowProps(acw, { data_action_attempts: attempts });
    return { type: FLOW_TYPE, name: logicalName("workflow", acw), props };
}

describe("prod (minimumAttempts 2)", () => {
    test("the default 3 attempts pass", async () => {
        expect(violationsOf((await runResourcePolicyForStack("prod", workflowRetries, workflow("3"))).outcome)).toEqual([]);
    });

    test("a single try is a mandatory violation naming the fix", async () => {
        const run = await runResourcePolicyForStack("prod", workflowRetries, workflow("1"));
        expect(run.enforcementLevel).toBe("mandatory");
        expect(violationsOf(run.outcome)).toEqual([
            `workflow "${acw.workflowName}" (Pulumi resource ${logicalName("workflow", acw)}) calls the data action only 1 time(s); this stack requires at least 2, ` +
                "so one Cognigy 5xx, 429 or timeout does not lose the handover end. Fix: pulumi config set dataActionAttempts 3",
        ]);
    });
});

describe("dev (minimumAttempts 1)", () => {
    test("a single try is allowed", async () => {
        expect(violationsOf((await runResourcePolicyForStack("dev", workflowRetries, workflow("1"))).outcome)).toEqual([]);
    });

    test.each([["0"], ["6"], ["2.5"], ["three"], [undefined]])("data_action_attempts %s is out of range on every stack", async (attempts) => {
        expect(violationsOf((await runResourcePolicyForStack("dev", workflowRetries, workflow(attempts))).outcome)).toEqual([
            `workflow "${acw.workflowName}" (Pulumi resource ${logicalName("workflow", acw)}) has data_action_attempts ${JSON.stringify(attempts)}; ` +
                "it must be a whole number from 1 to 5 (the template's Loop count). Set the stack config dataActionAttempts.",
        ]);
    });
});

test("other workflows and other resources are not applicable", async () => {
    expect((await runResourcePolicy(workflowRetries, { type: FLOW_TYPE, name: "other", props: { substitutions: { workflow_name: "Other" } } })).kind).toBe("notApplicable");
    expect((await runResourcePolicy(workflowRetries, { type: PROCESS_AUTOMATION_TRIGGER_TYPE, name: "t", props: triggerProps(acw) })).kind).toBe("notApplicable");
});

test("without configuration the code default (minimumAttempts 1) applies", async () => {
    expect(violationsOf(await runResourcePolicy(workflowRetries, workflow("1")))).toEqual([]);
    expect(violationsOf(await runResourcePolicy(workflowRetries, workflow("1"), { minimumAttempts: 2 }))).toHaveLength(1);
});
