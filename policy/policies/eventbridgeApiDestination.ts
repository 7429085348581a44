/**
 * Rule: an EventBridge API destination must POST over https to Cognigy's handover path. Anything else either
 * never reaches the handover service or sends customer addresses in clear text.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { COGNIGY_HANDOVER_PATH, EVENT_API_DESTINATION_TYPE } from "@cognigy-handover/contract";
import { describeResource } from "./policySupport";

export const EVENTBRIDGE_API_DESTINATION = "eventbridge-api-destination";
const REQUIRED_METHOD = "POST";

export function apiDestinationProblems(invocationEndpoint: unknown, httpMethod: unknown): string[] {
    const problems: string[] = [];
    if (typeof invocationEndpoint !== "string") {
        problems.push("invocationEndpoint is not set");
    } else {
        let url: URL | undefined;
        try {
            url = new URL(invocationEndpoint);
        } catch {
            problems.push(`invocationEndpoint ${JSON.stringify(invocationEndpoint)} is not a URL`);
        }
        if (url !== undefined) {
            if (url.protocol !== "https:") {
                problems.push(`invocationEndpoint ${JSON.stringify(invocationEndpoint)} is not https`);
            }
            if (url.pathname !== COGNIGY_HANDOVER_PATH || url.search !== "" || url.hash !== "") {
                problems.push(`invocationEndpoint ${JSON.stringify(invocationEndpoint)} does not end in exactly ${COGNIGY_HANDOVER_PATH}`);
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
    description: `EventBridge API destinations must ${REQUIRED_METHOD} over https to the Cognigy endpoint's ${COGNIGY_HANDOVER_PATH}.`,
    enforcementLevel: "mandatory",
    severity: "high",
    validateResource: (args, reportViolation) => {
        if (args.type !== EVENT_API_DESTINATION_TYPE) {
            return args.notApplicable(`Only applies to ${EVENT_API_DESTINATION_TYPE}`);
        }
        const problems = apiDestinationProblems(args.props["invocationEndpoint"], args.props["httpMethod"]);
        if (problems.length > 0) {
            reportViolation(
                `${describeResource("API destination", args.name, args.props)} would not reach Cognigy's handover service safely: ${problems.join("; ")}. ` +
                    `Use httpMethod ${REQUIRED_METHOD} and invocationEndpoint https://endpoint-<your environment>${COGNIGY_HANDOVER_PATH} (the stack derives it from cognigyEndpoint).`,
            );
        }
    },
};
