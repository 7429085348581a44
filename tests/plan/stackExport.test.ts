import * as path from "node:path";
import { EncryptedSecret } from "../../tools/plan/deployedState";
import { parseStackExport, readStackExport, toStackExport } from "../../tools/plan/stackExport";
import { UserError } from "../../tools/userError";

const FIXTURE = path.join(__dirname, "..", "fixtures", "stack-export", "convergence-project.converges.json");
const EXPECTED = { project: "convergence-project", stack: "converges" };

describe("pulumi stack export files", () => {
    it("reads the real checkpoint format: resources in order, ids, provider references, encrypted secrets kept unreadable", () => {
        const state = readStackExport(FIXTURE, EXPECTED);
        expect(state.map((r) => r.type)).toEqual([
            "pulumi:pulumi:Stack",
            "pulumi:providers:genesyscloud",
            "genesyscloud:index/flow:Flow",
            "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
        ]);
        const trigger = state[3];
        expect(trigger.id).toBe("5e8d2c1b-9a7f-4e3d-b2c1-0f9e8d7c6b5a");
        expect(trigger.provider).toBe(`${state[1].urn}::2f0c6d0e-7b6a-4f53-9a8d-5c3e1b2a4d6f`);
        expect(trigger.propertyDependencies["target"]).toEqual([state[2].urn]);
        expect(state[0].outputs["cognigyApiKey"]).toBeInstanceOf(EncryptedSecret);
        expect(state[0].outputSecretPaths).toEqual(["cognigyApiKey"]);
    });

    it("round-trips through the writer, secrets as `--show-secrets` writes them", () => {
        const state = readStackExport(FIXTURE, EXPECTED);
        const written = toStackExport([{ ...state[2], parent: undefined, provider: undefined, secretPaths: ["substitutions.workflow_name"] }]);
        expect(written.version).toBe(3);
        expect(written.deployment.resources?.[0].inputs?.["substitutions"]).toEqual({
            workflow_name: { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", plaintext: '"Convergence Workflow"' },
        });
        const reread = parseStackExport(JSON.parse(JSON.stringify(written)), "round-trip", EXPECTED);
        expect(reread[0].inputs).toEqual(state[2].inputs);
        expect(reread[0].secretPaths).toEqual(["substitutions.workflow_name"]);
    });

    const problems: Array<[string, unknown, RegExp]> = [
        ["not an export", { resources: [] }, /no `deployment` object/],
        ["an old version", { version: 2, deployment: {} }, /deployment version 2 is not 3. Fix: export it again/],
        ["pending operations", { version: 3, deployment: { pending_operations: [{}] } }, /1 pending operation\(s\).*pulumi refresh/],
        ["a bad urn", { version: 3, deployment: { resources: [{ urn: "x", type: "t", custom: false }] } }, /"x" is not a Pulumi URN/],
        [
            "another stack",
            { version: 3, deployment: { resources: [{ urn: "urn:pulumi:prod::convergence-project::pulumi:pulumi:Stack::s", type: "pulumi:pulumi:Stack", custom: false }] } },
            /belongs to stack prod .* export the right stack/,
        ],
        [
            "a custom resource without id",
            { version: 3, deployment: { resources: [{ urn: "urn:pulumi:converges::convergence-project::a:b:C::c", type: "a:b:C", custom: true }] } },
            /custom resource without an `id`/,
        ],
        [
            "a dangling provider",
            { version: 3, deployment: { resources: [{ urn: "urn:pulumi:converges::convergence-project::a:b:C::c", type: "a:b:C", custom: true, id: "1", provider: "urn:pulumi:converges::convergence-project::pulumi:providers:a::p::9" }] } },
            /does not name a provider/,
        ],
    ];
    for (const [what, content, message] of problems) {
        it(`refuses ${what}, naming the problem`, () => {
            expect(() => parseStackExport(content, "state.json", EXPECTED)).toThrow(UserError);
            expect(() => parseStackExport(content, "state.json", EXPECTED)).toThrow(message);
        });
    }
});
