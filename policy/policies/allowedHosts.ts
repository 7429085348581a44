/**
 * The endpoint allowlist both delivery paths share (send-event-action-contract for the webhook data action,
 * eventbridge-api-destination for the EventBridge API destination): exact host names, by default the known Cognigy
 * hosts, otherwise the ones a stack's policy configuration lists. No patterns: `endpoint-*` would let any domain
 * whose name starts so receive every handover's conversation ids.
 */
import type { PolicyConfigSchema } from "@pulumi/policy";

type PolicyConfigJSONSchema = PolicyConfigSchema["properties"][string];
import { HOST_NAME_PATTERN, isAllowedHost, KNOWN_COGNIGY_ENDPOINT_HOSTS, maskUrlCredentials } from "@cognigy-handover/contract";
import { quoteAll, stringListSetting } from "./policySupport";

export const ALLOWED_HOSTS_SETTING: PolicyConfigJSONSchema = {
    type: "array",
    items: { type: "string", pattern: HOST_NAME_PATTERN.source, maxLength: 253 },
    minItems: 1,
    default: [...KNOWN_COGNIGY_ENDPOINT_HOSTS],
    description:
        "Exact host names (lower case, no wildcards) the handover events may be sent to, e.g. endpoint-app.cognigy.ai. " +
        "Default: the known Cognigy SaaS endpoint hosts; a self-hosted or other Cognigy lists its own.",
};

/** The configured list; the schema has already refused patterns, so an entry that is no host name here is a defect. */
export function allowedHostsSetting(policyName: string, settings: Readonly<Record<string, unknown>>): string[] {
    const hosts = stringListSetting(policyName, settings, "allowedHosts");
    const bad = hosts.filter((host) => !HOST_NAME_PATTERN.test(host));
    if (bad.length > 0) {
        throw new Error(`Policy ${policyName}: allowedHosts must be exact lower-case host names, not ${quoteAll(bad)}.`);
    }
    return hosts;
}

/** Why `url`'s host may not receive handover events, or undefined when it may. Credentials in the URL are refused, never shown. */
export function hostProblem(url: URL, allowedHosts: readonly string[]): string | undefined {
    if (url.username !== "" || url.password !== "") {
        return `has credentials in its URL ${JSON.stringify(maskUrlCredentials(url.href))}; credentials go into the integration's credential, never the URL.`;
    }
    if (!isAllowedHost(url.hostname, allowedHosts)) {
        return (
            `calls host ${JSON.stringify(url.hostname)}, which is not one of the allowed hosts ${quoteAll(allowedHosts)}; ` +
            `point it at your Cognigy endpoint (cognigyEndpoint), or add that exact host to allowedHosts in the stack's policy config.`
        );
    }
    return undefined;
}
