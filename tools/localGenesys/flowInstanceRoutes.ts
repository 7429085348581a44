/**
 * Workflow execution history and launches, as doctor's `--lost-ends` and `--replay` use them through the Platform
 * API SDK (ArchitectApi): the org's execution data setting, the flow-instances query, the execution data download
 * (a job, then a presigned URL) and the flow-execution launch.
 *
 * What is documented (the SDK's API docs, ArchitectApi.md): the endpoints, their models, "returns a list of
 * matching flow histories up to 200 max", the launch being asynchronous. What is our reading of public client code
 * and therefore inferred: criteria are `{key, operator, value}` in groups that are ANDed; the keys `FlowId`,
 * `ConversationId`, `FlowErrorReason` with operator `eq`; a clean run's `flowErrorReason` is `NONE`; results come
 * newest first; `indexOnly` strips each entry to its id and conversation id; the download is JSON. An unknown key
 * or operator is refused here with a 400, so a client that guesses a key the real API may not know fails a test.
 */
import { randomUUID } from "node:crypto";
import type { Models } from "purecloud-platform-client-v2";
import { isRecord } from "@cognigy-handover/contract";
import { badRequest, notFound, ok } from "./apiResponse";
import { FlowLaunch, StoredFlowInstance } from "./orgState";
import { jsonObject, Route, route, RouteRequest } from "./route";

export const EXECUTION_DATA_DOWNLOAD_PATH = "/local-genesys/downloads/flows/instances";
/** The query's page size: 50 unless asked (SDK docs, `postFlowsInstancesQuery` `pageSize` default), at most 200. */
const DEFAULT_QUERY_PAGE_SIZE = 50;
export const MAX_QUERY_PAGE_SIZE = 200;
const JOB_PREFIX = "execution-data-job-";
const BATCH_JOB_PREFIX = "execution-data-batch-";
/** Our own bound on one batch job (Genesys documents none); the doctor sends fewer (flowExecutions.ts). */
export const MAX_IDS_PER_JOB = 50;

/** The criteria the local API understands, and the instance field each one compares. */
const CRITERIA_FIELDS: Readonly<Record<string, keyof Models.FlowExecutionDataQueryResult>> = {
    FlowId: "flowId",
    ConversationId: "conversationId",
    FlowErrorReason: "flowErrorReason",
};

function instancesOf(request: RouteRequest): StoredFlowInstance[] {
    request.org.flowInstances ??= [];
    return request.org.flowInstances;
}

function criterionMatcher(item: unknown): (instance: StoredFlowInstance) => boolean {
    if (!isRecord(item) || typeof item.key !== "string" || typeof item.value !== "string") {
        throw badRequest("POST /api/v2/flows/instances/query: each criterion needs a string key and value");
    }
    const field = CRITERIA_FIELDS[item.key];
    if (field === undefined) {
        throw badRequest(`POST /api/v2/flows/instances/query: unknown criteria key "${item.key}" (this API knows ${Object.keys(CRITERIA_FIELDS).join(", ")})`);
    }
    if (item.operator !== "eq") {
        throw badRequest(`POST /api/v2/flows/instances/query: operator ${JSON.stringify(item.operator)} of "${item.key}" is not supported here (only eq)`);
    }
    const value = item.value;
    return (instance) => (instance[field] ?? (field === "flowErrorReason" ? "NONE" : undefined)) === value;
}

function groupMatcher(group: unknown): (instance: StoredFlowInstance) => boolean {
    if (!isRecord(group)) {
        throw badRequest("POST /api/v2/flows/instances/query: each query entry must be an object");
    }
    const list = (name: string): ((instance: StoredFlowInstance) => boolean)[] => {
        const items = group[name];
        if (items === undefined) {
            return [];
        }
        if (!Array.isArray(items)) {
            throw badRequest(`POST /api/v2/flows/instances/query: "${name}" must be a list`);
        }
        return items.map(criterionMatcher);
    };
    const single = group.criteria === undefined ? [] : [criterionMatcher(group.criteria)];
    const all = [...single, ...list("and")];
    const any = list("or");
    const none = list("not");
    if (all.length + any.length + none.length === 0) {
        throw badRequest("POST /api/v2/flows/instances/query: a query entry has no criteria");
    }
    return (instance) => all.every((m) => m(instance)) && (any.length === 0 || any.some((m) => m(instance))) && !none.some((m) => m(instance));
}

