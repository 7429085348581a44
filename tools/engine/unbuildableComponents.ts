/**
 * The rest of the sandbox toolchain (issue: the real CLI, language host, dynamic bridge and genesyscloud provider
 * against a local Genesys API). The CLI builds from the module proxy (pulumiCliBuild.ts); these do not: on
 * 2026-12-04 the proxy answered 403 "This module version is not available" for every version of each, a commit
 * included. engine:build asks again on every run, so the day the proxy serves one, its output says so.
 */
import { spawnSync } from "node:child_process";
import { ENGINE_MODULE_DIR } from "./pulumiCliBuild";

interface Component {
    readonly name: string;
    readonly module: string;
    readonly version: string;
}

export const UNBUILDABLE_COMPONENTS: readonly Component[] = [
    {
        name: "the Node.js language host (runs the program and the policy pack for the CLI)",
        module: "github.com/pulumi/pulumi/sdk/nodejs/cmd/pulumi-language-nodejs/v3",
        // It has no tags of its own: a release is asked for by the commit of its tag.
        version: "latest",
    },
    { name: "the genesyscloud Terraform provider", module: "github.com/mypurecloud/terraform-provider-genesyscloud", version: "v1.84.1" },
    { name: "its Platform API SDK", module: "github.com/mypurecloud/platform-client-sdk-go/v192", version: "v192.0.0" },
];

export interface ComponentStatus extends Component {
    readonly status: string;
}

/** Asks the module proxy for each component (`go list -m -e -json`, no download of the module itself). */
export function probeUnbuildableComponents(): ComponentStatus[] {
    const result = spawnSync("go", ["list", "-m", "-e", "-json", ...UNBUILDABLE_COMPONENTS.map((c) => `${c.module}@${c.version}`)], {
        cwd: ENGINE_MODULE_DIR,
        encoding: "utf8",
        timeout: 60_000,
    });
    const answers = (result.stdout ?? "")
        .split(/\n}\n?/)
        .filter((chunk) => chunk.trim() !== "")
        .map((chunk) => JSON.parse(`${chunk}\n}`) as { Path: string; Version: string; Error?: { Err: string } });
    return UNBUILDABLE_COMPONENTS.map((component) => {
        const answer = answers.find((a) => a.Path === component.module);
        const refusal = answer?.Error?.Err.match(/(\d{3} [A-Za-z ]+)\n\s*server response: (.*)/);
        const status = answer === undefined
            ? `the module proxy did not answer (${(result.stderr ?? "").trim() || "no output"})`
            : answer.Error
              ? `the Go module proxy refuses it (${refusal ? `${refusal[1].trim()}: ${refusal[2].trim()}` : answer.Error.Err.trim()}), so the sandbox and the real-engine preview tests cannot run here`
              : `the module proxy now serves ${answer.Version}: the sandbox can be built (see docs/sandbox.md)`;
        return { ...component, status };
    });
}
