/**
 * A flow a trigger still starts must never be deleted by hand: after a rename the triggers move to the new flow in
 * the same `up` that deletes the old one (the Flow is replaced create-before-delete), and an adopted flow is what the
 * triggers start until then. The pages an admin follows for renames must not say otherwise.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const docs = path.resolve(__dirname, "..", "..", "docs");
const page = (name: string) => fs.readFileSync(path.join(docs, name), "utf8").replace(/\s+/g, " ");

describe.each(["deploying.md", "adopt.md"])("docs/%s on renamed workflows", (name) => {
    it("never tells an admin to delete the old flow", () => {
        expect(page(name)).not.toMatch(/delete the old (flow|one|ones)\b/i);
    });

    it("says the rename is a create-before-delete replacement, and that nothing is deleted by hand", () => {
        expect(page(name)).toMatch(/renamed workflow is replaced, create-before-delete|Renaming a workflow \(e\.g\. changing `nameSuffix`\) replaces it, create-before-delete/);
        expect(page(name)).toMatch(/Delete (nothing|no flow) by hand/);
        expect(page(name)).toMatch(/pulumi state unprotect --stack prod '<the workflow's URN>'/);
    });
});