function withoutExecutionData(instance: StoredFlowInstance): Models.FlowExecutionDataQueryResult {
    const { executionData: _executionData, ...listed } = instance;
    return listed;
}

function query(request: RouteRequest) {
    const body = jsonObject(request);
    if (!Array.isArray(body.query) || body.query.length === 0) {
        throw badRequest("POST /api/v2/flows/instances/query: \"query\" must be a non-empty list of criteria groups");
    }
    const groups = body.query.map(groupMatcher);
    const asked = Number(request.query.pageSize ?? DEFAULT_QUERY_PAGE_SIZE);
    const pageSize = Math.min(Number.isInteger(asked) && asked > 0 ? asked : DEFAULT_QUERY_PAGE_SIZE, MAX_QUERY_PAGE_SIZE, request.settings.maxPageSize ?? MAX_QUERY_PAGE_SIZE);
    const matching = instancesOf(request)
        .filter((instance) => groups.every((matches) => matches(instance)))
        .sort((a, b) => (b.startDateTime ?? "").localeCompare(a.startDateTime ?? ""));
    const page = matching.slice(0, pageSize).map(withoutExecutionData);
    const entities = request.query.indexOnly === "true" ? page.map((i) => ({ id: i.id, conversationId: i.conversationId })) : page;
    const listing: Models.FlowResultEntityListing = { entities, pageSize, pageNumber: 1, total: matching.length, pageCount: Math.max(1, Math.ceil(matching.length / pageSize)) };
    return ok(listing);
}

function instanceOf(request: RouteRequest, id: string): StoredFlowInstance {
    const instance = instancesOf(request).find((i) => i.id === id);
    if (!instance) {
        throw notFound("flow instance", id);
    }
    return instance;
}

/** GET /api/v2/flows/instances/{id} starts a download job; here it is done by the first poll. */
function startDownloadJob(request: RouteRequest) {
    const instance = instanceOf(request, request.params.instanceId);
    const job: Models.GetFlowExecutionDataJobResult = { id: `${JOB_PREFIX}${instance.id}`, jobState: "Running", selfUri: `/api/v2/flows/instances/jobs/${JOB_PREFIX}${instance.id}` };
    return ok(job);
}

/**
 * POST /api/v2/flows/instances/jobs `{ids}`: one download job for several executions (SDK docs: "Start a process
 * (job) that will prepare a list of execution data IDs for download"). How many ids one job takes is not
 * documented; this API refuses more than MAX_IDS_PER_JOB so a client that sends more fails a test.
 */
function startBatchDownloadJob(request: RouteRequest) {
    const body = jsonObject(request);
    const ids = body.ids;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id): id is string => typeof id === "string")) {
        throw badRequest('POST /api/v2/flows/instances/jobs: "ids" must be a non-empty list of flow instance ids');
    }
    if (ids.length > MAX_IDS_PER_JOB) {
        throw badRequest(`POST /api/v2/flows/instances/jobs: at most ${MAX_IDS_PER_JOB} ids per job here, got ${ids.length}`);
    }
    const jobId = `${BATCH_JOB_PREFIX}${randomUUID()}`;
    request.org.executionDataJobs ??= {};
    request.org.executionDataJobs[jobId] = ids;
    const job: Models.GetFlowExecutionDataJobResult = { id: jobId, jobState: "Running", selfUri: `/api/v2/flows/instances/jobs/${jobId}` };
    return ok(job);
}

function downloadEntity(request: RouteRequest, instanceId: string): Models.ExecutionDataEntity {
    const instance = instancesOf(request).find((i) => i.id === instanceId);
    return instance?.executionData === undefined
        ? { id: instanceId, failed: true, statusCode: "404" }
        : { id: instanceId, failed: false, downloadUri: `${request.origin}${EXECUTION_DATA_DOWNLOAD_PATH}/${instanceId}` };
}

