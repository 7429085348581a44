/**
 * The local Genesys Cloud API: a loopback HTTP server that answers the calls genesyscloud provider v1.84.1 makes
 * for this stack's resources (every call in the project reference genesys-api-calls.md for integrations,
 * credentials, non-function data actions, flows, Process Automation triggers, organizations/me and the provider's
 * configure step), plus the listings and test endpoints doctor and adopt use through the Platform API SDK.
 * Routes, state file format and the choices made where Genesys' behaviour is unverified: ./README.md.
 *
 * Rules every answer keeps (genesys-api-calls.md, "Common transport"):
 * - errors are JSON `{message, code, status}`, so the SDKs' `API Error: 404` detection works;
 * - a call the API does not know gets 501 naming the method and path, and is kept in `unknownCalls` so a test can
 *   fail on it; never a silent 200, and no other 5xx and no 429, which the SDKs retry for minutes.
 * Failure modes for tests: refused login (wrong secret), 403 on chosen endpoints naming the permission, a server
 * that never answers, a maximum page size.
 */
import * as http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { actionRoutes } from "./actionRoutes";
import { apiError, ApiFailure, ApiResponse, errorBody } from "./apiResponse";
import { ApiCredentials, Authentication, DEFAULT_CREDENTIALS } from "./authentication";
import { credentialRoutes } from "./credentialRoutes";
import { flowInstanceRoutes } from "./flowInstanceRoutes";
import { flowLogLevelRoutes } from "./flowLogLevelRoutes";
import { flowRoutes } from "./flowRoutes";
import { integrationRoutes } from "./integrationRoutes";
import { organizationRoutes } from "./organizationRoutes";
import { emptyOrg, OrgState, readOrgStateFile, writeOrgStateFile } from "./orgState";
import { ApiSettings, matchRoute, Route, route } from "./route";
import { testModeRoutes } from "./testModeRoutes";
import { triggerRoutes } from "./triggerRoutes";
import { UserError } from "../userError";

export interface LocalGenesysOptions extends Partial<ApiCredentials>, ApiSettings {
    /** The org to serve, in memory (tests). Ignored when `stateFile` is given. Default: an empty org. */
    readonly org?: OrgState;
    /** Read the org from this JSON file (if it exists) and write it back after every change. */
    readonly stateFile?: string;
    /** `METHOD /path-prefix` → the permission a 403 names. */
    readonly forbidden?: Readonly<Record<string, string>>;
    /** Accept connections and never answer. */
    readonly silent?: boolean;
    /** Called with one line per answered request (`sandbox:serve` prints them). */
    readonly log?: (line: string) => void;
}

export interface RecordedRequest {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, string>>;
    readonly body: string;
}

export interface UnknownCall {
    readonly method: string;
    readonly path: string;
    readonly reason: string;
}

/** Every route of the API besides the login. */
export const API_ROUTES: readonly Route[] = [
    ...organizationRoutes,
    ...credentialRoutes,
    ...actionRoutes,
    ...integrationRoutes,
    ...flowRoutes,
    ...flowInstanceRoutes,
    ...flowLogLevelRoutes,
    ...triggerRoutes,
    ...testModeRoutes,
];

export class LocalGenesysApi {
    /** Every request received, in order. */
    readonly requests: RecordedRequest[] = [];
    /** Calls answered 501: not part of this API, or a handler that failed. */
    readonly unknownCalls: UnknownCall[] = [];
    org: OrgState;
    private readonly server: http.Server;
    private readonly sockets = new Set<Socket>();
    private readonly authentication: Authentication;
    private readonly routes: readonly Route[];
    private url = "";

    constructor(private readonly options: LocalGenesysOptions = {}) {
        this.org = options.stateFile !== undefined ? readOrgStateFile(options.stateFile) : (options.org ?? emptyOrg());
        this.authentication = new Authentication({ ...DEFAULT_CREDENTIALS, ...definedCredentials(options) });
        const login = route("POST", "/oauth/token", (request) => this.authentication.login(request.authorization, request.body), { public: true });
        this.routes = [login, ...API_ROUTES];
        this.server = http.createServer((request, response) => {
            const chunks: Buffer[] = [];
            request.on("data", (chunk: Buffer) => chunks.push(chunk));
            request.on("end", () => this.handleSafely(request, Buffer.concat(chunks).toString("utf8"), response));
        });
        this.server.on("connection", (socket) => {
            this.sockets.add(socket);
            socket.on("close", () => this.sockets.delete(socket));
        });
    }

    /** `http://127.0.0.1:<port>` once started. */
    get baseUrl(): string {
        return this.url;
    }

