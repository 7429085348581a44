/**
 * Integrations and their current configuration, as genesyscloud_integration uses them
 * (genesys-api-calls.md, "genesyscloud_integration"; provider `integration/resource_genesyscloud_integration.go`,
 * `integration/genesyscloud_integration_proxy.go`).
 */
import { randomUUID } from "node:crypto";
import type { Models } from "purecloud-platform-client-v2";
import { isRecord } from "@cognigy-handover/contract";
import { badRequest, notFound, ok, versionConflict } from "./apiResponse";
import { numberedPage } from "./listingPages";
import { OrgState } from "./orgState";
import { jsonObject, Route, route, RouteRequest } from "./route";

function integrationOf(request: RouteRequest): Models.Integration {
    const id = request.params.integrationId;
    const integration = request.org.integrations.find((i) => i.id === id);
    if (!integration) {
        throw notFound("integration", id);
    }
    return integration;
}

/**
 * The current configuration, created on first use. The provider dereferences name, notes, properties, advanced
 * and credentials of GET config/current, so none is ever null (genesys-api-calls.md, genesyscloud_integration, Create).
 */
function configOf(org: OrgState, integration: Models.Integration): Models.IntegrationConfiguration {
    const id = integration.id ?? "";
    const existing = org.integrationConfigs[id];
    if (existing) {
        return existing;
    }
    const created: Models.IntegrationConfiguration = { id, name: integration.name ?? "", version: 1, properties: {}, advanced: {}, notes: "", credentials: {} };
    org.integrationConfigs[id] = created;
    return created;
}

function isEmptyObject(value: unknown): boolean {
    return isRecord(value) && Object.keys(value).length === 0;
}

function createIntegration(request: RouteRequest) {
    const body = jsonObject(request);
    const type = body["integrationType"];
    if (!isRecord(type) || typeof type["id"] !== "string" || type["id"] === "") {
        throw badRequest('POST /api/v2/integrations: "integrationType.id" is required');
    }
    // The POST carries only the type (genesys-api-calls.md); the name arrives with PUT config/current.
    // Until then the integration is named after its type: our choice, the real API's initial name is unverified.
    const name = typeof body["name"] === "string" && body["name"] !== "" ? body["name"] : type["id"];
    const integration: Models.Integration = {
        id: randomUUID(),
        name,
        integrationType: { id: type["id"] },
        notes: "",
        // Our choice: a new integration is DISABLED, the provider's default intended_state.
        intendedState: "DISABLED",
        reportedState: { code: "INACTIVE" },
    };
    integration.selfUri = `/api/v2/integrations/${integration.id}`;
    request.org.integrations.push(integration);
    configOf(request.org, integration);
    return ok(integration);
}

/** PATCH /api/v2/integrations/{id}: the provider sends `{"intendedState"}` only. */
function patchIntegration(request: RouteRequest) {
    const integration = integrationOf(request);
    const body = jsonObject(request);
    const state = body["intendedState"];
    if (state !== undefined) {
        if (state !== "ENABLED" && state !== "DISABLED" && state !== "DELETED") {
            throw badRequest(`PATCH ${request.path}: intendedState must be ENABLED, DISABLED or DELETED, not ${JSON.stringify(state)}`);
        }
        integration.intendedState = state;
        integration.reportedState = { code: state === "ENABLED" ? "ACTIVE" : "INACTIVE" };
    }
    return ok(integration);
}

function deleteIntegration(request: RouteRequest) {
    const integration = integrationOf(request);
    request.org.integrations = request.org.integrations.filter((i) => i !== integration);
    delete request.org.integrationConfigs[integration.id ?? ""];
    return ok(integration);
}

/**
 * PUT config/current: the version must be the current one (409 otherwise; the provider retries a mismatch,
 * util/util_retries.go IsVersionMismatch). An empty name, properties or advanced keeps the current value
 * (genesys-api-calls.md, genesyscloud_integration, Create). The name is the integration's name.
 */
function putConfig(request: RouteRequest) {
    const integration = integrationOf(request);
    const current = configOf(request.org, integration);
    const body = jsonObject(request);
    if (body["version"] !== current.version) {
        throw versionConflict("integration configuration", integration.id ?? "", body["version"], current.version);
    }
    for (const field of ["properties", "advanced", "credentials"] as const) {
        if (body[field] !== undefined && body[field] !== null && !isRecord(body[field])) {
            throw badRequest(`PUT ${request.path}: "${field}" must be an object`);
        }
    }
    const name = typeof body["name"] === "string" && body["name"] !== "" ? body["name"] : current.name;
    const keep = (field: "properties" | "advanced"): object => (isRecord(body[field]) && !isEmptyObject(body[field]) ? body[field] : current[field]);
    const updated: Models.IntegrationConfiguration = {
        id: current.id,
        name,
        version: current.version + 1,
        properties: keep("properties"),
        advanced: keep("advanced"),
        notes: typeof body["notes"] === "string" ? body["notes"] : current.notes,
        // Checked above: an object; its entries are `{id}` per the provider's PUT.
        credentials: isRecord(body["credentials"]) ? (body["credentials"] as Record<string, Models.CredentialInfo>) : current.credentials,
    };
    request.org.integrationConfigs[integration.id ?? ""] = updated;
    integration.name = name;
    integration.notes = updated.notes;
    return ok(updated);
}

export const integrationRoutes: readonly Route[] = [
    route("GET", "/api/v2/integrations", (request) => ok(numberedPage(request.org.integrations, request.query, request.settings.maxPageSize))),
    route("POST", "/api/v2/integrations", createIntegration),
    route("GET", "/api/v2/integrations/{integrationId}", (request) => ok(integrationOf(request))),
    route("PATCH", "/api/v2/integrations/{integrationId}", patchIntegration),
    route("DELETE", "/api/v2/integrations/{integrationId}", deleteIntegration),
    route("GET", "/api/v2/integrations/{integrationId}/config/current", (request) => ok(configOf(request.org, integrationOf(request)))),
    route("PUT", "/api/v2/integrations/{integrationId}/config/current", putConfig),
];