function downloadJob(request: RouteRequest) {
    const jobId = request.params.jobId;
    const batch = request.org.executionDataJobs?.[jobId];
    let entities: Models.ExecutionDataEntity[];
    if (batch !== undefined) {
        entities = batch.map((id) => downloadEntity(request, id));
    } else if (jobId.startsWith(JOB_PREFIX)) {
        entities = [downloadEntity(request, instanceOf(request, jobId.slice(JOB_PREFIX.length)).id ?? "")];
    } else {
        throw notFound("execution data job", jobId);
    }
    const job: Models.GetFlowExecutionDataJobResult = { id: jobId, jobState: "Success", entities, selfUri: `/api/v2/flows/instances/jobs/${jobId}` };
    return ok(job);
}

function download(request: RouteRequest) {
    const instance = instanceOf(request, request.params.instanceId);
    if (instance.executionData === undefined) {
        throw notFound("execution data of flow instance", request.params.instanceId);
    }
    return ok(instance.executionData);
}

/**
 * POST /api/v2/flows/executions: launches a published workflow. Recorded in `flowLaunches`; the launch also shows
 * in the execution history as a clean run under the launch's name (our reading: a launched execution is an
 * execution like any other).
 */
function launch(request: RouteRequest) {
    const body = jsonObject(request);
    const flowId = body.flowId;
    if (typeof flowId !== "string" || flowId === "") {
        throw badRequest("POST /api/v2/flows/executions: \"flowId\" is required");
    }
    const flow = request.org.flows.find((f) => f.id === flowId);
    if (!flow) {
        throw notFound("flow", flowId);
    }
    if ((flow.type ?? "").toUpperCase() !== "WORKFLOW" || flow.publishedVersion?.id === undefined) {
        throw badRequest(`POST /api/v2/flows/executions: flow ${flowId} is not a published workflow`);
    }
    const inputData = body.inputData === undefined ? {} : body.inputData;
    if (!isRecord(inputData)) {
        throw badRequest("POST /api/v2/flows/executions: \"inputData\" must be an object");
    }
    const name = typeof body.name === "string" ? body.name : undefined;
    const now = new Date().toISOString();
    const recorded: FlowLaunch = { id: randomUUID(), flowId, ...(name !== undefined ? { name } : {}), inputData, launchedAt: now };
    request.org.flowLaunches ??= [];
    request.org.flowLaunches.push(recorded);
    instancesOf(request).push({
        id: recorded.id,
        name,
        flowId,
        flowName: flow.name,
        flowType: "WORKFLOW",
        flowVersion: flow.publishedVersion.id,
        startDateTime: now,
        endDateTime: now,
        flowErrorReason: "NONE",
    });
    const answer: Models.FlowExecutionLaunchResponse = { id: recorded.id, name, flowVersion: { id: flow.publishedVersion.id }, selfUri: `/api/v2/flows/executions/${recorded.id}` };
    return ok(answer);
}

function executionDataSetting(request: RouteRequest) {
    const setting: Models.ExecutionDataFlowSettingsResponse = { id: "executiondata", name: "Execution data", enabled: request.org.executionDataEnabled !== false };
    return ok(setting);
}

export const flowInstanceRoutes: readonly Route[] = [
    route("GET", "/api/v2/flows/instances/settings/executiondata", executionDataSetting),
    route("POST", "/api/v2/flows/instances/query", query),
    route("POST", "/api/v2/flows/instances/jobs", startBatchDownloadJob),
    route("GET", "/api/v2/flows/instances/jobs/{jobId}", downloadJob),
    route("GET", "/api/v2/flows/instances/{instanceId}", startDownloadJob),
    route("GET", `${EXECUTION_DATA_DOWNLOAD_PATH}/{instanceId}`, download, { public: true }),
    route("POST", "/api/v2/flows/executions", launch),
];
