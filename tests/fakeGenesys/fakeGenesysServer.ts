/**
 * A loopback stand-in for the subset of the Genesys Cloud Platform API that doctor and adopt use: OAuth client
 * credentials, integrations, data actions, flows, Process Automation triggers and the three test endpoints.
 * Bodies are built from the SDK's own model types; trigger criteria are evaluated with the simulation's Genesys
 * semantics. Paging follows the API: `pageNumber`/`pageSize`/`pageCount` for listings, an `after` cursor in
 * `nextUri` for triggers. Failure modes: refused login, 403 on chosen endpoints, a server that never answers.
 */
import * as http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { Models } from "purecloud-platform-client-v2";
import { acceptedMatchCriteria, evaluateCriteria } from "../../tools/simulation/matchCriteria";

export interface FakeOrg {
    integrations: Models.Integration[];
    /** Full actions, with contract and config; listings strip what the real API strips. */
    actions: Models.Action[];
    flows: Models.Flow[];
    triggers: Models.Trigger[];
}

export interface FakeBehaviour {
    readonly clientId: string;
    readonly clientSecret: string;
    /** Largest page the server returns, whatever the client asks for (forces paging). */
    readonly maxPageSize?: number;
    /** `METHOD /path-prefix` → the permission named in the 403. */
    readonly forbidden?: Readonly<Record<string, string>>;
    /** Accept connections and never answer. */
    readonly silent?: boolean;
    /** What the data action test returns (default: success). */
    readonly actionTest?: (action: Models.Action, input: unknown) => Models.TestExecutionResult;
}

export interface RecordedRequest {
    readonly method: string;
    readonly path: string;
    readonly query: Readonly<Record<string, string>>;
    readonly body: string;
}

const TOKEN = "fake-access-token";

function errorBody(status: number, code: string, message: string): Models.ErrorBody {
    return { status, code, message, messageParams: {}, contextId: "fake-context", details: [], errors: [] };
}

export class FakeGenesysServer {
    readonly requests: RecordedRequest[] = [];
    private readonly server: http.Server;
    private readonly sockets = new Set<Socket>();
    private baseUrl = "";

    constructor(
        public org: FakeOrg,
        private readonly behaviour: FakeBehaviour,
    ) {
        this.server = http.createServer((request, response) => {
            let body = "";
            request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
            request.on("end", () => this.handle(request, body, response));
        });
        this.server.on("connection", (socket) => {
            this.sockets.add(socket);
            socket.on("close", () => this.sockets.delete(socket));
        });
    }

    async start(): Promise<string> {
        await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
        this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        return this.baseUrl;
    }

    async stop(): Promise<void> {
        for (const socket of this.sockets) {
            socket.destroy();
        }
        await new Promise<void>((resolve) => this.server.close(() => resolve()));
    }

    requested(method: string, pathPrefix: string): RecordedRequest[] {
        return this.requests.filter((r) => r.method === method && r.path.startsWith(pathPrefix));
    }

    private handle(request: http.IncomingMessage, body: string, response: http.ServerResponse): void {
        const url = new URL(request.url ?? "/", this.baseUrl);
        const method = request.method ?? "GET";
        const query = Object.fromEntries(url.searchParams.entries());
        this.requests.push({ method, path: url.pathname, query, body });
        if (this.behaviour.silent) {
            return;
        }
        const send = (status: number, payload: unknown): void => {
            response.writeHead(status, { "Content-Type": "application/json" });
            response.end(JSON.stringify(payload));
        };
        if (method === "POST" && url.pathname === "/oauth/token") {
            return this.login(request, body, send);
        }
        if (request.headers.authorization !== `Bearer ${TOKEN}`) {
            return send(401, errorBody(401, "bad.credentials", "Invalid login credentials."));
        }
        for (const [route, permission] of Object.entries(this.behaviour.forbidden ?? {})) {
            const [forbiddenMethod, prefix] = route.split(" ");
            if (method === forbiddenMethod && url.pathname.startsWith(prefix)) {
                return send(403, errorBody(403, "missing.permissions", `You are missing the following permission(s): ${permission}`));
            }
        }
        const routed = this.route(method, url.pathname, query, body);
        if (routed === undefined) {
            return send(404, errorBody(404, "not.found", `${method} ${url.pathname} is not part of the fake API`));
        }
        send(routed.status, routed.payload);
    }

    private login(request: http.IncomingMessage, body: string, send: (status: number, payload: unknown) => void): void {
        const expected = `Basic ${Buffer.from(`${this.behaviour.clientId}:${this.behaviour.clientSecret}`).toString("base64")}`;
        if (request.headers.authorization !== expected || body !== "grant_type=client_credentials") {
            return send(401, { error: "invalid_client", description: "client id or secret is wrong" });
        }
        send(200, { access_token: TOKEN, token_type: "bearer", expires_in: 86399 });
    }

    private page<T>(entities: readonly T[], query: Readonly<Record<string, string>>): { entities: T[]; pageNumber: number; pageSize: number; pageCount: number; total: number } {
        const pageSize = Math.min(Number(query.pageSize ?? 25), this.behaviour.maxPageSize ?? Number.MAX_SAFE_INTEGER);
        const pageNumber = Number(query.pageNumber ?? 1);
        const pageCount = Math.max(1, Math.ceil(entities.length / pageSize));
        const start = (pageNumber - 1) * pageSize;
        return { entities: entities.slice(start, start + pageSize), pageNumber, pageSize, pageCount, total: entities.length };
    }

