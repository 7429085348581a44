/**
 * The one place that talks to a live Genesys Cloud org, through the official Platform API SDK
 * (`purecloud-platform-client-v2`). Read-only by construction: it exposes listings and the three test
 * endpoints (trigger test, topic test, data action test), never a create, update or delete.
 */
import * as platformClient from "purecloud-platform-client-v2";
import { GENESYS_REGIONS } from "../../components/genesysRegions";
import { BASE_URL_OVERRIDE_VARIABLE } from "./environment";
import { apiFailure, failureFacts, loginFailure, RequestContext } from "./failureMessages";
import { allCursorPages, allNumberedPages } from "./paging";
import { UserError } from "../userError";
import { maskCredentialsInText } from "../maskSecrets";

export type Integration = platformClient.Models.Integration;
export type Action = platformClient.Models.Action;
export type Flow = platformClient.Models.Flow;
export type Trigger = platformClient.Models.Trigger;
export type TopicTestResult = platformClient.Models.TestModeEventResults;
export type TriggerTestResult = platformClient.Models.TestModeResults;
export type ActionTestResult = platformClient.Models.TestExecutionResult;

/** The permissions each endpoint accepts (any one of them), from the SDK's API docs (`build/docs/*Api.md`). */
export const PERMISSIONS = {
    listIntegrations: ["integrations:integration:view"],
    listActions: ["integrations:action:view", "bridge:actions:view"],
    listFlows: ["architect:flow:view"],
    listTriggers: ["processautomation:trigger:view", "processautomation:trigger:edit"],
    testTriggers: ["processautomation:trigger:test"],
    testAction: ["integrations:action:execute", "bridge:actions:execute"],
} as const;

export const DEFAULT_TIMEOUT_MS = 20_000;
const PAGE_SIZE = 100;
const TRIGGER_PAGE_SIZE = "200";
const MAX_RATE_LIMIT_RETRIES = 3;

export interface GenesysCredentials {
    readonly clientId: string;
    readonly clientSecret: string;
}

export interface ConnectOptions {
    /** Genesys region id as in the stack's `genesysRegion`, e.g. `eu-central-1`. */
    readonly region: string;
    readonly credentials: GenesysCredentials;
    readonly timeoutMs?: number;
    /**
     * Send login and API requests to this base URL instead of `https://login.<domain>` / `https://api.<domain>`,
     * through the SDK's own gateway setting. For API gateways and for the tests' loopback server; plain http is
     * accepted for loopback hosts only, so credentials never cross a network unencrypted.
     */
    readonly baseUrlOverride?: string;
}

/** What doctor and adopt may ask of the org. */
export interface GenesysOrgReader {
    /** Where the requests go, for messages. */
    readonly apiBaseUrl: string;
    listIntegrations(): Promise<Integration[]>;
    /** Every data action with its request configuration (the listing omits contracts; see getAction). */
    listActions(): Promise<Action[]>;
    /** One action with its contracts and configuration. */
    getAction(actionId: string): Promise<Action>;
    listWorkflows(): Promise<Flow[]>;
    /** One flow as `GET /api/v2/flows/{flowId}` answers it: with its lock (`lockedUser`, `lockedClient`). */
    getWorkflow(flowId: string): Promise<Flow>;
    /**
     * A flow version's configuration (`GET /api/v2/flows/{flowId}/versions/{versionId}/configuration`): Architect's
     * own JSON of that version, typed only as `object` by the SDK (not Archy YAML); undefined when Genesys answers 404.
     */
    getWorkflowVersionConfiguration(flowId: string, versionId: string): Promise<unknown>;
    listTriggers(topicNames: readonly string[]): Promise<Trigger[]>;
    testTopic(topicName: string, eventBody: object): Promise<TopicTestResult>;
    testTrigger(triggerId: string, eventBody: object): Promise<TriggerTestResult>;
    /** Executes the data action for real (it sends one request to its URL). */
    testAction(actionId: string, input: Record<string, unknown>): Promise<ActionTestResult>;
}

export type SdkApiClient = typeof platformClient.ApiClient;

/** `ApiClientClass` is exported at runtime (index.js) but not in the SDK's typings; a fresh client keeps calls independent. */
function newApiClient(): SdkApiClient {
    const runtime = platformClient as unknown as { ApiClientClass: new () => SdkApiClient };
    return new runtime.ApiClientClass();
}

/** With extended responses on, the SDK resolves `{status, body}` whatever the method's typing says. */
interface ExtendedResponse {
    readonly status: number;
    readonly body: unknown;
}

function isExtendedResponse(value: unknown): value is ExtendedResponse {
    return typeof value === "object" && value !== null && "status" in value && "body" in value;
}

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

