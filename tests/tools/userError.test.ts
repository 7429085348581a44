/** Every command prints a failure the same way: the message alone for what the user can fix, the stack for a bug. */
import { PolicyPackError } from "../../policy/analyzerClient/policyPackError";
import { failureText, isUserError, UserError } from "../../tools/userError";

test("a user error prints as `<command>: <message>`, with no stack trace", () => {
    expect(failureText("plan", new UserError("--stack is required: pass --stack <name>."))).toBe("plan: --stack is required: pass --stack <name>.\n");
});

test("anything else is a bug in the tool: the stack is kept for the bug report", () => {
    const bug = new TypeError("cannot read properties of undefined");
    const text = failureText("doctor", bug);
    expect(text.startsWith("doctor: cannot read properties of undefined\n")).toBe(true);
    expect(text).toContain("TypeError: cannot read properties of undefined\n    at ");
});

test("a UserError from another module registry (jest isolation, re-evaluated programs) is still recognised by its name", () => {
    const foreign = new Error("Missing required configuration variable");
    foreign.name = "UserError";
    expect(isUserError(foreign)).toBe(true);
    expect(isUserError(new Error("x"))).toBe(false);
    expect(isUserError("a string")).toBe(false);
});

test("the analyzer client's PolicyPackError (a pack or pack config the CLI would refuse) is a user error too", () => {
    expect(isUserError(new PolicyPackError("No PulumiPolicy.yaml in /x."))).toBe(true);
    expect(failureText("plan", new PolicyPackError("No PulumiPolicy.yaml in /x."))).toBe("plan: No PulumiPolicy.yaml in /x.\n");
});
