/**
 * Architect flows, as genesyscloud_flow deploys them (genesys-api-calls.md, "genesyscloud_flow"; provider
 * `architect_flow/resource_genesyscloud_flow.go`, `architect_flow/genesyscloud_architect_flow_proxy.go`):
 * POST a job, PUT the YAML to the job's presigned URL (served by this same server, no bearer token), poll the job
 * until `Success`, then read the flow whose id the job names.
 *
 * Which flow a file updates: the existing flow of the file's type and name, else a new flow with a new id. So a
 * new name in the YAML makes a new flow and leaves the old one in the org, as the provider expects
 * (sandbox-toolchain.md, "Genesys flows renamed by an update"). This is our reading of Architect; unverified.
 *
 * Locks: a flow an admin has open in Architect carries `lockedUser` (or `lockedClient`) on `GET /api/v2/flows/{id}`
 * (Platform API `Flow` model, purecloud-platform-client-v2 262). Publishing over a lock fails here with the job's
 * `Failure`: inferred from provider v1.84.1's `force_unlock`, which exists to unlock before publishing
 * (architect_flow/resource_genesyscloud_architect_flow_schema.go:118-123), and Genesys' "Unlock a flow" page.
 * Each publish keeps the uploaded document as that version's configuration (`flowConfigurations`); the real
 * configuration is Architect's own JSON, whose shape Genesys does not document.
 */
import { randomUUID } from "node:crypto";
import type { Models } from "purecloud-platform-client-v2";
import { badRequest, noContent, notFound, ok } from "./apiResponse";
import { readFlowFile } from "./flowYaml";
import { numberedPage } from "./listingPages";
import { FlowJob } from "./orgState";
import { Route, route, RouteRequest } from "./route";

export const FLOW_UPLOAD_PATH = "/local-genesys/uploads/flows";

function flowById(request: RouteRequest, id: string): Models.Flow {
    const flow = request.org.flows.find((f) => f.id === id);
    if (!flow) {
        throw notFound("flow", id);
    }
    return flow;
}

function jobOf(request: RouteRequest): FlowJob {
    const id = request.params.jobId;
    const job = request.org.flowJobs.find((j) => j.id === id);
    if (!job) {
        throw notFound("flow job", id);
    }
    return job;
}

/**
 * POST /api/v2/flows/jobs: whether provider v1.84.1 (SDK v192 `PostFlowsJobs(nil)`) sends a body is unverified,
 * so any body or none is accepted. The provider needs `id`, `presignedUrl` and a `headers` map.
 */
function createJob(request: RouteRequest) {
    const job: FlowJob = { id: randomUUID(), status: "Started", messages: [] };
    request.org.flowJobs.push(job);
    const registered: Models.RegisterArchitectJobResponse = {
        id: job.id,
        presignedUrl: `${request.origin}${FLOW_UPLOAD_PATH}/${job.id}`,
        headers: {},
        selfUri: `/api/v2/flows/jobs/${job.id}`,
    };
    return ok(registered);
}

function nextVersion(flow: Models.Flow): string {
    const current = Number.parseInt(flow.publishedVersion?.id ?? "0", 10);
    return `${(Number.isFinite(current) ? current : 0) + 1}.0`;
}

/**
 * The presigned upload. It answers 200 even for a bad file: the provider retries a failed upload with an empty
 * body (genesys-api-calls.md, step 4), so the job reports the problem instead (status Failure, messages[].text).
 */
function upload(request: RouteRequest) {
    const job = jobOf(request);
    const file = readFlowFile(request.body);
    if ("error" in file) {
        job.status = "Failure";
        job.messages = [{ text: file.error }];
        return ok({});
    }
    let flow = request.org.flows.find((f) => f.type === file.type && f.name === file.name);
    const holder = flow ? lockHolder(flow) : undefined;
    if (holder !== undefined) {
        job.status = "Failure";
        job.messages = [{ text: `Flow '${file.name}' is locked by ${holder} and cannot be published until it is unlocked.` }];
        return ok({});
    }
    if (!flow) {
        flow = { id: randomUUID(), name: file.name, type: file.type, active: true, deleted: false };
        request.org.flows.push(flow);
    }
    const version = { id: nextVersion(flow) };
    flow.publishedVersion = version;
    flow.checkedInVersion = version;
    flow.division = { id: `division-${(file.division ?? "Home").toLowerCase()}`, name: file.division ?? "Home" };
    flow.description = file.description;
    flow.selfUri = `/api/v2/flows/${flow.id}`;
    const configurations = (request.org.flowConfigurations ??= {});
    (configurations[flow.id ?? ""] ??= {})[version.id] = file.document;
    job.status = "Success";
    job.flow = { id: flow.id ?? "", name: file.name };
    job.messages = [];
    return ok({});
}