export function regionDomain(region: string): string {
    const domain = GENESYS_REGIONS[region];
    if (domain === undefined) {
        throw new UserError(`genesysRegion "${region}" is not a Genesys Cloud region (known: ${Object.keys(GENESYS_REGIONS).join(", ")}). Fix: pulumi config set genesysRegion <region> -s <stack>.`);
    }
    return domain;
}

function gatewayFrom(baseUrl: string): { protocol: string; host: string; port?: number } {
    // The value comes from the environment (GENESYS_BASE_URL_OVERRIDE) and messages reach CI logs: credentials masked.
    const shown = JSON.stringify(maskCredentialsInText(baseUrl));
    let url: URL;
    try {
        url = new URL(baseUrl);
    } catch {
        throw new UserError(`${BASE_URL_OVERRIDE_VARIABLE} ${shown} is not a URL. Fix: export ${BASE_URL_OVERRIDE_VARIABLE}=http://127.0.0.1:8642 (the local Genesys API), or unset it.`);
    }
    if (url.username !== "" || url.password !== "") {
        throw new UserError(`${BASE_URL_OVERRIDE_VARIABLE} ${shown} must not contain credentials: the login uses the OAuth client's, and the URL is printed in messages. Fix: remove the user and password from the URL.`);
    }
    const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
    if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
        throw new UserError(
            `${BASE_URL_OVERRIDE_VARIABLE} ${shown} must be https (plain http only for 127.0.0.1 / localhost). Fix: use https://<gateway host>, or unset it.`,
        );
    }
    if (url.pathname !== "/" || url.search !== "") {
        throw new UserError(`${BASE_URL_OVERRIDE_VARIABLE} ${shown} must have no path or query. Fix: export ${BASE_URL_OVERRIDE_VARIABLE}=${url.protocol}//${url.host}`);
    }
    return { protocol: url.protocol.slice(0, -1), host: url.hostname, port: url.port === "" ? undefined : Number(url.port) };
}

/** A logged-in SDK client and where its requests go. */
export interface LoggedInClient {
    readonly client: SdkApiClient;
    readonly apiBaseUrl: string;
    readonly timeoutMs: number;
    /** The environment variable that redirected the requests, for the messages' fix (undefined: the real Genesys). */
    readonly overriddenBy: string | undefined;
}

/** Logs in with the client-credentials grant. */
export async function loginToGenesys(options: ConnectOptions): Promise<LoggedInClient> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const client = newApiClient();
    // Deterministic: the region comes from the stack, not from ~/.genesyscloudjavascript/config; no SDK logging (it would print headers).
    client.config.setConfigPath("");
    client.config.logger.log_level = "none";
    client.config.gateway = undefined;
    const domain = regionDomain(options.region);
    client.setEnvironment(domain);
    let loginBaseUrl = `https://login.${domain}`;
    let apiBaseUrl = `https://api.${domain}`;
    const overriddenBy = options.baseUrlOverride !== undefined ? BASE_URL_OVERRIDE_VARIABLE : undefined;
    if (options.baseUrlOverride !== undefined) {
        const gateway = gatewayFrom(options.baseUrlOverride);
        client.setGateway(gateway);
        loginBaseUrl = apiBaseUrl = options.baseUrlOverride.replace(/\/$/, "");
    }
    client.getHttpClient().setTimeout(timeoutMs);
    client.setReturnExtendedResponses(true);

    try {
        await client.loginClientCredentialsGrant(options.credentials.clientId, options.credentials.clientSecret);
    } catch (thrown) {
        throw loginFailure(thrown, { request: "POST /oauth/token", baseUrl: loginBaseUrl, timeoutMs, overriddenBy });
    }
    return { client, apiBaseUrl, timeoutMs, overriddenBy };
}

/** Logs in with the client-credentials grant and returns a read-only view of the org. */
export async function connectToGenesys(options: ConnectOptions): Promise<GenesysOrgReader> {
    const { client, apiBaseUrl, timeoutMs, overriddenBy } = await loginToGenesys(options);
    return new SdkOrgReader(client, apiBaseUrl, timeoutMs, overriddenBy);
}

/** Runs one SDK call, unwraps the extended response, retries rate limiting, and turns failures into fixes. */
export async function callSdk<T>(context: RequestContext, permissions: readonly string[], invoke: () => Promise<unknown>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
        try {
            const response = await invoke();
            if (!isExtendedResponse(response)) {
                throw new UserError(`${context.request}: unexpected answer from ${context.baseUrl} (not an API response).`);
            }
            return response.body as T;
        } catch (thrown) {
            if (thrown instanceof UserError) {
                throw thrown;
            }
            if (failureFacts(thrown).status === 429 && attempt < MAX_RATE_LIMIT_RETRIES) {
                await sleep(1000 * 2 ** attempt);
                continue;
            }
            throw apiFailure(thrown, context, permissions);
        }
    }
}

