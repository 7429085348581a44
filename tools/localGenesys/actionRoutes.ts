/**
 * Data actions (not function data actions: their draft routes stay unknown), as genesyscloud_integration_action
 * uses them (genesys-api-calls.md, "genesyscloud_integration_action"; provider
 * `integration_action/resource_genesyscloud_integration_action.go`, `..._utils.go`, `..._proxy.go`).
 * Config and contract are stored and echoed as sent: the provider re-reads them into state.
 */
import { randomUUID } from "node:crypto";
import type { Models } from "purecloud-platform-client-v2";
import { isRecord } from "@cognigy-handover/contract";
import { badRequest, noContent, notFound, ok, plainText, versionConflict } from "./apiResponse";
import { numberedPage } from "./listingPages";
import { jsonObject, requiredString, Route, route, RouteRequest } from "./route";

export function actionOf(request: RouteRequest): Models.Action {
    const id = request.params.actionId;
    const action = request.org.actions.find((a) => a.id === id);
    if (!action) {
        throw notFound("action", id);
    }
    return action;
}

/**
 * `config` as sent. The provider's read dereferences `config` and, when `config.request` is present, its
 * `requestUrlTemplate`; it always sends one inside a present request block, so a request without it is refused
 * here rather than echoed into a provider crash (our choice; the real API's answer is unverified).
 */
function configFrom(body: Record<string, unknown>, what: string): Models.ActionConfig {
    const config = body["config"] ?? {};
    if (!isRecord(config)) {
        throw badRequest(`${what}: "config" must be an object`);
    }
    const request = config["request"];
    if (request !== undefined && (!isRecord(request) || typeof request["requestUrlTemplate"] !== "string")) {
        throw badRequest(`${what}: "config.request.requestUrlTemplate" is required when config.request is present`);
    }
    // Free-form JSON kept as sent (the provider's raw-CallAPI client sends it so).
    return config;
}

function createAction(request: RouteRequest) {
    const what = "POST /api/v2/integrations/actions";
    const body = jsonObject(request);
    const name = requiredString(body, "name", what);
    const integrationId = requiredString(body, "integrationId", what);
    if (!request.org.integrations.some((i) => i.id === integrationId)) {
        throw badRequest(`${what}: integration ${integrationId} does not exist`);
    }
    const contract = body["contract"] ?? {};
    if (!isRecord(contract)) {
        throw badRequest(`${what}: "contract" must be an object`);
    }
    const action: Models.Action = {
        id: randomUUID(),
        name,
        category: typeof body["category"] === "string" ? body["category"] : "",
        integrationId,
        secure: body["secure"] === true,
        version: 1,
        config: configFrom(body, what),
        // Kept as sent: contract_input/contract_output are read back from it (provider ..._utils.go).
        contract,
    };
    request.org.actions.push(action);
    return ok(action);
}

/** GET one action: the contract only with `expand=contract`, the config only with `includeConfig=true`, as the API documents. */
function readAction(request: RouteRequest) {
    const { contract, config, ...rest } = actionOf(request);
    const expand = (request.query.expand ?? "").split(",");
    return ok({
        ...rest,
        ...(expand.includes("contract") ? { contract } : {}),
        ...(request.query.includeConfig === "true" ? { config } : {}),
        selfUri: `/api/v2/integrations/actions/${rest.id}`,
    });
}

/** PATCH `{category, name, config, version}`: a stale version is a 409 (the provider retries it, IsVersionMismatch). */
function updateAction(request: RouteRequest) {
    const action = actionOf(request);
    const what = `PATCH ${request.path}`;
    const body = jsonObject(request);
    if (body["version"] !== action.version) {
        throw versionConflict("action", action.id ?? "", body["version"], action.version);
    }
    if (typeof body["name"] === "string" && body["name"] !== "") {
        action.name = body["name"];
    }
    if (typeof body["category"] === "string") {
        action.category = body["category"];
    }
    if (body["config"] !== undefined) {
        action.config = configFrom(body, what);
    }
    action.version = (action.version ?? 0) + 1;
    return ok(action);
}

function deleteAction(request: RouteRequest) {
    const action = actionOf(request);
    request.org.actions = request.org.actions.filter((a) => a !== action);
    return noContent();
}

/**
 * The raw template text the provider stores as request_template / success_template (a 404 here makes the provider
 * drop the action at once). An unset template answers an empty text, our choice: echo what was sent; whether the real
 * API fills in defaults is unverified (genesys-api-calls.md, "Unverified").
 */
function template(request: RouteRequest) {
    const action = actionOf(request);
    const file = request.params.templateName.toLowerCase();
    if (file === "requesttemplate.vm") {
        return plainText(action.config?.request?.requestTemplate ?? "");
    }
    if (file === "successtemplate.vm") {
        return plainText(action.config?.response?.successTemplate ?? "");
    }
    throw notFound("template", request.params.templateName);
}

/** The listing has no contracts, and the request configuration only with includeConfig=true. */
function listActions(request: RouteRequest) {
    const withConfig = request.query.includeConfig === "true";
    const actions = request.org.actions.map(({ contract: _contract, config, ...rest }) => (withConfig ? { ...rest, config } : rest));
    return ok(numberedPage(actions, request.query, request.settings.maxPageSize));
}

export const actionRoutes: readonly Route[] = [
    route("GET", "/api/v2/integrations/actions", listActions),
    route("POST", "/api/v2/integrations/actions", createAction),
    route("GET", "/api/v2/integrations/actions/{actionId}", readAction),
    route("PATCH", "/api/v2/integrations/actions/{actionId}", updateAction),
    route("DELETE", "/api/v2/integrations/actions/{actionId}", deleteAction),
    route("GET", "/api/v2/integrations/actions/{actionId}/templates/{templateName}", template),
];
