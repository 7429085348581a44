import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import { PROVIDER_COMPUTED, flowYamlName, goJsonMarshal } from "../../tools/plan/readBack";
import { simulateUp } from "../../tools/plan/simulateUp";
import { registered, urnOf } from "./plannedResources";

describe("simulateUp: state after `pulumi up` from empty, per the provider model", () => {
    const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), "simulate-up-"));
    fs.writeFileSync(path.join(projectDir, "w.yaml"), 'workflow:\n  name: "{{workflow_name}} ({{ spaced }})"\n');
    afterAll(() => fs.rmSync(projectDir, { recursive: true, force: true }));

    const provider = registered(RESOURCE_TYPES.genesysProvider, "genesyscloud", { awsRegion: "eu-central-1" }, { id: "provider-id" });
    const flow = registered(
        RESOURCE_TYPES.flow,
        "workflow",
        { name: "workflow-1a2b3c4", filepath: "w.yaml", substitutions: { workflow_name: "Handover", spaced: "x" } },
        { id: "flow-id", provider: provider.urn },
    );
    const trigger = registered(
        RESOURCE_TYPES.trigger,
        "trigger",
        { name: "T", topicName: "t", enabled: true, target: { id: "flow-id", type: "Workflow" }, matchCriteria: '[{"value":"<M&>","jsonPath":"p"}]' },
        { id: "trigger-id", provider: provider.urn },
    );
    const integration = registered(RESOURCE_TYPES.integration, "integration", { integrationType: "custom-rest-actions" }, { id: "integration-id" });
    const state = simulateUp([provider, flow, trigger, integration], { projectDir });
    const byName = (name: string) => state.find((r) => r.urn.endsWith(`::${name}`));

    it("reads a flow's name back from its YAML after exact {{key}} substitution", () => {
        expect(byName("workflow")?.outputs["name"]).toBe("Handover ({{ spaced }})");
        expect(byName("workflow")?.inputs["name"]).toBe("workflow-1a2b3c4");
    });

    it("stores match criteria as Go's json.Marshal spells them", () => {
        expect(byName("trigger")?.outputs["matchCriteria"]).toBe('[{"jsonPath":"p","value":"\\u003cM\\u0026\\u003e"}]');
    });

    it("fills provider defaults, marks unknown computed values and computed outputs, keeps ids and provider references", () => {
        expect(byName("integration")?.outputs["intendedState"]).toBe("DISABLED");
        expect(byName("workflow")?.outputs["type"]).toBe(PROVIDER_COMPUTED);
        expect(byName("workflow")?.outputs["fileContentHash"]).toBe("workflow-offline-fileContentHash");
        expect(byName("workflow")?.outputs["id"]).toBe("flow-id");
        expect(byName("workflow")?.provider).toBe(`${urnOf(RESOURCE_TYPES.genesysProvider, "genesyscloud")}::provider-id`);
        // A provider's state is its configuration as given: no model defaults.
        expect(byName("genesyscloud")?.outputs).toEqual({ awsRegion: "eu-central-1", id: "provider-id" });
    });

    it("names the fix when a flow file is missing or unnamed", () => {
        expect(() => flowYamlName({ filepath: "missing.yaml" }, { projectDir })).toThrow(/missing.yaml does not exist: fix the Flow's `filepath`/);
        fs.writeFileSync(path.join(projectDir, "unnamed.yaml"), "workflow:\n  division: Home\n");
        expect(() => flowYamlName({ filepath: "unnamed.yaml" }, { projectDir })).toThrow(/has no name/);
    });

    it("goJsonMarshal leaves text that is not JSON as sent", () => {
        expect(goJsonMarshal("not json")).toBe("not json");
        expect(goJsonMarshal('{ "b": 1, "a": [ 2 ] }')).toBe('{"a":[2],"b":1}');
    });
});
