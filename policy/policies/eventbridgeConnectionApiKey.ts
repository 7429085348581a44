/**
 * Rule: the connection of Cognigy's API destination must authenticate with an API key in the `Authorization`
 * header, with a value, and that value must not be a plain string when secretness is visible.
 *
 * What can be checked where: the Pulumi analyzer hands policies the inputs with secrets already unwrapped,
 * so a real `pulumi preview` cannot tell a `pulumi.secret(...)` from a literal. It can check the auth type,
 * the header name and that a value is there. Secretness itself is enforced elsewhere: the stack only
 * accepts the key from encrypted config (`eventbridgeApiKey` must be `--secret`), the component wraps it in
 * `pulumi.secret`, the AWS provider marks `authParameters.apiKey.value` sensitive, and the unit tests check
 * the registration. Tools that keep Pulumi's secret marker (a `{"4dabf18193072939515e22adb298388d": …}`
 * wrapped value) pass it through here as an object, which counts as a secret.
 */
import type { ResourceValidationPolicy } from "@pulumi/policy";
import { API_KEY_HEADER, EVENT_CONNECTION_TYPE, isRecord } from "@cognigy-handover/contract";
import { describeResource } from "./policySupport";

export const EVENTBRIDGE_CONNECTION_API_KEY = "eventbridge-connection-api-key";
const REQUIRED_AUTHORIZATION_TYPE = "API_KEY";
/** Pulumi's wire marker for secret values (sdk/nodejs/runtime/rpc.ts). */
const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";

function isMarkedSecret(value: unknown): boolean {
    return isRecord(value) && value[SIGNATURE_KEY] === SECRET_SIGNATURE;
}

export function connectionProblems(authorizationType: unknown, authParameters: unknown): string[] {
    const problems: string[] = [];
    if (authorizationType !== REQUIRED_AUTHORIZATION_TYPE) {
        problems.push(`authorizationType is ${JSON.stringify(authorizationType)} instead of ${REQUIRED_AUTHORIZATION_TYPE}`);
    }
    const apiKey = isRecord(authParameters) ? authParameters["apiKey"] : undefined;
    if (!isRecord(apiKey)) {
        problems.push("authParameters.apiKey is not set");
        return problems;
    }
    if (apiKey["key"] !== API_KEY_HEADER) {
        problems.push(`authParameters.apiKey.key is ${JSON.stringify(apiKey["key"])} instead of ${API_KEY_HEADER}`);
    }
    const value = apiKey["value"];
    const hasValue = (typeof value === "string" && value.trim() !== "") || isMarkedSecret(value);
    if (!hasValue) {
        // Never echo the value: it is the credential.
        problems.push("authParameters.apiKey.value is empty or not a string");
    }
    return problems;
}

export const eventbridgeConnectionApiKey: ResourceValidationPolicy = {
    name: EVENTBRIDGE_CONNECTION_API_KEY,
    description: `EventBridge connections must send a non-empty API key in the ${API_KEY_HEADER} header (what Cognigy's handover service checks).`,
    enforcementLevel: "mandatory",
    severity: "high",
    validateResource: (args, reportViolation) => {
        if (args.type !== EVENT_CONNECTION_TYPE) {
            return args.notApplicable(`Only applies to ${EVENT_CONNECTION_TYPE}`);
        }
        const problems = connectionProblems(args.props["authorizationType"], args.props["authParameters"]);
        if (problems.length > 0) {
            reportViolation(
                `${describeResource("EventBridge connection", args.name, args.props)} does not authenticate the way Cognigy checks: ${problems.join("; ")}. ` +
                    `Use authorizationType ${REQUIRED_AUTHORIZATION_TYPE} with authParameters.apiKey { key: "${API_KEY_HEADER}", value: pulumi.secret(<eventbridgeApiKey>) }.`,
            );
        }
    },
};