    /** Listens on 127.0.0.1 (`port` 0: any free port). A port in use is a UserError naming it and the fix. */
    async start(port = 0): Promise<string> {
        await new Promise<void>((resolve, reject) => {
            const onError = (error: NodeJS.ErrnoException): void => {
                reject(
                    error.code === "EADDRINUSE"
                        ? new UserError(`Port ${port} on 127.0.0.1 is in use. Fix: stop what listens there, or pick another port with --port <number>.`)
                        : error,
                );
            };
            this.server.once("error", onError);
            this.server.listen(port, "127.0.0.1", () => {
                this.server.off("error", onError);
                resolve();
            });
        });
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        if (this.options.stateFile !== undefined) {
            writeOrgStateFile(this.options.stateFile, this.org);
        }
        return this.url;
    }

    async stop(): Promise<void> {
        for (const socket of this.sockets) {
            socket.destroy();
        }
        await new Promise<void>((resolve) => this.server.close(() => resolve()));
    }

    /** The recorded requests of `method` whose path starts with `pathPrefix`. */
    requested(method: string, pathPrefix: string): RecordedRequest[] {
        return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix));
    }

    /**
     * A request the API cannot even read (a malformed %-escape or URL) is answered 400 before authentication, and
     * nothing a client sends stops the server: an error here would otherwise escape the event handler and end the process.
     */
    private handleSafely(request: http.IncomingMessage, body: string, response: http.ServerResponse): void {
        try {
            this.handle(request, body, response);
        } catch (thrown) {
            const answer = thrown instanceof ApiFailure ? thrown.response : apiError(400, "bad.request", `${request.method ?? "?"}: the request could not be read`);
            this.options.log?.(`${request.method ?? "?"} (unreadable request) -> ${answer.status}`);
            if (!response.headersSent) {
                response.writeHead(answer.status, { "Content-Type": "application/json" });
            }
            response.end(JSON.stringify(answer.body));
        }
    }

    private handle(request: http.IncomingMessage, body: string, response: http.ServerResponse): void {
        const url = new URL(request.url ?? "/", "http://127.0.0.1");
        const method = request.method ?? "GET";
        const query = Object.fromEntries(url.searchParams.entries());
        this.requests.push({ method, path: url.pathname, query, body });
        if (this.options.silent) {
            return;
        }
        const answer = this.answer(request, method, url.pathname, query, body);
        this.options.log?.(`${method} ${url.pathname}${url.search} -> ${answer.status}`);
        if (answer.text !== undefined) {
            response.writeHead(answer.status, { "Content-Type": "text/plain; charset=utf-8" });
            response.end(answer.text);
        } else if (answer.body !== undefined) {
            response.writeHead(answer.status, { "Content-Type": "application/json" });
            response.end(JSON.stringify(answer.body));
        } else {
            response.writeHead(answer.status);
            response.end();
        }
    }

    private answer(request: http.IncomingMessage, method: string, path: string, query: Record<string, string>, body: string): ApiResponse {
        const match = matchRoute(this.routes, method, path);
        if (!match) {
            return this.unknown(method, path, "not part of the local Genesys API");
        }
        if (!match.route.public && !this.authentication.accepts(request.headers.authorization)) {
            return apiError(401, "bad.credentials", "Invalid login credentials.");
        }
        const permission = this.forbiddenPermission(method, path);
        if (permission !== undefined) {
            return apiError(403, "missing.permissions", `You are missing the following permission(s): ${permission}`);
        }
        let answer: ApiResponse;
        try {
            answer = match.route.handle({
                method,
                path,
                params: match.params,
                query,
                body,
                authorization: request.headers.authorization,
                origin: `http://${request.headers.host ?? this.url.replace(/^http:\/\//, "")}`,
                org: this.org,
                settings: this.options,
            });
        } catch (thrown) {
            if (thrown instanceof ApiFailure) {
                return thrown.response;
            }
            return this.unknown(method, path, `the local API failed: ${(thrown as Error).message}`);
        }
        if (this.options.stateFile !== undefined && method !== "GET" && answer.status < 300) {
            writeOrgStateFile(this.options.stateFile, this.org);
        }
        return answer;
    }

    private forbiddenPermission(method: string, path: string): string | undefined {
        for (const [endpoint, permission] of Object.entries(this.options.forbidden ?? {})) {
            const [forbiddenMethod, prefix] = endpoint.split(" ");
            if (method === forbiddenMethod && path.toLowerCase().startsWith(prefix.toLowerCase())) {
                return permission;
            }
        }
        return undefined;
    }

    /** 501, the one 5xx the SDKs do not retry (genesys-api-calls.md, "Common transport"). */
    private unknown(method: string, path: string, reason: string): ApiResponse {
        this.unknownCalls.push({ method, path, reason });
        return { status: 501, body: { ...errorBody(501, "not.implemented", `${method} ${path}: ${reason}`), method, path } };
    }
}

function definedCredentials(options: Partial<ApiCredentials>): Partial<ApiCredentials> {
    return Object.fromEntries(Object.entries({ clientId: options.clientId, clientSecret: options.clientSecret, accessToken: options.accessToken }).filter(([, v]) => v !== undefined));
}
