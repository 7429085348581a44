/**
 * A route of the local Genesys API, what its handler receives, and how a request finds its route.
 *
 * Literal path segments match case-insensitively: the provider calls `/api/v2/processAutomation/triggers` while
 * the SDKs call `/api/v2/processautomation/triggers` (genesys-api-calls.md, genesyscloud_processautomation_trigger;
 * provider `process_automation_trigger/process_automation_triggers_proxy.go`). A `{parameter}` segment never takes a
 * word that is a literal segment of some route (`actions`, `credentials`, `jobs`, ...), so
 * `GET /api/v2/integrations/credentials` is not read as the integration with id "credentials".
 */
import { isRecord } from "@cognigy-handover/contract";
import { ApiResponse, badRequest } from "./apiResponse";
import { OrgState } from "./orgState";
import type { Models } from "purecloud-platform-client-v2";

/** What the routes may consult besides the org: settings of this server instance. */
export interface ApiSettings {
    /** Largest page a listing returns, whatever the client asks for (forces paging in tests). */
    readonly maxPageSize?: number;
    /** What the data action test answers (default: success). */
    readonly actionTest?: (action: Models.Action, input: unknown) => Models.TestExecutionResult;
}

export interface RouteRequest {
    readonly method: string;
    readonly path: string;
    /** `{name}` segments of the route's pattern, URI-decoded. */
    readonly params: Readonly<Record<string, string>>;
    readonly query: Readonly<Record<string, string>>;
    readonly body: string;
    /** The Authorization header (the login reads it). */
    readonly authorization?: string;
    /** `http://<Host header>`: where this server is reachable for the client (the flow upload URL). */
    readonly origin: string;
    readonly org: OrgState;
    readonly settings: ApiSettings;
}

export interface Route {
    readonly method: string;
    /** e.g. `/api/v2/integrations/{integrationId}/config/current` */
    readonly pattern: string;
    /** No bearer token needed: the flow upload URL, which the provider calls with plain net/http. */
    readonly public?: boolean;
    readonly handle: (request: RouteRequest) => ApiResponse;
}

export function route(method: string, pattern: string, handle: Route["handle"], options: { public?: boolean } = {}): Route {
    return { method, pattern, handle, ...options };
}

function segments(path: string): string[] {
    return path.split("/").filter((s) => s !== "");
}

function parameterName(segment: string): string | undefined {
    return /^\{(\w+)\}$/.exec(segment)?.[1];
}

export interface RouteMatch {
    readonly route: Route;
    readonly params: Record<string, string>;
}

/** A path segment with its %-escapes decoded; a malformed escape (`%E0%A4%A`) is the client's mistake: a 400 naming it. */
function decodedSegment(method: string, path: string, segment: string): string {
    try {
        return decodeURIComponent(segment);
    } catch {
        throw badRequest(`${method} ${path}: the path segment ${JSON.stringify(segment)} has a malformed %-escape`);
    }
}

/** Finds the route for `method path`, or undefined when the API does not know the call. A malformed %-escape throws a 400 ApiFailure. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | undefined {
    const literals = new Set(routes.flatMap((r) => segments(r.pattern).filter((s) => parameterName(s) === undefined).map((s) => s.toLowerCase())));
    const requested = segments(path);
    for (const candidate of routes) {
        if (candidate.method !== method) {
            continue;
        }
        const pattern = segments(candidate.pattern);
        if (pattern.length !== requested.length) {
            continue;
        }
        const params: Record<string, string> = {};
        const matches = pattern.every((segment, index) => {
            const actual = requested[index];
            const name = parameterName(segment);
            if (name === undefined) {
                return segment.toLowerCase() === actual.toLowerCase();
            }
            if (literals.has(actual.toLowerCase())) {
                return false;
            }
            params[name] = decodedSegment(method, path, actual);
            return true;
        });
        if (matches) {
            return { route: candidate, params };
        }
    }
    return undefined;
}

/** The request body as a JSON object; a 400 naming the problem otherwise. */
export function jsonObject(request: RouteRequest): Record<string, unknown> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(request.body);
    } catch {
        throw badRequest(`${request.method} ${request.path}: the body is not JSON`);
    }
    if (!isRecord(parsed)) {
        throw badRequest(`${request.method} ${request.path}: the body must be a JSON object`);
    }
    return parsed;
}

/** A required non-empty string field of a body; a 400 naming it otherwise. */
export function requiredString(body: Record<string, unknown>, field: string, what: string): string {
    const value = body[field];
    if (typeof value !== "string" || value === "") {
        throw badRequest(`${what}: "${field}" is required (a non-empty string)`);
    }
    return value;
}