    private route(method: string, path: string, query: Readonly<Record<string, string>>, body: string): { status: number; payload: unknown } | undefined {
        const ok = (payload: unknown) => ({ status: 200, payload });
        if (method === "GET" && path === "/api/v2/integrations") {
            const listing: Models.IntegrationEntityListing = this.page(this.org.integrations, query);
            return ok(listing);
        }
        if (method === "GET" && path === "/api/v2/integrations/actions") {
            // The listing has no contracts; the request configuration only with includeConfig=true.
            const actions = this.org.actions.map(({ contract: _contract, config, ...rest }) => (query.includeConfig === "true" ? { ...rest, config } : rest));
            const listing: Models.ActionEntityListing = this.page(actions, query);
            return ok(listing);
        }
        const actionTest = /^\/api\/v2\/integrations\/actions\/([^/]+)\/test$/.exec(path);
        if (method === "POST" && actionTest) {
            const action = this.org.actions.find((a) => a.id === actionTest[1]);
            if (!action) {
                return { status: 404, payload: errorBody(404, "not.found", "action not found") };
            }
            const result: Models.TestExecutionResult = this.behaviour.actionTest
                ? this.behaviour.actionTest(action, JSON.parse(body))
                : { success: true, operations: [{ step: 1, name: "Execute", success: true, result: {} }], finalResult: {} };
            return ok(result);
        }
        const actionGet = /^\/api\/v2\/integrations\/actions\/([^/]+)$/.exec(path);
        if (method === "GET" && actionGet) {
            const action = this.org.actions.find((a) => a.id === actionGet[1]);
            return action ? ok(action) : { status: 404, payload: errorBody(404, "not.found", "action not found") };
        }
        if (method === "GET" && path === "/api/v2/flows") {
            const types = (query.type ?? "").toLowerCase().split(",").filter((t) => t !== "");
            const flows = this.org.flows.filter((f) => types.length === 0 || types.includes((f.type ?? "").toLowerCase()));
            const listing: Models.FlowEntityListing = this.page(flows, query);
            return ok(listing);
        }
        if (method === "GET" && path === "/api/v2/processautomation/triggers") {
            return ok(this.triggerPage(query));
        }
        const topicTest = /^\/api\/v2\/processautomation\/triggers\/topics\/([^/]+)\/test$/.exec(path);
        if (method === "POST" && topicTest) {
            const topic = decodeURIComponent(topicTest[1]);
            const event = JSON.parse(body) as unknown;
            const onTopic = this.org.triggers.filter((t) => t.topicName === topic);
            const ref = (t: Models.Trigger): Models.TestModeTrigger => ({ id: t.id, name: t.name, enabled: t.enabled });
            const result: Models.TestModeEventResults = {
                schemaValidation: { name: "Schema validation", step: 1, matches: true, details: [] },
                triggerMatchValidation: {
                    name: "Trigger match validation",
                    step: 2,
                    matchedTriggers: onTopic.filter((t) => this.matches(t, event)).map(ref),
                    unmatchedTriggers: onTopic.filter((t) => !this.matches(t, event)).map(ref),
                },
            };
            return ok(result);
        }
        const triggerTest = /^\/api\/v2\/processautomation\/triggers\/([^/]+)\/test$/.exec(path);
        if (method === "POST" && triggerTest) {
            const trigger = this.org.triggers.find((t) => t.id === triggerTest[1]);
            if (!trigger) {
                return { status: 404, payload: errorBody(404, "not.found", "trigger not found") };
            }
            const evaluation = evaluateCriteria(acceptedMatchCriteria(JSON.stringify(trigger.matchCriteria ?? [])), JSON.parse(body));
            const details: Models.MatchCriteriaTestResult[] = evaluation.results.map((r) => ({
                jsonPath: r.criterion.jsonPath,
                operator: r.criterion.operator,
                value: r.criterion.value as object | undefined,
                values: r.criterion.values as object[] | undefined,
                match: r.holds,
            }));
            const result: Models.TestModeResults = {
                schemaValidation: { name: "Schema validation", step: 1, matches: true, details: [] },
                targetValidation: { name: "Target validation", step: 2, matches: true, details: [] },
                jsonPathValidation: { name: "JsonPath validation", step: 3, matches: evaluation.matches, details },
                triggerMatches: evaluation.matches,
            };
            return ok(result);
        }
        return undefined;
    }

    private matches(trigger: Models.Trigger, event: unknown): boolean {
        return evaluateCriteria(acceptedMatchCriteria(JSON.stringify(trigger.matchCriteria ?? [])), event).matches;
    }

    private triggerPage(query: Readonly<Record<string, string>>): Models.TriggerEntityListing {
        const topics = (query.topicName ?? "").split(",").filter((t) => t !== "");
        const all = this.org.triggers.filter((t) => topics.length === 0 || topics.includes(t.topicName ?? ""));
        const pageSize = Math.min(Number(query.pageSize ?? 25), this.behaviour.maxPageSize ?? Number.MAX_SAFE_INTEGER);
        const start = query.after !== undefined ? Number(query.after) : 0;
        const end = start + pageSize;
        const next = new URLSearchParams({ after: String(end), pageSize: String(pageSize), topicName: topics.join(",") });
        return {
            entities: all.slice(start, end),
            selfUri: "/api/v2/processautomation/triggers",
            nextUri: end < all.length ? `/api/v2/processautomation/triggers?${next.toString()}` : undefined,
        };
    }
}
