/**
 * The rest of the sandbox toolchain (issue: the real CLI, language host, dynamic bridge and genesyscloud provider
 * against a local Genesys API). The CLI builds from the module proxy (pulumiCliBuild.ts); these do not: on
 * 2026-12-04 the proxy answered 403 "This module version is not available" for every version of each, a commit
 * included. engine:build does not ask for them again (the answer was the same for every version, and asking costs
 * a proxy round trip on every run); it says what is missing and why. To ask by hand: `go list -m -e -json
 * <module>@<version>` in tools/engine.
 */

interface Component {
    readonly name: string;
    readonly module: string;
    readonly version: string;
}

/** When and how the module proxy refused them. */
export const PROXY_REFUSAL = "the Go module proxy refused it on 2026-12-04 (403 Forbidden: This module version is not available)";

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

/** One line per component engine:build cannot build, without asking the proxy again. */
export function unbuildableComponentLines(): string[] {
    return UNBUILDABLE_COMPONENTS.map(
        (component) =>
            `not built: ${component.name} (${component.module}@${component.version}): ${PROXY_REFUSAL}, so the sandbox and the real-engine preview tests cannot run here (docs/sandbox.md)`,
    );
}
