/**
 * Every problem of a workflow template rendering is listed at once, in one message, separated by ", ": the user
 * fixes them all in one go. (Mutation testing: the separators were never asserted with more than one problem.)
 */
import { renderWorkflowTemplate } from "../../components/webhook/workflowTemplate";

describe("renderWorkflowTemplate lists every problem of one kind", () => {
    test("values with double braces", () => {
        expect(() => renderWorkflowTemplate("a: {{x}} b: {{y}}", { x: "{{p}}", y: "q}}" })).toThrow(
            new Error("Workflow substitution values must not contain double braces (the provider could substitute into them): x, y"),
        );
    });

    test("placeholders written with spaces", () => {
        expect(() => renderWorkflowTemplate("a: {{ x }} b: {{y }}", { x: "X", y: "Y" })).toThrow(
            new Error(
                "Workflow template placeholders the provider would not replace (it replaces only the exact {{key}}, without spaces): {{ x }}, {{y }}",
            ),
        );
    });

    test("placeholders without a substitution", () => {
        expect(() => renderWorkflowTemplate("a: {{x}} b: {{ y }} c: {{z}}", { x: "X" })).toThrow(
            new Error("Workflow template placeholders without a substitution: y, z"),
        );
    });

    test("substitutions the template does not use", () => {
        expect(() => renderWorkflowTemplate("a: {{x}}", { x: "X", y: "Y", z: "Z" })).toThrow(
            new Error("Workflow substitutions that the template does not use: y, z"),
        );
    });
});
