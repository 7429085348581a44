import { publishedWorkflowName } from "../../components/webhook/publishedWorkflowName";

describe("the name Architect publishes a workflow under", () => {
    test("is workflow.name of the rendered YAML", () => {
        expect(publishedWorkflowName('workflow:\n  name: "Workflow conversation.id.acw (dev)"\n  division: Home\n')).toBe(
            "Workflow conversation.id.acw (dev)",
        );
    });

    test.each([
        ["no workflow section", "inboundCall:\n  name: x\n"],
        ["an empty name", 'workflow:\n  name: ""\n'],
        ["a non-string name", "workflow:\n  name:\n    - a\n"],
        ["a scalar document", "just text\n"],
    ])("is refused with the fix for %s", (_case, yaml) => {
        expect(() => publishedWorkflowName(yaml)).toThrow(/set `name: "\{\{workflow_name\}\}"` under `workflow:` in components\/webhook\/handover-workflow\.yaml/);
    });
});
