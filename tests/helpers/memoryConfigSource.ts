import { ConfigSource } from "../../components/config/configReader";

/** Stack configuration held in memory: short keys of the project namespace, secrets listed separately. */
export function memoryConfigSource(
    stack: string,
    values: Record<string, string | undefined>,
    secretKeys: readonly string[] = [],
): ConfigSource {
    return {
        namespace: "cognigy-genesys-handover",
        stack,
        get: (key) => values[key],
        isSecret: (key) => secretKeys.includes(key),
        keys: () => Object.keys(values).filter((key) => values[key] !== undefined && !key.includes(":")),
    };
}

/** A valid webhook stack; tests override single keys to break it. */
export const VALID_WEBHOOK_CONFIG: Readonly<Record<string, string>> = {
    cognigyEndpoint: "https://endpoint-cognigy.acme-contact.example",
    genesysRegion: "eu-central-1",
    cognigyRelease: "4.99",
};
