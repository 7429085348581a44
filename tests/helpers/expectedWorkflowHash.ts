/**
 * The Flow's `updateTriggerHash` as a test expects it, computed without the code under test: the committed template
 * with each `{{key}}` replaced by the literal the test writes out (the provider's plain replacement,
 * terraform-provider-genesyscloud v1.84.1 `genesyscloud/util/files/util_files.go`), then SHA-256 over that content, a
 * NUL byte and the data action's id (docs/contract-changes.md: a replaced action republishes the workflow).
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

const TEMPLATE = path.join(__dirname, "..", "..", "components", "webhook", "handover-workflow.yaml");

export function expectedWorkflowHash(substitutions: Readonly<Record<string, string>>, dataActionId: string): string {
    let content = fs.readFileSync(TEMPLATE, "utf8");
    for (const [key, value] of Object.entries(substitutions)) {
        content = content.split(`{{${key}}}`).join(value);
    }
    return createHash("sha256").update(content).update("\0").update(dataActionId).digest("hex");
}
