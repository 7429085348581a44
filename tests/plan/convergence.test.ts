import { perpetualDiffs } from "../../tools/plan/convergence";
import { PlanStep } from "../../tools/plan/planSteps";

/** What the preview right after an up would still change, from hand-written steps of that second preview. */

const unmasked = () => ({ planned: undefined, stored: undefined });

function step(op: PlanStep["op"], urn: string, logical = true): PlanStep {
    return { op, urn, type: "genesyscloud:index/flow:Flow", logical, causedBy: [] };
}

describe("perpetualDiffs", () => {
    it("reports a resource the second preview would create or delete: its URN is not stable between runs", () => {
        expect(perpetualDiffs([step("create", "urn:new"), step("delete", "urn:old")], unmasked)).toEqual([
            {
                urn: "urn:new",
                type: "genesyscloud:index/flow:Flow",
                op: "create",
                behaviour: "the program registers it under a URN the up did not create (its name or parent changes between runs)",
            },
            {
                urn: "urn:old",
                type: "genesyscloud:index/flow:Flow",
                op: "delete",
                behaviour: "the up created it, but the program no longer registers it under that URN (its name or parent changes between runs)",
            },
        ]);
    });

    it("reports nothing for same steps and for the physical halves of a replacement", () => {
        expect(perpetualDiffs([step("same", "urn:a"), step("create-replacement", "urn:b", false), step("delete-replaced", "urn:b", false)], unmasked)).toEqual([]);
    });
});
