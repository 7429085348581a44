/**
 * Where handover events may go, and how a URL is shown. The program, the policy pack and the tools share these so
 * a host the pack accepts is one the program can produce, and no command prints a URL's credentials.
 */

/**
 * The Cognigy endpoint hosts the policy pack allows when a stack's policy configuration lists none: the SaaS host
 * Cognigy's guides name for Open Messaging handovers (Cognigy docs, Genesys Cloud Open Messaging handover reference
 * and EventBridge page: `https://endpoint-app.cognigy.ai/handover/genesysCloudOM`). The HTTP webhooks page's example
 * `endpoint-trial.cognigy.ai` is left out: the same docs say Open Messaging cannot be used in the trial environment.
 * Any other host (another SaaS region, a dedicated or self-hosted install) is listed per stack, exactly.
 */
export const KNOWN_COGNIGY_ENDPOINT_HOSTS: readonly string[] = ["endpoint-app.cognigy.ai"];

/**
 * A DNS host name in lower case, at least two labels of letters, digits and inner hyphens: what an allowlist entry and
 * a configured endpoint host must be. No wildcard, no `$`/braces (a Velocity or workflow placeholder), no IP literal
 * with brackets, no credentials. No look-around: the Pulumi CLI checks policy config schemas with Go's RE2.
 */
export const HOST_NAME_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Whether `host` (any case, from a parsed URL's `hostname`) is one of `allowed`, compared exactly, case-insensitively. */
export function isAllowedHost(host: string, allowed: readonly string[]): boolean {
    const wanted = host.toLowerCase();
    return allowed.some((entry) => entry.toLowerCase() === wanted);
}

/** The mask shown instead of a URL's user and password. */
export const URL_CREDENTIALS_MASK = "[secret]";

/**
 * `text` with the user-info part of every URL in it (`https://user:password@host`) replaced by `[secret]`, for
 * messages, logs and reports that show URLs or request templates. The scheme may be any (`https`, `http`, `wss`);
 * what sits between `//` and the first `@` before a `/`, `?`, `#`, quote or white space is taken as credentials.
 */
export function maskUrlCredentials(text: string): string {
    return text.replace(/([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^\s/?#@"'<>`]*@/g, `$1${URL_CREDENTIALS_MASK}@`);
}

/** The first control character (C0, DEL, C1, or a Unicode line/paragraph separator) in `text`, as `U+XXXX`. */
export function firstControlCharacter(text: string): string | undefined {
    // eslint-disable-next-line no-control-regex -- finding control characters is what this function is for
    const match = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.exec(text);
    return match === null ? undefined : `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
