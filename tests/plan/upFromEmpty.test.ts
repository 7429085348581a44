/**
 * The state the simulated `pulumi up` writes is what a preview right after it finds unchanged, in one up: the
 * engine creates a resource before its dependents read its outputs, so a dependent is created with what the provider
 * computed (example-onprem's DLQ policy takes the queue's URL). Found by the engine tier: the real CLI's export of
 * that state made `plan --state` replace the policy, because the up had created it without a `queueUrl`.
 */
import * as path from "node:path";
import { previewAgainst, upFromEmpty } from "../../tools/plan/stateTransitions";
import { evaluateIsolated } from "../helpers/isolatedEvaluation";

const REPO_ROOT = path.resolve(__dirname, "..", "..");

describe("upFromEmpty", () => {
    jest.setTimeout(60_000);

    it("on example-onprem (AWS resources reading computed outputs) leaves nothing for the next preview", async () => {
        const target = { projectDir: REPO_ROOT, stack: "example-onprem" };
        const { state } = await upFromEmpty(evaluateIsolated, target);
        const policy = state.find((resource) => resource.type === "aws:sqs/queuePolicy:QueuePolicy");
        const queue = state.find((resource) => resource.type === "aws:sqs/queue:Queue");
        expect(policy?.inputs["queueUrl"]).toBe(queue?.outputs["url"]);
        const { planned } = await previewAgainst(evaluateIsolated, target, state);
        expect(planned.steps.filter((step) => step.op !== "same").map((step) => `${step.op} ${step.urn}`)).toEqual([]);
    });
});
