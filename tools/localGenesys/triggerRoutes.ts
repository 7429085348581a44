/**
 * Process Automation triggers, as genesyscloud_processautomation_trigger uses them (genesys-api-calls.md,
 * "genesyscloud_processautomation_trigger"; provider `process_automation_trigger/*.go`). The provider calls
 * `/api/v2/processAutomation/triggers` and the SDKs `/api/v2/processautomation/triggers`: routing ignores the case
 * of literal segments (route.ts). The read is consistency-checked, so a trigger comes back as it was sent, except
 * that null `value`/`values` in its criteria are dropped (triggerCriteria.ts).
 */
import { randomUUID } from "node:crypto";
import type { Models } from "purecloud-platform-client-v2";
import { isRecord } from "@cognigy-handover/contract";
import { badRequest, noContent, notFound, ok, versionConflict } from "./apiResponse";
import { cursorPage } from "./listingPages";
import { StoredTrigger } from "./orgState";
import { jsonObject, requiredString, Route, route, RouteRequest } from "./route";
import { criterionAsRead } from "./triggerCriteria";

const TRIGGERS_PATH = "/api/v2/processautomation/triggers";

export function triggerOf(request: RouteRequest): StoredTrigger {
    const id = request.params.triggerId;
    const trigger = request.org.triggers.find((t) => t.id === id);
    if (!trigger) {
        throw notFound("trigger", id);
    }
    return trigger;
}

/** A trigger as every read returns it. */
export function triggerAsRead(trigger: StoredTrigger): Models.Trigger {
    const { matchCriteria, ...rest } = trigger;
    return { ...rest, ...(matchCriteria ? { matchCriteria: matchCriteria.map(criterionAsRead) } : {}), selfUri: `${TRIGGERS_PATH}/${trigger.id}` };
}

/** The fields of a POST or PUT body, checked for what the provider dereferences on read (name, target.id, target.type). */
function sentTrigger(request: RouteRequest): Omit<StoredTrigger, "id" | "version"> {
    const what = `${request.method} ${request.path}`;
    const body = jsonObject(request);
    const name = requiredString(body, "name", what);
    const topicName = requiredString(body, "topicName", what);
    const target = body["target"];
    if (!isRecord(target) || typeof target["id"] !== "string" || typeof target["type"] !== "string") {
        throw badRequest(`${what}: "target.id" and "target.type" are required`);
    }
    const settings = target["workflowTargetSettings"];
    if (settings !== undefined && settings !== null && (!isRecord(settings) || typeof settings["dataFormat"] !== "string")) {
        throw badRequest(`${what}: "target.workflowTargetSettings.dataFormat" is required when workflowTargetSettings is present`);
    }
    const criteria = body["matchCriteria"];
    if (!Array.isArray(criteria) || criteria.length === 0 || !criteria.every(isRecord)) {
        throw badRequest(`${what}: "matchCriteria" must be a non-empty list of criteria`);
    }
    // The provider's schema allows only one of the two (provider-behaviour.md, genesyscloud_processautomation_trigger).
    if (typeof body["eventTTLSeconds"] === "number" && typeof body["delayBySeconds"] === "number") {
        throw badRequest(`${what}: eventTTLSeconds and delayBySeconds cannot both be set`);
    }
    const { version: _version, id: _id, ...asSent } = body;
    // Everything else is kept exactly as sent: the provider's consistency checker compares it with its plan.
    return { ...asSent, name, topicName, target, matchCriteria: criteria };
}

function createTrigger(request: RouteRequest) {
    const trigger: StoredTrigger = { ...sentTrigger(request), id: randomUUID(), version: 1 };
    request.org.triggers.push(trigger);
    return ok(triggerAsRead(trigger));
}

/**
 * PUT with the full body plus `version`: a version other than the current one is a 409. (The provider does not in
 * fact retry it: genesys-api-calls.md, genesyscloud_processautomation_trigger, Update.)
 */
function updateTrigger(request: RouteRequest) {
    const stored = triggerOf(request);
    const version = jsonObject(request)["version"];
    if (version !== stored.version) {
        throw versionConflict("trigger", stored.id ?? "", version, stored.version);
    }
    const updated: StoredTrigger = { ...sentTrigger(request), id: stored.id, version: (stored.version ?? 0) + 1 };
    request.org.triggers = request.org.triggers.map((t) => (t === stored ? updated : t));
    return ok(triggerAsRead(updated));
}

function deleteTrigger(request: RouteRequest) {
    const trigger = triggerOf(request);
    request.org.triggers = request.org.triggers.filter((t) => t !== trigger);
    return noContent();
}

/** The listing filters by `topicName` (a comma list) and pages with an `after` cursor in `nextUri`. */
function listTriggers(request: RouteRequest) {
    const topics = (request.query.topicName ?? "").split(",").filter((t) => t !== "");
    const triggers = request.org.triggers.filter((t) => topics.length === 0 || topics.includes(t.topicName ?? "")).map(triggerAsRead);
    const listing: Models.TriggerEntityListing = cursorPage(triggers, request.query, request.settings.maxPageSize, TRIGGERS_PATH, { topicName: topics.join(",") });
    return ok(listing);
}

export const triggerRoutes: readonly Route[] = [
    route("GET", TRIGGERS_PATH, listTriggers),
    route("POST", TRIGGERS_PATH, createTrigger),
    route("GET", `${TRIGGERS_PATH}/{triggerId}`, (request) => ok(triggerAsRead(triggerOf(request)))),
    route("PUT", `${TRIGGERS_PATH}/{triggerId}`, updateTrigger),
    route("DELETE", `${TRIGGERS_PATH}/{triggerId}`, deleteTrigger),
];
