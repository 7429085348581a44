/**
 * Integration credentials, as genesyscloud_integration_credential uses them (genesys-api-calls.md,
 * "genesyscloud_integration_credential"; provider `integration_credential/*.go`). The read is consistency-checked,
 * so name and type come back exactly as sent; the field values never come back (nor are they stored).
 */
import { randomUUID } from "node:crypto";
import type { Models } from "purecloud-platform-client-v2";
import { isRecord } from "@cognigy-handover/contract";
import { badRequest, noContent, notFound, ok } from "./apiResponse";
import { StoredCredential } from "./orgState";
import { jsonObject, Route, route, RouteRequest } from "./route";

function credentialOf(request: RouteRequest): StoredCredential {
    const id = request.params.credentialId;
    const credential = request.org.credentials.find((c) => c.id === id);
    if (!credential) {
        throw notFound("credential", id);
    }
    return credential;
}

/** The body of POST and PUT: `{name, type:{name}, credentialFields}`; the provider sends name "" when unset. */
function credentialBody(request: RouteRequest): { name: string; typeName: string; fieldNames: string[] } {
    const body = jsonObject(request);
    const type = body["type"];
    if (!isRecord(type) || typeof type["name"] !== "string" || type["name"] === "") {
        throw badRequest(`${request.method} ${request.path}: "type.name" is required`);
    }
    const fields = body["credentialFields"];
    if (fields !== undefined && fields !== null && !isRecord(fields)) {
        throw badRequest(`${request.method} ${request.path}: "credentialFields" must be an object`);
    }
    return { name: typeof body["name"] === "string" ? body["name"] : "", typeName: type["name"], fieldNames: Object.keys(fields ?? {}).sort() };
}

function shown(credential: StoredCredential): Models.Credential & Models.CredentialInfo {
    const { credentialFieldNames: _secretsNotShown, ...visible } = credential;
    return { ...visible, selfUri: `/api/v2/integrations/credentials/${credential.id}` };
}

function createCredential(request: RouteRequest) {
    const sent = credentialBody(request);
    const now = new Date().toISOString();
    const credential: StoredCredential = {
        id: randomUUID(),
        name: sent.name,
        type: { name: sent.typeName },
        credentialFieldNames: sent.fieldNames,
        createdDate: now,
        modifiedDate: now,
    };
    request.org.credentials.push(credential);
    return ok(shown(credential));
}

function updateCredential(request: RouteRequest) {
    const credential = credentialOf(request);
    const sent = credentialBody(request);
    credential.name = sent.name;
    credential.type = { name: sent.typeName };
    credential.credentialFieldNames = sent.fieldNames;
    credential.modifiedDate = new Date().toISOString();
    return ok(shown(credential));
}

function deleteCredential(request: RouteRequest) {
    const credential = credentialOf(request);
    request.org.credentials = request.org.credentials.filter((c) => c !== credential);
    return noContent();
}

export const credentialRoutes: readonly Route[] = [
    route("POST", "/api/v2/integrations/credentials", createCredential),
    route("GET", "/api/v2/integrations/credentials/{credentialId}", (request) => ok(shown(credentialOf(request)))),
    route("PUT", "/api/v2/integrations/credentials/{credentialId}", updateCredential),
    route("DELETE", "/api/v2/integrations/credentials/{credentialId}", deleteCredential),
];
