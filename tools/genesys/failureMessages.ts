import { isRecord } from "@cognigy-handover/contract";
import { UserError } from "../userError";

/**
 * What the SDK rejects with, reduced to what a message needs. With extended responses on, API calls reject
 * with `{status, body, error}`; the login and any request without an answer reject with the axios error
 * (`code`, `message`, `response?.status`, `response?.data`).
 */
export interface FailureFacts {
    readonly status?: number;
    /** Genesys' own words (`ErrorBody.message`, or OAuth's `error_description` / `error`). */
    readonly detail?: string;
    /** Node/axios network code, e.g. ECONNABORTED (timeout), ECONNREFUSED, ENOTFOUND. */
    readonly networkCode?: string;
}

function stringField(record: Record<string, unknown> | undefined, key: string): string | undefined {
    const value = record?.[key];
    return typeof value === "string" && value !== "" ? value : undefined;
}

function detailOf(body: unknown): string | undefined {
    if (typeof body === "string" && body.trim() !== "") {
        return body.trim().slice(0, 300);
    }
    if (!isRecord(body)) {
        return undefined;
    }
    return stringField(body, "message") ?? stringField(body, "error_description") ?? stringField(body, "error");
}

export function failureFacts(thrown: unknown): FailureFacts {
    if (!isRecord(thrown)) {
        return { detail: typeof thrown === "string" ? thrown : undefined };
    }
    const response = isRecord(thrown.response) ? thrown.response : undefined;
    const status = typeof thrown.status === "number" ? thrown.status : typeof response?.status === "number" ? response.status : undefined;
    const body = "body" in thrown ? thrown.body : response?.data;
    const cause = isRecord(thrown.error) ? thrown.error : thrown;
    const networkCode = status === undefined ? stringField(cause, "code") : undefined;
    return { status, detail: detailOf(body) ?? (status === undefined ? stringField(cause, "message") : undefined), networkCode };
}

export interface RequestContext {
    /** e.g. `GET /api/v2/flows` */
    readonly request: string;
    /** Base URL the request went to, e.g. `https://api.mypurecloud.de`. */
    readonly baseUrl: string;
    readonly timeoutMs: number;
    /** Set when GENESYS_BASE_URL_OVERRIDE sent the request to `baseUrl` instead of the region's hosts. */
    readonly overriddenBy?: string;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The fix for a request that got no answer: with the override on a loopback address the local Genesys API is not
 * running (the region is not used at all then); with another override, the gateway; else the region or network.
 */
function reachFix(context: RequestContext, timedOut = false): string {
    if (context.overriddenBy !== undefined) {
        let loopback: boolean;
        try {
            loopback = LOOPBACK_HOSTS.has(new URL(context.baseUrl).hostname);
        } catch {
            loopback = false;
        }
        if (loopback && timedOut) {
            return `Fix: restart the local Genesys API (npm run sandbox:serve) that listens there without answering, or unset ${context.overriddenBy} to use the stack's genesysRegion.`;
        }
        return loopback
            ? `Fix: start the local Genesys API in another terminal (npm run sandbox:serve), or unset ${context.overriddenBy} to use the stack's genesysRegion.`
            : `Fix: check ${context.overriddenBy} (${context.baseUrl}) and this machine's network access to it, or unset it to use the stack's genesysRegion.`;
    }
    return "";
}

const TIMEOUT_CODES = new Set(["ECONNABORTED", "ETIMEDOUT", "ESOCKETTIMEDOUT"]);

/** The message for a request that got no HTTP answer; undefined when it did get one. */
export function networkFailure(facts: FailureFacts, context: RequestContext): UserError | undefined {
    if (facts.status !== undefined) {
        return undefined;
    }
    const code = facts.networkCode;
    if (code !== undefined && TIMEOUT_CODES.has(code)) {
        return new UserError(
            `${context.request} at ${context.baseUrl}: no answer within ${context.timeoutMs / 1000} s. ` +
                (reachFix(context, true) ||
                `Fix: check that genesysRegion is the org's region and that this machine can reach ${context.baseUrl} (proxy, firewall), then run again.`),
        );
    }
    return new UserError(
        `${context.request} at ${context.baseUrl}: unreachable (${code ?? facts.detail ?? "no answer"}). ` +
            (reachFix(context) || `Fix: check genesysRegion (the org's region) and this machine's network access to ${context.baseUrl}.`),
    );
}

/** Login (`POST /oauth/token`) refused or not answered. */
export function loginFailure(thrown: unknown, context: RequestContext): UserError {
    const facts = failureFacts(thrown);
    const network = networkFailure(facts, context);
    if (network) {
        return network;
    }
    if (facts.status === 400 || facts.status === 401 || facts.status === 403) {
        return new UserError(
            `Genesys refused the login at ${context.baseUrl} (HTTP ${facts.status}${facts.detail ? `: ${facts.detail}` : ""}). ` +
                "Fix: set GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET to an OAuth client of grant type " +
                "Client Credentials in this org, and check that genesysRegion is the org's region (a client only exists in its own region).",
        );
    }
    return new UserError(`Login at ${context.baseUrl} failed (HTTP ${facts.status}${facts.detail ? `: ${facts.detail}` : ""}). Fix: run again later; if it persists, check Genesys' status page for the region.`);
}

/** An API call refused or not answered; `permissions` are the ones the endpoint accepts (any of them). */
export function apiFailure(thrown: unknown, context: RequestContext, permissions: readonly string[]): UserError {
    const facts = failureFacts(thrown);
    const network = networkFailure(facts, context);
    if (network) {
        return network;
    }
    const genesysSays = facts.detail ? ` Genesys says: ${facts.detail}` : "";
    if (facts.status === 403) {
        return new UserError(
            `${context.request} was refused (HTTP 403): the OAuth client's role lacks ${permissions[0]}${permissions.length > 1 ? ` (or ${permissions.slice(1).join(", ")})` : ""}. ` +
                `Fix: add ${permissions[0]} to the role of the OAuth client in GENESYSCLOUD_OAUTHCLIENT_ID (Admin > Roles / Permissions), for the divisions the stack uses.${genesysSays}`,
        );
    }
    if (facts.status === 401) {
        return new UserError(
            `${context.request} was refused (HTTP 401): the access token was not accepted. Fix: check the OAuth client is active and run again.${genesysSays}`,
        );
    }
    if (facts.status === 429) {
        return new UserError(`${context.request} was rate limited (HTTP 429) after retries. Fix: run again in a minute.${genesysSays}`);
    }
    return new UserError(`${context.request} failed (HTTP ${facts.status ?? "?"}). Fix: run again later; if it persists, check Genesys' status page for the region.${genesysSays}`);
}
