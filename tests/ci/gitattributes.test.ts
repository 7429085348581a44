/**
 * A Flow's file is hashed byte for byte (provider v1.84.1 genesyscloud/validators/validators.go:424-455): a checkout
 * that turned its line ends into CRLF would change the hash and republish the workflows on every `up` from that
 * machine. The root .gitattributes pins every such file to LF, whatever the machine's core.autocrlf says.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { WORKFLOW_TEMPLATE_FILEPATH } from "../../components/webhook/workflowTemplate";

const repoRoot = path.resolve(__dirname, "..", "..");

function attributes(file: string): Record<string, string> {
    const output = execFileSync("git", ["check-attr", "text", "eol", "--", file], { cwd: repoRoot, encoding: "utf8" });
    return Object.fromEntries(output.trim().split("\n").map((line) => line.split(": ").slice(1) as [string, string]));
}

describe("line ends of the files whose bytes are hashed", () => {
    it.each([WORKFLOW_TEMPLATE_FILEPATH, "tests/fixtures/convergence-project/workflow.yaml", "tests/fixtures/broken-project/workflow.yaml"])(
        "%s is text with LF line ends on every checkout",
        (file) => {
            expect(attributes(file)).toEqual({ text: "set", eol: "lf" });
        },
    );

    it.each([".ci/run", ".ci/stacks", ".ci/offline-plan-diff", ".ci/node/activate.sh"])("%s, run by bash, is LF on every checkout", (file) => {
        expect(attributes(file)).toEqual({ text: "set", eol: "lf" });
    });
});
