import * as pulumi from "@pulumi/pulumi";
import { ConfigSource } from "./configReader";

/**
 * `isConfigSecret` is part of the SDK's runtime (the engine passes the secret keys with the config) but
 * marked @internal, so its declaration is stripped from the published typings. It is the program's only use of a
 * Pulumi internal; tests/tools/pulumiInternals.test.ts fails by name if an SDK upgrade removes or changes it.
 */
const runtimeWithSecretKeys = pulumi.runtime as typeof pulumi.runtime & { isConfigSecret(key: string): boolean };

/**
 * The running stack's configuration. Reads through `pulumi.runtime.getConfig` rather than `pulumi.Config`
 * so that validating a secret does not log Pulumi's "value is a secret" warning; secrets are wrapped in
 * SecretValue by the reader and only ever reach resources as `pulumi.secret(...)`.
 */
export function pulumiConfigSource(namespace: string = pulumi.getProject()): ConfigSource {
    // A key with a namespace of its own (`genesyscloud:oauthclientId`) belongs to a provider.
    const fullKey = (key: string) => (key.includes(":") ? key : `${namespace}:${key}`);
    const prefix = `${namespace}:`;
    return {
        namespace,
        stack: pulumi.getStack(),
        get: (key) => pulumi.runtime.getConfig(fullKey(key)),
        isSecret: (key) => runtimeWithSecretKeys.isConfigSecret(fullKey(key)),
        keys: () =>
            Object.keys(pulumi.runtime.allConfig())
                .filter((key) => key.startsWith(prefix))
                .map((key) => key.slice(prefix.length)),
    };
}
