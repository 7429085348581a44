import { ConfigReader } from "./configReader";
import { REFUSED_CREDENTIAL_KEYS } from "./deployCredentials";

/**
 * Keys only the EventBridge path reads; on a webhook stack they would be ignored, so settings.ts reports them.
 * (includeUserStartEvent has a default in Pulumi.yaml, so the CLI always sets it: it is checked on its own.)
 */
export const EVENTBRIDGE_ONLY_KEYS: readonly string[] = [
    "cognigyOrganisationId",
    "eventbridgeHosting",
    "eventbridgeAwsAccountId",
    "eventbridgeAwsRegion",
    "eventbridgeApiKey",
    "eventbridgeRateLimitPerSecond",
    "eventbridgeMaximumEventAgeSeconds",
    "eventbridgeMaximumRetryAttempts",
    "eventbridgeAlarmTopicArn",
];

/**
 * Every key of the project namespace the program reads. A key outside this list is a typo or a leftover
 * (`triggerEventTTLSeconds` would otherwise leave the TTL silently unset), so it is reported with the nearest
 * known key. A test checks that the settings read nothing outside this list and that the README documents it.
 */
export const KNOWN_CONFIG_KEYS: readonly string[] = [
    "delivery",
    "cognigyRelease",
    "webhookSetupPredates4100",
    "cognigyEndpoint",
    "genesysRegion",
    "nameSuffix",
    "architectDivision",
    "protect",
    "handoverQueueIds",
    "triggersEnabled",
    "triggerEventTtlSeconds",
    "triggerDelayBySeconds",
    "dataActionTimeoutSeconds",
    "workflowLogLevel",
    "dataActionAttempts",
    "credentialType",
    "basicAuthUsername",
    "basicAuthPassword",
    "userDefinedCredentialFields",
    "includeUserStartEvent",
    ...EVENTBRIDGE_ONLY_KEYS,
    "keepWebhookDuringMigration",
];

/** Keys of the genesyscloud provider's own namespace that people set in the project's by mistake. */
const PROVIDER_KEYS: readonly string[] = ["oauthclientId", "oauthclientSecret", "accessToken", "awsRegion"];

/** Edit distance (insert, delete, substitute, swap two neighbours), case-insensitive. */
export function editDistance(a: string, b: string): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= s.length; i++) {
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[s.length][t.length];
}

/** The known key closest to `key`, if it is close enough to be the one meant. */
export function nearestKnownKey(key: string, known: readonly string[] = KNOWN_CONFIG_KEYS): string | undefined {
    const tolerance = Math.max(2, Math.floor(key.length / 4));
    let best: { key: string; distance: number } | undefined;
    for (const candidate of known) {
        const distance = editDistance(key, candidate);
        if (distance <= tolerance && (best === undefined || distance < best.distance)) {
            best = { key: candidate, distance };
        }
    }
    return best?.key;
}

/** Reports every key the stack sets in the project namespace that the program does not read. Values are never shown. */
export function reportUnknownKeys(reader: ConfigReader, known: readonly string[] = KNOWN_CONFIG_KEYS): void {
    const stack = reader.source.stack;
    for (const key of reader.source.keys()) {
        if (known.includes(key)) {
            continue;
        }
        const remove = `pulumi config rm ${key} -s ${stack}`;
        const providerKey = PROVIDER_KEYS.find((candidate) => candidate.toLowerCase() === key.toLowerCase());
        const credentialVariable = providerKey !== undefined ? REFUSED_CREDENTIAL_KEYS[`genesyscloud:${providerKey}`]?.variable : undefined;
        if (credentialVariable !== undefined) {
            reader.problem(
                key,
                `is a credential of the genesyscloud provider; credentials are not accepted in stack configuration (value not shown). ` +
                    `Fix: ${remove}, then export ${credentialVariable}=<value> where the stack is deployed (docs/ci.md)`,
            );
            continue;
        }
        if (providerKey !== undefined) {
            reader.problem(
                key,
                `is a setting of the genesyscloud provider, not of ${reader.source.namespace}, so it would be ignored. ` +
                    `Did you mean genesyscloud:${providerKey}? Fix: ${remove}, then pulumi config set genesyscloud:${providerKey} <value> -s ${stack}`,
            );
            continue;
        }
        const nearest = nearestKnownKey(key, known);
        reader.problem(
            key,
            nearest !== undefined
                ? `is not a setting of ${reader.source.namespace}, so it would be ignored. Did you mean ${nearest}? ` +
                      `Fix: ${remove}, then pulumi config set ${nearest} <value> -s ${stack}`
                : `is not a setting of ${reader.source.namespace}, so it would be ignored (README, "Configuration reference" lists them all). Fix: ${remove}`,
        );
    }
}
