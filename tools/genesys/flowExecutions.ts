/**
 * Workflow execution history (what doctor's `--lost-ends` reads) and the workflow launch (what `--replay` sends),
 * through the official Platform API SDK's ArchitectApi. Reads and the one write are separate interfaces so the
 * listing code cannot launch anything; only the replay, after the operator confirmed, gets a `WorkflowLauncher`.
 *
 * Permissions, from the SDK's API docs (ArchitectApi.md, "Requires ANY permissions"):
 * `GET /api/v2/flows/instances/settings/executiondata` architect:flowinstanceexecutiondata:view;
 * `POST /api/v2/flows/instances/query` architect:flowInstance:search; `GET /api/v2/flows/instances/{id}` and
 * `GET /api/v2/flows/instances/jobs/{jobId}` architect:flowInstance:view (`POST /api/v2/flows/instances/jobs`, the
 * batch download, assumed the same: unverified); `POST /api/v2/flows/executions`
 * architect:flow:launch. The query, the download job and the setting are "preview" methods there: Genesys may
 * change them without notice.
 */
import * as platformClient from "purecloud-platform-client-v2";
import { UserError } from "../userError";
import { callSdk, ConnectOptions, loginToGenesys } from "./genesysClient";

export type FlowInstance = platformClient.Models.FlowExecutionDataQueryResult;
export type FlowInstanceListing = platformClient.Models.FlowResultEntityListing;
export type CriteriaQuery = platformClient.Models.CriteriaQuery;
export type WorkflowLaunchRequest = platformClient.Models.FlowExecutionLaunchRequest;
export type WorkflowLaunchResponse = platformClient.Models.FlowExecutionLaunchResponse;

export const FLOW_EXECUTION_PERMISSIONS = {
    executionDataSetting: ["architect:flowinstanceexecutiondata:view"],
    queryInstances: ["architect:flowInstance:search"],
    executionData: ["architect:flowInstance:view"],
    launch: ["architect:flow:launch"],
} as const;

/** The query answers at most 200 executions (SDK docs: "Returns a list of matching flow histories up to 200 max"). */
export const MAX_INSTANCES_PER_QUERY = 200;

export interface FlowExecutionHistory {
    /** Whether the org keeps execution data at all. */
    executionDataEnabled(): Promise<boolean>;
    queryInstances(query: CriteriaQuery): Promise<FlowInstanceListing>;
    /** The downloaded execution data of one execution (JSON whose shape Genesys does not document). */
    executionData(instanceId: string): Promise<unknown>;
    /**
     * The execution data of several executions, through one download job per EXECUTION_DATA_IDS_PER_JOB ids
     * (`POST /api/v2/flows/instances/jobs`). An execution whose data cannot be had maps to its problem.
     */
    executionDataOfMany(instanceIds: readonly string[]): Promise<ReadonlyMap<string, ExecutionDataResult>>;
}

export type ExecutionDataResult = { readonly data: unknown } | { readonly problem: string };

/** Ids per batch download job: Genesys documents no bound; small enough to stay under any sane one. */
export const EXECUTION_DATA_IDS_PER_JOB = 20;

export interface WorkflowLauncher {
    /** Starts the workflow (asynchronous: Genesys answers as soon as it started). */
    launchWorkflow(request: WorkflowLaunchRequest): Promise<WorkflowLaunchResponse>;
}

const JOB_POLLS = 40;
const JOB_POLL_INTERVAL_MS = 500;

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The download link is presigned: https, or plain http on loopback (the local API). Never printed: it is a credential. */
function checkedDownloadUrl(uri: string, instanceId: string): URL {
    let url: URL;
    try {
        url = new URL(uri);
    } catch {
        throw new UserError(`The execution data of flow instance ${instanceId} came with a download link that is not a URL.`);
    }
    const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost";
    if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
        throw new UserError(`The execution data of flow instance ${instanceId} came with a download link that is not https; refusing to follow it.`);
    }
    return url;
}

class SdkFlowExecutions implements FlowExecutionHistory, WorkflowLauncher {
    private readonly architect: platformClient.ArchitectApi;

    constructor(
        client: ConstructorParameters<typeof platformClient.ArchitectApi>[0],
        private readonly apiBaseUrl: string,
        private readonly timeoutMs: number,
    ) {
        this.architect = new platformClient.ArchitectApi(client);
    }

    private call<T>(request: string, permissions: readonly string[], invoke: () => Promise<unknown>): Promise<T> {
        return callSdk<T>({ request, baseUrl: this.apiBaseUrl, timeoutMs: this.timeoutMs }, permissions, invoke);
    }

    async executionDataEnabled(): Promise<boolean> {
        const setting = await this.call<platformClient.Models.ExecutionDataFlowSettingsResponse>(
            "GET /api/v2/flows/instances/settings/executiondata",
            FLOW_EXECUTION_PERMISSIONS.executionDataSetting,
            () => this.architect.getFlowsInstancesSettingsExecutiondata(),
        );
        return setting.enabled === true;
    }

