import Ajv from "ajv";
import { PASS_THROUGH_REQUEST_TEMPLATE, RESOURCE_TYPES } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";
import { displayName, linkedResources, ofType, recordInput, stringInput } from "./stackResources";
import { renderVelocity, requestContext } from "./velocityTemplate";

/** Finding the data action a workflow calls, checking its contract, and rendering the request it sends. */

export interface ResolvedAction {
    readonly action: PlannedResource;
    readonly integration: PlannedResource;
}

export interface OutgoingRequest {
    readonly method: string;
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
}

function describeAction(action: PlannedResource): string {
    return `'${displayName(action)}' in category '${stringInput(action, "category") ?? "(none)"}'`;
}

/**
 * Architect names the action by category and name, and a category is the name of an integration: the action
 * must exist with both, and its own category must be its integration's name, or Architect lists it elsewhere.
 */
export function resolveDataAction(
    resources: readonly PlannedResource[],
    category: string,
    actionName: string,
    caller: string,
): { resolved: ResolvedAction } | { failure: string } {
    const actions = ofType(resources, RESOURCE_TYPES.integrationAction);
    const byName = actions.filter((action) => displayName(action) === actionName);
    const matching = byName.filter((action) => stringInput(action, "category") === category);
    if (matching.length !== 1) {
        const known = actions.length === 0 ? "the stack defines no data actions" : `the stack defines ${actions.map(describeAction).join(", ")}`;
        const problem = matching.length === 0 ? "no such data action" : `${matching.length} data actions match`;
        return { failure: `${caller} calls data action '${actionName}' in category '${category}': ${problem}; ${known}` };
    }
    const [action] = matching;
    const integrations = ofType(resources, RESOURCE_TYPES.integration);
    const linked = linkedResources(action, "integrationId", action.inputs.integrationId, integrations);
    if (linked.length !== 1) {
        return { failure: `data action ${describeAction(action)}: its integrationId points at ${linked.length} integrations of the stack, expected 1` };
    }
    const [integration] = linked;
    const configuredName = recordInput(integration, "config")?.name;
    const integrationName = typeof configuredName === "string" ? configuredName : undefined;
    if (integrationName !== category) {
        return {
            failure:
                `data action '${actionName}' has category '${category}' but its integration '${integration.name}' is named ` +
                `'${integrationName ?? "(no config.name)"}'; Architect lists an action under its integration's name`,
        };
    }
    if (stringInput(integration, "intendedState") !== "ENABLED") {
        return { failure: `integration '${integrationName}' is not ENABLED (intendedState ${stringInput(integration, "intendedState") ?? "unset"}); its actions fail` };
    }
    return { resolved: { action, integration } };
}

const ajv = new Ajv({ allErrors: true, strict: false });

/** The data actions service checks the input against the input contract before sending anything. */
export function validateAgainstContract(action: PlannedResource, contractKey: "contractInput" | "contractOutput", value: unknown): string | undefined {
    const text = stringInput(action, contractKey);
    if (text === undefined) {
        return `data action ${describeAction(action)} has no ${contractKey}`;
    }
    let schema: object;
    try {
        schema = JSON.parse(text) as object;
    } catch (error) {
        return `data action ${describeAction(action)}: ${contractKey} is not JSON: ${(error as Error).message}`;
    }
    const validate = ajv.compile(schema);
    if (validate(value)) {
        return undefined;
    }
    const errors = (validate.errors ?? []).map((error) => `${error.instancePath || "(root)"} ${error.message ?? ""}`.trim()).join("; ");
    return `data action ${describeAction(action)}: ${JSON.stringify(value)} does not satisfy ${contractKey}: ${errors}`;
}

/** Inputs the workflow passes that the contract does not declare fail at publish ("not in contract"). */
export function undeclaredInputs(action: PlannedResource, inputNames: readonly string[]): string[] {
    try {
        const contract = JSON.parse(stringInput(action, "contractInput") ?? "{}") as { properties?: Record<string, unknown> };
        const declared = Object.keys(contract.properties ?? {});
        return inputNames.filter((name) => !declared.includes(name));
    } catch {
        return [];
    }
}

/** URL, headers and body as the data actions service would send them. */
export function renderRequest(action: PlannedResource, inputs: Readonly<Record<string, unknown>>): OutgoingRequest {
    const config = recordInput(action, "configRequest") ?? {};
    const method = typeof config.requestType === "string" ? config.requestType.toUpperCase() : "POST";
    const context = requestContext(inputs);
    const url = renderVelocity(typeof config.requestUrlTemplate === "string" ? config.requestUrlTemplate : "", context);
    const headers: Record<string, string> = {};
    const configuredHeaders = typeof config.headers === "object" && config.headers !== null ? (config.headers as Record<string, unknown>) : {};
    for (const [name, value] of Object.entries(configuredHeaders)) {
        headers[name] = renderVelocity(String(value), context);
    }
    if (!Object.keys(headers).some((name) => name.toLowerCase() === "content-type")) {
        // Genesys sends JSON bodies as application/json unless a header says otherwise [inferred].
        headers["Content-Type"] = "application/json";
    }
    if (method === "GET") {
        // "GET requests do not use request templates."
        return { method, url, headers };
    }
    const template = typeof config.requestTemplate === "string" ? config.requestTemplate : PASS_THROUGH_REQUEST_TEMPLATE;
    return { method, url, headers, body: renderVelocity(template, context) };
}

/** `${rawResult}` and any other success template over Cognigy's answer, checked against the output contract. */
export function checkResponse(action: PlannedResource, responseBody: string): string | undefined {
    const response = recordInput(action, "configResponse") ?? {};
    const template = typeof response.successTemplate === "string" ? response.successTemplate : "${rawResult}";
    const rendered = renderVelocity(template, { rawResult: responseBody });
    let output: unknown;
    try {
        output = JSON.parse(rendered);
    } catch {
        return `data action ${describeAction(action)}: success template output ${JSON.stringify(rendered)} is not JSON, so the action reports failure`;
    }
    return validateAgainstContract(action, "contractOutput", output);
}