class SdkOrgReader implements GenesysOrgReader {
    private readonly integrations: platformClient.IntegrationsApi;
    private readonly architect: platformClient.ArchitectApi;
    private readonly processAutomation: platformClient.ProcessAutomationApi;

    constructor(
        client: SdkApiClient,
        readonly apiBaseUrl: string,
        private readonly timeoutMs: number,
        private readonly overriddenBy: string | undefined,
    ) {
        this.integrations = new platformClient.IntegrationsApi(client);
        this.architect = new platformClient.ArchitectApi(client);
        this.processAutomation = new platformClient.ProcessAutomationApi(client);
    }

    /** Runs one SDK call, unwraps the extended response, retries rate limiting, and turns failures into fixes. */
    private call<T>(request: string, permissions: readonly string[], invoke: () => Promise<unknown>): Promise<T> {
        return callSdk<T>({ request, baseUrl: this.apiBaseUrl, timeoutMs: this.timeoutMs, overriddenBy: this.overriddenBy }, permissions, invoke);
    }

    listIntegrations(): Promise<Integration[]> {
        return allNumberedPages("integrations", (pageNumber) =>
            this.call<platformClient.Models.IntegrationEntityListing>("GET /api/v2/integrations", PERMISSIONS.listIntegrations, () =>
                this.integrations.getIntegrations({ pageNumber, pageSize: PAGE_SIZE }),
            ),
        );
    }

    listActions(): Promise<Action[]> {
        return allNumberedPages("data actions", (pageNumber) =>
            this.call<platformClient.Models.ActionEntityListing>("GET /api/v2/integrations/actions", PERMISSIONS.listActions, () =>
                this.integrations.getIntegrationsActions({ pageNumber, pageSize: PAGE_SIZE, includeConfig: true }),
            ),
        );
    }

    getAction(actionId: string): Promise<Action> {
        return this.call<Action>(`GET /api/v2/integrations/actions/${actionId}`, PERMISSIONS.listActions, () =>
            this.integrations.getIntegrationsAction(actionId, { expand: "contract", includeConfig: true }),
        );
    }

    listWorkflows(): Promise<Flow[]> {
        return allNumberedPages("workflows", (pageNumber) =>
            this.call<platformClient.Models.FlowEntityListing>("GET /api/v2/flows?type=workflow", PERMISSIONS.listFlows, () =>
                this.architect.getFlows({ type: ["workflow"], pageNumber, pageSize: PAGE_SIZE }),
            ),
        );
    }

    getWorkflow(flowId: string): Promise<Flow> {
        return this.call<Flow>(`GET /api/v2/flows/${flowId}`, PERMISSIONS.listFlows, () => this.architect.getFlow(flowId));
    }

    getWorkflowVersionConfiguration(flowId: string, versionId: string): Promise<unknown> {
        return this.call<unknown>(`GET /api/v2/flows/${flowId}/versions/${versionId}/configuration`, PERMISSIONS.listFlows, async () => {
            try {
                return await this.architect.getFlowVersionConfiguration(flowId, versionId);
            } catch (thrown) {
                // No configuration for that version: nothing to compare, not a reason to stop the whole check.
                if (failureFacts(thrown).status === 404) {
                    return { status: 404, body: undefined };
                }
                throw thrown;
            }
        });
    }

    listTriggers(topicNames: readonly string[]): Promise<Trigger[]> {
        const topicName = topicNames.join(",");
        return allCursorPages("Process Automation triggers", (after) =>
            this.call<platformClient.Models.TriggerEntityListing>("GET /api/v2/processautomation/triggers", PERMISSIONS.listTriggers, () =>
                this.processAutomation.getProcessautomationTriggers({ topicName, pageSize: TRIGGER_PAGE_SIZE, after }),
            ),
        );
    }

    testTopic(topicName: string, eventBody: object): Promise<TopicTestResult> {
        return this.call<TopicTestResult>(`POST /api/v2/processautomation/triggers/topics/${topicName}/test`, PERMISSIONS.testTriggers, () =>
            // The endpoint takes the event as a JSON string body (SDK: `opts.body: string`).
            this.processAutomation.postProcessautomationTriggersTopicTest(topicName, { body: JSON.stringify(eventBody) }),
        );
    }

    testTrigger(triggerId: string, eventBody: object): Promise<TriggerTestResult> {
        return this.call<TriggerTestResult>(`POST /api/v2/processautomation/triggers/${triggerId}/test`, PERMISSIONS.testTriggers, () =>
            this.processAutomation.postProcessautomationTriggerTest(triggerId, { body: JSON.stringify(eventBody) }),
        );
    }

    testAction(actionId: string, input: Record<string, unknown>): Promise<ActionTestResult> {
        return this.call<ActionTestResult>(`POST /api/v2/integrations/actions/${actionId}/test`, PERMISSIONS.testAction, () =>
            this.integrations.postIntegrationsActionTest(actionId, input),
        );
    }
}
