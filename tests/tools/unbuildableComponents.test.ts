/**
 * engine:build lists the toolchain parts the Go module proxy refused (every version, 2026-12-04) without asking the
 * proxy for them again on each run: nothing in that list may start a process.
 */
import * as path from "node:path";
import { unbuildableComponentLines } from "../../tools/engine/unbuildableComponents";
import { importedModules } from "../helpers/importedModules";

const repoRoot = path.resolve(__dirname, "..", "..");

describe("what engine:build cannot build", () => {
    it("is listed from what the proxy answered, with no call to go or the proxy", () => {
        const imported = importedModules(path.join(repoRoot, "tools", "engine", "unbuildableComponents.ts"));
        expect(imported.filter((specifier) => /child_process|pulumiCliBuild/.test(specifier))).toEqual([]);
    });

    it("names each module, its version and the refusal", () => {
        expect(unbuildableComponentLines()).toEqual([
            "not built: the Node.js language host (runs the program and the policy pack for the CLI) (github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3@latest): the Go module proxy refused it on 2026-12-04 (403 Forbidden: This module version is not available), so the sandbox and the real-engine preview tests cannot run here (docs/sandbox.md)",
            "not built: the genesyscloud Terraform provider (github.com/mypurecloud/terraform-provider-genesyscloud@v1.84.1): the Go module proxy refused it on 2026-12-04 (403 Forbidden: This module version is not available), so the sandbox and the real-engine preview tests cannot run here (docs/sandbox.md)",
            "not built: its Platform API SDK (github.com/mypurecloud/platform-client-sdk-go/v192@v192.0.0): the Go module proxy refused it on 2026-12-04 (403 Forbidden: This module version is not available), so the sandbox and the real-engine preview tests cannot run here (docs/sandbox.md)",
        ]);
    });
});
