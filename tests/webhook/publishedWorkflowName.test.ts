import { flowNameProblem, publishedWorkflowName } from "../../components/webhook/publishedWorkflowName";

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

    test.each([
        ["201 characters", "W".repeat(201), "is 201 characters; Genesys allows at most 200"],
        ["a slash", "Workflow a/b", "contains a slash, which Genesys does not allow in a flow name"],
        ["a -debug ending", "Workflow x-debug", "ends in -debug, which Genesys reserves for a flow's debug version"],
        ["a -Debug ending", "Workflow x-Debug", "ends in -debug, which Genesys reserves for a flow's debug version"],
    ])("breaks Genesys' flow-name rules with %s", (_case, name, problem) => {
        expect(flowNameProblem(name)).toBe(problem);
        expect(() => publishedWorkflowName(`workflow:\n  name: "${name}"\n`)).toThrow(`The workflow name "${name}" ${problem}; change \`workflow.name\``);
    });

    test.each([["200 characters", "W".repeat(200)], ["a debug word inside", "Workflow debug-run (dev)"]])("is fine with %s", (_case, name) => {
        expect(flowNameProblem(name)).toBeUndefined();
    });
});
