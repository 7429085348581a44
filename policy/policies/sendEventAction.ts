/**
 * Rule: the data action POSTs the workflow's inputs unchanged over https to the Cognigy handover path on an
 * allowed Cognigy endpoint host (exact names: the known Cognigy hosts, or the stack's own list), with the input
 * contract Cognigy's guide prescribes.
 *
 * Another host or path sends conversation user ids somewhere that is not Cognigy; a different contract or
 * request template changes the body Cognigy parses, so handovers never end.
 */
import type { PolicyConfigSchema, ReportViolation, ResourceValidationPolicy } from "@pulumi/policy";
import {
    COGNIGY_HANDOVER_PATH,
    INTEGRATION_ACTION_TYPE,
    isRecord,
    maskUrlCredentials,
    PASS_THROUGH_REQUEST_TEMPLATE,
    SEND_EVENT_INPUT_CONTRACT,
} from "@cognigy-handover/contract";
import { ALLOWED_HOSTS_SETTING, allowedHostsSetting, hostProblem } from "./allowedHosts";
import { describeResource } from "./policySupport";

export const SEND_EVENT_ACTION_CONTRACT = "send-event-action-contract";

const configSchema: PolicyConfigSchema = { properties: { allowedHosts: ALLOWED_HOSTS_SETTING } };

const REQUIRED_METHOD = "POST";
const EXAMPLE_URL = `https://endpoint-<your-environment>${COGNIGY_HANDOVER_PATH}`;
const INPUT_CONTRACT_JSON = JSON.stringify(SEND_EVENT_INPUT_CONTRACT);

function checkUrl(urlTemplate: unknown, allowedHosts: readonly string[], action: string, report: ReportViolation): void {
    let url: URL;
    try {
        url = new URL(String(urlTemplate));
    } catch {
        report(`${action} has requestUrlTemplate ${typeof urlTemplate === "string" ? JSON.stringify(maskUrlCredentials(urlTemplate)) : JSON.stringify(urlTemplate)}, which is not a literal URL; set it to ${EXAMPLE_URL}.`);
        return;
    }
    if (url.protocol !== "https:") {
        report(`${action} calls ${url.protocol.replace(/:$/, "")}, which sends conversation user ids unencrypted; use https: ${EXAMPLE_URL}.`);
    }
    if (url.pathname !== COGNIGY_HANDOVER_PATH || url.search !== "" || url.hash !== "") {
        report(
            `${action} calls path ${JSON.stringify(url.pathname + url.search + url.hash)}; Cognigy only takes handover events at ` +
                `"${COGNIGY_HANDOVER_PATH}" (no query), so set requestUrlTemplate to ${url.protocol}//${url.host}${COGNIGY_HANDOVER_PATH}.`,
        );
    }
    const problem = hostProblem(url, allowedHosts);
    if (problem !== undefined) {
        report(`${action} ${problem}`);
    }
}

function inputContractProblems(contractInput: unknown): string[] {
    if (typeof contractInput !== "string") {
        return ["contractInput is not set"];
    }
    let contract: unknown;
    try {
        contract = JSON.parse(contractInput);
    } catch (error) {
        return [`contractInput is not valid JSON (${(error as Error).message})`];
    }
    if (!isRecord(contract)) {
        return ["contractInput is not a JSON object"];
    }
    const problems: string[] = [];
    if (contract["type"] !== SEND_EVENT_INPUT_CONTRACT.type) {
        problems.push(`its type is ${JSON.stringify(contract["type"])} instead of "${SEND_EVENT_INPUT_CONTRACT.type}"`);
    }
    const properties = isRecord(contract["properties"]) ? contract["properties"] : {};
    for (const [inputName, expected] of Object.entries(SEND_EVENT_INPUT_CONTRACT.properties)) {
        const property = properties[inputName];
        if (!isRecord(property)) {
            problems.push(`input ${inputName} is missing`);
        } else if (property["type"] !== expected.type) {
            problems.push(`input ${inputName} has type ${JSON.stringify(property["type"])} instead of "${expected.type}"`);
        }
    }
    return problems;
}

export const sendEventAction: ResourceValidationPolicy = {
    name: SEND_EVENT_ACTION_CONTRACT,
    description:
        `Data actions POST \${input.rawRequest} over https to ${COGNIGY_HANDOVER_PATH} on an allowed Cognigy endpoint host ` +
        "with the userId/topic/disconnectType string input contract.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema,
    validateResource: (args, reportViolation) => {
        if (args.type !== INTEGRATION_ACTION_TYPE) {
            return args.notApplicable(`Only applies to ${INTEGRATION_ACTION_TYPE}`);
        }
        const settings = args.getConfig<Record<string, unknown>>();
        const allowedHosts = allowedHostsSetting(SEND_EVENT_ACTION_CONTRACT, settings);
        const action = describeResource("Data action", args.name, args.props);

        const contractProblems = inputContractProblems(args.props["contractInput"]);
        if (contractProblems.length > 0) {
            reportViolation(
                `${action} does not have the input contract Cognigy's guide prescribes: ${contractProblems.join("; ")}. ` +
                    `Set contractInput to ${INPUT_CONTRACT_JSON} (contracts cannot change after publishing, so this replaces the action).`,
            );
        }

        const request: unknown = args.props["configRequest"];
        if (!isRecord(request)) {
            reportViolation(
                `${action} has no configRequest; set it to { requestType: "${REQUIRED_METHOD}", requestUrlTemplate: "${EXAMPLE_URL}", ` +
                    `requestTemplate: "${PASS_THROUGH_REQUEST_TEMPLATE}" }.`,
            );
            return;
        }
        if (request["requestType"] !== REQUIRED_METHOD) {
            reportViolation(
                `${action} uses HTTP method ${JSON.stringify(request["requestType"])}; Cognigy's handover endpoint takes events by ` +
                    `${REQUIRED_METHOD}, so set configRequest.requestType to "${REQUIRED_METHOD}".`,
            );
        }
        checkUrl(request["requestUrlTemplate"], allowedHosts, action, reportViolation);
        if (request["requestTemplate"] !== PASS_THROUGH_REQUEST_TEMPLATE) {
            reportViolation(
                `${action} has requestTemplate ${JSON.stringify(request["requestTemplate"])}; Cognigy parses the inputs as sent, ` +
                    `so set configRequest.requestTemplate to "${PASS_THROUGH_REQUEST_TEMPLATE}".`,
            );
        }
    },
};
