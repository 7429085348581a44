/**
 * Rule: an EventBridge API destination must POST over https to Cognigy's handover path on an allowed host (the
 * same exact allowlist as the webhook data action). Anything else either never reaches the handover service, sends
 * customer addresses in clear text, or sends them to someone who is not Cognigy.
 */
import type { PolicyConfigSchema, ResourceValidationPolicy } from "@pulumi/policy";
import { COGNIGY_HANDOVER_PATH, EVENT_API_DESTINATION_TYPE, maskUrlCredentials } from "@cognigy-handover/contract";
import { ALLOWED_HOSTS_SETTING, allowedHostsSetting, hostProblem } from "./allowedHosts";
import { describeResource } from "./policySupport";

export const EVENTBRIDGE_API_DESTINATION = "eventbridge-api-destination";
const REQUIRED_METHOD = "POST";

const configSchema: PolicyConfigSchema = { properties: { allowedHosts: ALLOWED_HOSTS_SETTING } };

export function apiDestinationProblems(invocationEndpoint: unknown, httpMethod: unknown, allowedHosts: readonly string[]): string[] {
    const problems: string[] = [];
    if (typeof invocationEndpoint !== "string") {
        problems.push("invocationEndpoint is not set");
    } else {
        let url: URL | undefined;
        try {
            url = new URL(invocationEndpoint);
        } catch {
            problems.push(`invocationEndpoint ${JSON.stringify(maskUrlCredentials(invocationEndpoint))} is not a URL`);
        }
        if (url !== undefined) {
            const shown = JSON.stringify(maskUrlCredentials(invocationEndpoint));
            if (url.protocol !== "https:") {
                problems.push(`invocationEndpoint ${shown} is not https`);
            }
            if (url.pathname !== COGNIGY_HANDOVER_PATH || url.search !== "" || url.hash !== "") {
                problems.push(`invocationEndpoint ${shown} does not end in exactly ${COGNIGY_HANDOVER_PATH}`);
            }
            const hostProblemText = hostProblem(url, allowedHosts);
            if (hostProblemText !== undefined) {
                problems.push(`invocationEndpoint ${hostProblemText.replace(/[.;]$/, "")}`);
            }
        }
    }
    if (httpMethod !== REQUIRED_METHOD) {
        problems.push(`httpMethod is ${JSON.stringify(httpMethod)} instead of ${REQUIRED_METHOD}`);
    }
    return problems;
}

export const eventbridgeApiDestination: ResourceValidationPolicy = {
    name: EVENTBRIDGE_API_DESTINATION,
    description: `EventBridge API destinations must ${REQUIRED_METHOD} over https to ${COGNIGY_HANDOVER_PATH} on an allowed Cognigy endpoint host.`,
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema,
    validateResource: (args, reportViolation) => {
        if (args.type !== EVENT_API_DESTINATION_TYPE) {
            return args.notApplicable(`Only applies to ${EVENT_API_DESTINATION_TYPE}`);
        }
        const allowedHosts = allowedHostsSetting(EVENTBRIDGE_API_DESTINATION, args.getConfig<Record<string, unknown>>());
        const problems = apiDestinationProblems(args.props["invocationEndpoint"], args.props["httpMethod"], allowedHosts);
        if (problems.length > 0) {
            reportViolation(
                `${describeResource("API destination", args.name, args.props)} would not reach Cognigy's handover service safely: ${problems.join("; ")}. ` +
                    `Use httpMethod ${REQUIRED_METHOD} and invocationEndpoint https://endpoint-<your environment>${COGNIGY_HANDOVER_PATH} (the stack derives it from cognigyEndpoint).`,
            );
        }
    },
};