/** The provider polls this until `Success` (the flow id is `flow.id`) or `Failure` (it prints `messages[].text`). */
function jobStatus(request: RouteRequest) {
    const job = jobOf(request);
    return ok({
        id: job.id,
        status: job.status,
        command: "checkin",
        ...(job.flow ? { flow: { id: job.flow.id, name: job.flow.name, selfUri: `/api/v2/flows/${job.flow.id}` } } : {}),
        messages: job.messages.map((m) => ({ text: m.text })),
        selfUri: `/api/v2/flows/jobs/${job.id}`,
    });
}

function deleteFlow(request: RouteRequest) {
    const flow = flowById(request, request.params.flowId);
    request.org.flows = request.org.flows.filter((f) => f !== flow);
    delete request.org.flowConfigurations?.[flow.id ?? ""];
    return noContent();
}

/** Who holds a flow's lock, for messages; undefined when the flow is not locked. */
export function lockHolder(flow: Models.Flow): string | undefined {
    if (flow.lockedUser !== undefined) {
        return `user ${flow.lockedUser.name ?? flow.lockedUser.id ?? "?"}`;
    }
    if (flow.lockedClient !== undefined) {
        return `OAuth client ${flow.lockedClient.id ?? "?"}`;
    }
    return undefined;
}

/**
 * POST /api/v2/flows/actions/unlock?flow={id}: only for `force_unlock`. Releases the lock; the real Architect first
 * publishes the lock holder's draft (schema.go:118-123), which this API has no drafts to model.
 */
function unlock(request: RouteRequest) {
    const id = request.query.flow;
    if (id === undefined || id === "") {
        throw badRequest("POST /api/v2/flows/actions/unlock: the flow query parameter is required");
    }
    const flow = flowById(request, id);
    delete flow.lockedUser;
    delete flow.lockedClient;
    return ok(flow);
}

/** GET /api/v2/flows/{flowId}/versions/{versionId}/configuration: 404 for a version this org holds no configuration of. */
function versionConfiguration(request: RouteRequest) {
    const flow = flowById(request, request.params.flowId);
    const configuration = request.org.flowConfigurations?.[flow.id ?? ""]?.[request.params.versionId];
    if (configuration === undefined) {
        throw notFound("flow version configuration", `${flow.id ?? ""}/${request.params.versionId}`);
    }
    return ok(configuration);
}

function listFlows(request: RouteRequest) {
    const types = (request.query.type ?? "")
        .toLowerCase()
        .split(",")
        .filter((t) => t !== "");
    const flows = request.org.flows.filter((f) => types.length === 0 || types.includes((f.type ?? "").toLowerCase()));
    return ok(numberedPage(flows, request.query, request.settings.maxPageSize));
}

export const flowRoutes: readonly Route[] = [
    route("GET", "/api/v2/flows", listFlows),
    route("POST", "/api/v2/flows/jobs", createJob),
    route("PUT", `${FLOW_UPLOAD_PATH}/{jobId}`, upload, { public: true }),
    route("GET", "/api/v2/flows/jobs/{jobId}", jobStatus),
    route("POST", "/api/v2/flows/actions/unlock", unlock),
    route("GET", "/api/v2/flows/{flowId}", (request) => ok(flowById(request, request.params.flowId))),
    route("GET", "/api/v2/flows/{flowId}/versions/{versionId}/configuration", versionConfiguration),
    route("DELETE", "/api/v2/flows/{flowId}", deleteFlow),
];
