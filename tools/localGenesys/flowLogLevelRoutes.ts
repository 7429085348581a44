/**
 * Per-flow log levels, as genesyscloud_flow_loglevel manages them (provider v1.84.1
 * `flow_loglevel/genesyscloud_flow_loglevel_proxy.go`: POST to create, GET to read, PUT to update, DELETE then GET
 * until 404 to delete; all on `/api/v2/flows/{flowId}/instances/settings/loglevels`). The flow must exist.
 * Unverified: what the real API answers to a second POST for a flow that has a level (here: it replaces it).
 */
import type { Models } from "purecloud-platform-client-v2";
import { isRecord } from "@cognigy-handover/contract";
import { badRequest, noContent, notFound, ok } from "./apiResponse";
import { jsonObject, Route, route, RouteRequest } from "./route";

const PATH = "/api/v2/flows/{flowId}/instances/settings/loglevels";

function flowOf(request: RouteRequest): Models.Flow {
    const flow = request.org.flows.find((f) => f.id === request.params.flowId);
    if (!flow) {
        throw notFound("flow", request.params.flowId);
    }
    return flow;
}

function settingsOf(flow: Models.Flow, level: string): Models.FlowSettingsResponse {
    return { id: flow.id, name: flow.name, type: flow.type, logLevelCharacteristics: { level }, selfUri: `/api/v2/flows/${flow.id}/instances/settings/loglevels` };
}

function setLevel(request: RouteRequest) {
    const flow = flowOf(request);
    const characteristics = jsonObject(request).logLevelCharacteristics;
    const level = isRecord(characteristics) ? characteristics.level : undefined;
    if (typeof level !== "string" || level === "") {
        throw badRequest(`${request.method} ${request.path}: "logLevelCharacteristics.level" is required`);
    }
    request.org.flowLogLevels = { ...request.org.flowLogLevels, [flow.id ?? ""]: level };
    return ok(settingsOf(flow, level));
}

function readLevel(request: RouteRequest) {
    const flow = flowOf(request);
    const level = request.org.flowLogLevels?.[flow.id ?? ""];
    if (level === undefined) {
        throw notFound("log level of flow", request.params.flowId);
    }
    return ok(settingsOf(flow, level));
}

function deleteLevel(request: RouteRequest) {
    const flow = flowOf(request);
    const { [flow.id ?? ""]: _deleted, ...rest } = request.org.flowLogLevels ?? {};
    request.org.flowLogLevels = rest;
    return noContent();
}

export const flowLogLevelRoutes: readonly Route[] = [route("POST", PATH, setLevel), route("PUT", PATH, setLevel), route("GET", PATH, readLevel), route("DELETE", PATH, deleteLevel)];