    queryInstances(query: CriteriaQuery): Promise<FlowInstanceListing> {
        return this.call<FlowInstanceListing>("POST /api/v2/flows/instances/query", FLOW_EXECUTION_PERMISSIONS.queryInstances, () =>
            this.architect.postFlowsInstancesQuery(query, { pageSize: MAX_INSTANCES_PER_QUERY }),
        );
    }

    async executionData(instanceId: string): Promise<unknown> {
        const started = await this.call<platformClient.Models.GetFlowExecutionDataJobResult>(
            `GET /api/v2/flows/instances/${instanceId}`,
            FLOW_EXECUTION_PERMISSIONS.executionData,
            () => this.architect.getFlowsInstance(instanceId),
        );
        const job = await this.finishedJob(started.id, `flow instance ${instanceId}`);
        const entity = job.entities?.find((e) => e.id === instanceId) ?? job.entities?.[0];
        return this.downloadEntity(entity, instanceId);
    }

    async executionDataOfMany(instanceIds: readonly string[]): Promise<ReadonlyMap<string, ExecutionDataResult>> {
        const results = new Map<string, ExecutionDataResult>();
        for (let start = 0; start < instanceIds.length; start += EXECUTION_DATA_IDS_PER_JOB) {
            const ids = instanceIds.slice(start, start + EXECUTION_DATA_IDS_PER_JOB);
            const started = await this.call<platformClient.Models.GetFlowExecutionDataJobResult>(
                "POST /api/v2/flows/instances/jobs",
                FLOW_EXECUTION_PERMISSIONS.executionData,
                () => this.architect.postFlowsInstancesJobs({ ids }),
            );
            const job = await this.finishedJob(started.id, `${ids.length} flow instances`);
            for (const id of ids) {
                try {
                    results.set(id, { data: await this.downloadEntity(job.entities?.find((e) => e.id === id), id) });
                } catch (thrown) {
                    results.set(id, { problem: (thrown as Error).message });
                }
            }
        }
        return results;
    }

    private async finishedJob(jobId: string | undefined, what: string): Promise<platformClient.Models.GetFlowExecutionDataJobResult> {
        if (jobId === undefined) {
            throw new UserError(`Genesys started no execution data job for ${what}.`);
        }
        for (let poll = 0; poll < JOB_POLLS; poll++) {
            const job = await this.call<platformClient.Models.GetFlowExecutionDataJobResult>(
                `GET /api/v2/flows/instances/jobs/${jobId}`,
                FLOW_EXECUTION_PERMISSIONS.executionData,
                () => this.architect.getFlowsInstancesJob(jobId),
            );
            if (job.jobState === "Success") {
                return job;
            }
            if (job.jobState === "Failed" || job.jobState === "Failure") {
                throw new UserError(`Genesys could not prepare the execution data of ${what} (job ${jobId} ${job.jobState}).`);
            }
            await sleep(JOB_POLL_INTERVAL_MS);
        }
        throw new UserError(`The execution data job of ${what} did not finish within ${(JOB_POLLS * JOB_POLL_INTERVAL_MS) / 1000} s. Fix: run again later.`);
    }

    private downloadEntity(entity: platformClient.Models.ExecutionDataEntity | undefined, instanceId: string): Promise<unknown> {
        if (!entity || entity.failed === true || entity.downloadUri === undefined) {
            throw new UserError(`The execution data of flow instance ${instanceId} is not available (status ${entity?.statusCode ?? "none"}): it may have aged out.`);
        }
        return this.download(checkedDownloadUrl(entity.downloadUri, instanceId), instanceId);
    }

    private async download(url: URL, instanceId: string): Promise<unknown> {
        let response: Response;
        try {
            response = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
        } catch (thrown) {
            throw new UserError(`Downloading the execution data of flow instance ${instanceId} failed (${(thrown as Error).message}).`);
        }
        if (!response.ok) {
            throw new UserError(`Downloading the execution data of flow instance ${instanceId} failed (HTTP ${response.status}).`);
        }
        try {
            return (await response.json());
        } catch {
            throw new UserError(`The execution data of flow instance ${instanceId} is not JSON.`);
        }
    }

    launchWorkflow(request: WorkflowLaunchRequest): Promise<WorkflowLaunchResponse> {
        return this.call<WorkflowLaunchResponse>("POST /api/v2/flows/executions", FLOW_EXECUTION_PERMISSIONS.launch, () => this.architect.postFlowsExecutions(request));
    }
}

/** Logs in and returns the execution history reader and launcher (one client; the caller decides what it uses). */
export async function connectFlowExecutions(options: ConnectOptions): Promise<FlowExecutionHistory & WorkflowLauncher> {
    const { client, apiBaseUrl, timeoutMs } = await loginToGenesys(options);
    return new SdkFlowExecutions(client, apiBaseUrl, timeoutMs);
}
