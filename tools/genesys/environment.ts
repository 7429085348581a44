import { ConnectOptions, DEFAULT_TIMEOUT_MS } from "./genesysClient";
import { UserError } from "../userError";
import { maskCredentialsInText } from "../maskSecrets";

export const CLIENT_ID_VARIABLE = "GENESYSCLOUD_OAUTHCLIENT_ID";
export const CLIENT_SECRET_VARIABLE = "GENESYSCLOUD_OAUTHCLIENT_SECRET";
/** Login and API requests go here instead of the region's hosts (the SDK's gateway setting): API gateways, tests. */
export const BASE_URL_OVERRIDE_VARIABLE = "GENESYS_BASE_URL_OVERRIDE";

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Connection settings for a stack's region from the environment. Only the environment: a client secret in
 * stack configuration is encrypted, and these commands never decrypt anything.
 */
export function connectOptionsFromEnvironment(env: Environment, region: string, timeoutSeconds: number | undefined): ConnectOptions {
    const clientId = env[CLIENT_ID_VARIABLE]?.trim();
    const clientSecret = env[CLIENT_SECRET_VARIABLE];
    const missing = [clientId ? undefined : CLIENT_ID_VARIABLE, clientSecret ? undefined : CLIENT_SECRET_VARIABLE].filter((v) => v !== undefined);
    if (missing.length > 0 || !clientId || !clientSecret) {
        throw new UserError(
            `No Genesys credentials: ${missing.join(" and ")} ${missing.length === 1 ? "is" : "are"} not set. ` +
                `Fix: export ${CLIENT_ID_VARIABLE}=<client id> ${CLIENT_SECRET_VARIABLE}=<client secret> of a Client Credentials OAuth client ` +
                "whose role has the view permissions listed in docs/doctor.md.",
        );
    }
    const override = env[BASE_URL_OVERRIDE_VARIABLE];
    if (override !== undefined && /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(override.trim())) {
        throw new UserError(
            `${BASE_URL_OVERRIDE_VARIABLE} must not contain credentials (${JSON.stringify(maskCredentialsInText(override))}): the login uses ` +
                `${CLIENT_ID_VARIABLE}/${CLIENT_SECRET_VARIABLE}, and the URL is printed in messages. Fix: export ${BASE_URL_OVERRIDE_VARIABLE}=https://<gateway host>`,
        );
    }
    return {
        region,
        credentials: { clientId, clientSecret },
        timeoutMs: timeoutSeconds !== undefined ? timeoutSeconds * 1000 : DEFAULT_TIMEOUT_MS,
        baseUrlOverride: override !== undefined && override !== "" ? override : undefined,
    };
}

/** `--timeout` in seconds: a positive number, fractions allowed (tests use short ones). */
export function parseTimeoutSeconds(raw: string | undefined): number | undefined {
    if (raw === undefined) {
        return undefined;
    }
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new UserError(`--timeout "${raw}" must be a positive number of seconds. Fix: --timeout 20 (the default), or leave it out`);
    }
    return seconds;
}
