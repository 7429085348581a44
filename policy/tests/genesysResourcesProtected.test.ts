import { genesysResourcesProtected } from "../policies/genesysResourcesProtected";
import { EVENT_RULE_TYPE, GENESYS_RESOURCE_TYPES } from "@cognigy-handover/contract";
import { ResourceUnderTest, runResourcePolicy, runResourcePolicyForStack, violationsOf } from "./policyHarness";

const resourceOf = (type: string, protect: boolean): ResourceUnderTest => ({ type, name: "resource", props: { name: "Genesys name" }, protect });

describe("prod", () => {
    test.each(GENESYS_RESOURCE_TYPES.map((type) => [type]))("an unprotected %s is a mandatory violation", async (type) => {
        const run = await runResourcePolicyForStack("prod", genesysResourcesProtected, resourceOf(type, false));
        expect(run.enforcementLevel).toBe("mandatory");
        const violations = violationsOf(run.outcome);
        expect(violations).toHaveLength(1);
        expect(violations[0]).toBe(
            `${type.split(":").pop()} "Genesys name" (Pulumi resource resource) is not protected, so a destroy or a rename deletes it and ` +
                "Cognigy silently stops learning that handovers ended. Set the stack config `protect: true` (or pass { protect: true } in the resource options).",
        );
    });

    test.each(GENESYS_RESOURCE_TYPES.map((type) => [type]))("a protected %s passes", async (type) => {
        expect(violationsOf((await runResourcePolicyForStack("prod", genesysResourcesProtected, resourceOf(type, true))).outcome)).toEqual([]);
    });

    test("resources of other providers are not applicable", async () => {
        const run = await runResourcePolicyForStack("prod", genesysResourcesProtected, resourceOf(EVENT_RULE_TYPE, false));
        expect(run.outcome.kind).toBe("notApplicable");
    });
});

describe("dev", () => {
    test.each(GENESYS_RESOURCE_TYPES.map((type) => [type]))("an unprotected %s is fine (advisory, requireProtect off)", async (type) => {
        const run = await runResourcePolicyForStack("dev", genesysResourcesProtected, resourceOf(type, false));
        expect(run.enforcementLevel).toBe("advisory");
        expect(run.outcome).toEqual({ kind: "notApplicable", reason: "requireProtect is off for this stack" });
    });
});

test("without configuration the code default (requireProtect false) applies", async () => {
    expect((await runResourcePolicy(genesysResourcesProtected, resourceOf(GENESYS_RESOURCE_TYPES[0], false))).kind).toBe("notApplicable");
    expect(violationsOf(await runResourcePolicy(genesysResourcesProtected, resourceOf(GENESYS_RESOURCE_TYPES[0], false), { requireProtect: true }))).toHaveLength(1);
});
