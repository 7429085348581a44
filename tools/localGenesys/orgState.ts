/**
 * The local org: everything the local Genesys Cloud API knows, as plain JSON. With a state file the whole org is
 * that file (format in ./README.md, "State file"); without one it lives in memory (tests).
 */
import { randomUUID } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Models } from "purecloud-platform-client-v2";
import { isRecord } from "@cognigy-handover/contract";
import { UserError } from "../userError";

/** The `format` value a state file must carry; a new shape gets a new number. */
export const ORG_STATE_FORMAT = "local-genesys-org/1";

/**
 * A credential without its field values: they are secrets, the provider never reads them back
 * (genesys-api-calls.md, genesyscloud_integration_credential: "credentialFields is never read back"), and so the
 * state file never holds them. The field names are kept to show what was set.
 */
export interface StoredCredential {
    id: string;
    name: string;
    type: { name: string };
    credentialFieldNames: string[];
    createdDate: string;
    modifiedDate: string;
}

/** One criterion exactly as a client sent it: the provider sends `value` and `values` as null when unset. */
export interface SentMatchCriterion {
    jsonPath?: string;
    operator?: string;
    value?: unknown;
    values?: unknown[] | null;
}

/** A trigger as stored: its criteria as sent (reads drop the nulls, see triggerRoutes.ts). */
export type StoredTrigger = Omit<Models.Trigger, "matchCriteria"> & { matchCriteria?: SentMatchCriterion[] };

/** An Architect import job (POST /api/v2/flows/jobs): `Started` until its YAML arrives at the upload URL. */
export interface FlowJob {
    id: string;
    status: "Started" | "Success" | "Failure";
    flow?: { id: string; name: string };
    messages: { text: string }[];
}

/**
 * One recorded workflow execution, as `POST /api/v2/flows/instances/query` lists it (`FlowExecutionDataQueryResult`),
 * plus what `GET /api/v2/flows/instances/{id}` prepares for download (`executionData`, any JSON: Genesys does not
 * document the download's shape; tests write what they expect it to hold).
 */
export type StoredFlowInstance = Models.FlowExecutionDataQueryResult & { executionData?: unknown };

/** A workflow launch (`POST /api/v2/flows/executions`), kept so tests can see exactly what was sent. */
export interface FlowLaunch {
    id: string;
    flowId: string;
    name?: string;
    inputData: Record<string, unknown>;
    launchedAt: string;
}

export interface OrgState {
    organization: Models.Organization;
    /** Ids GET /api/v2/authorization/products lists. */
    products: string[];
    integrations: Models.Integration[];
    /** Integration id → its current configuration; an integration without one gets the default on first read. */
    integrationConfigs: Record<string, Models.IntegrationConfiguration>;
    credentials: StoredCredential[];
    /** Full actions with config and contract; reads and listings leave out what the real API leaves out. */
    actions: Models.Action[];
    flows: Models.Flow[];
    /**
     * Flow id → version id → that version's configuration, as `GET /api/v2/flows/{flowId}/versions/{versionId}/configuration`
     * answers it. A publish here stores the uploaded file's document (see flowRoutes.ts); tests may store any JSON.
     * Optional: state files written before it existed have none.
     */
    flowConfigurations?: Record<string, Record<string, unknown>>;
    flowJobs: FlowJob[];
    triggers: StoredTrigger[];
    /** The org's execution data setting (`/api/v2/flows/instances/settings/executiondata`); absent means on. */
    executionDataEnabled?: boolean;
    /** Recorded workflow executions (flow execution history); absent in older state files. */
    flowInstances?: StoredFlowInstance[];
    /** Flow id → its log level (`genesyscloud_flow_loglevel`); absent in older state files. */
    flowLogLevels?: Record<string, string>;
    /** Every workflow launch received, in order. */
    flowLaunches?: FlowLaunch[];
    /** Execution data download jobs started with `POST /api/v2/flows/instances/jobs`: job id → the instance ids. */
    executionDataJobs?: Record<string, string[]>;
}

/** An org with nothing in it but the organization record the provider's configure step needs. */
export function emptyOrg(): OrgState {
    return {
        // genesys-api-calls.md, "Provider configure": defaultCountryCode is dereferenced (provider/provider.go).
        organization: {
            id: randomUUID(),
            name: "Local sandbox org",
            defaultLanguage: "en-us",
            defaultCountryCode: "US",
            domain: "local-sandbox",
            thirdPartyOrgName: "local-sandbox",
            version: 1,
            state: "active",
            voicemailEnabled: false,
            productPlatform: "PureCloud",
        },
        products: ["local-sandbox"],
        integrations: [],
        integrationConfigs: {},
        credentials: [],
        actions: [],
        flows: [],
        flowJobs: [],
        triggers: [],
    };
}

/** An org holding `parts` and empty everything else (tests build orgs from a few objects of each kind). */
export function orgWith(parts: Partial<OrgState>): OrgState {
    return { ...emptyOrg(), ...parts };
}

const COLLECTIONS = ["products", "integrations", "credentials", "actions", "flows", "flowJobs", "triggers"] as const;

/** The org in `file`, or a new empty org when the file does not exist yet. */
export function readOrgStateFile(file: string): OrgState {
    if (!fs.existsSync(file)) {
        return emptyOrg();
    }
    const fix = `Fix: repair it, or delete it to start from an empty org.`;
    let parsed: unknown;
    try {
        parsed = JSON.parse(fs.readFileSync(file, "utf8"));
    } catch (error) {
        throw new UserError(`State file ${file} is not JSON (${(error as Error).message}). ${fix}`);
    }
    if (!isRecord(parsed) || parsed["format"] !== ORG_STATE_FORMAT) {
        throw new UserError(`State file ${file} is not a local Genesys org (its "format" is not "${ORG_STATE_FORMAT}"). ${fix}`);
    }
    for (const key of COLLECTIONS) {
        if (!Array.isArray(parsed[key])) {
            throw new UserError(`State file ${file}: "${key}" must be a list. ${fix}`);
        }
    }
    if (parsed["flowConfigurations"] !== undefined && !isRecord(parsed["flowConfigurations"])) {
        throw new UserError(`State file ${file}: "flowConfigurations" must be an object. ${fix}`);
    }
    if (!isRecord(parsed["organization"]) || !isRecord(parsed["integrationConfigs"])) {
        throw new UserError(`State file ${file}: "organization" and "integrationConfigs" must be objects. ${fix}`);
    }
    const { format: _format, ...org } = parsed;
    // Checked above: every collection is a list and both maps are objects; entries are this server's own writes.
    return org as unknown as OrgState;
}

/** Writes the whole org; through a temporary file and a rename, so a stopped process never leaves half a file. */
export function writeOrgStateFile(file: string, org: OrgState): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify({ format: ORG_STATE_FORMAT, ...org }, null, 2)}\n`);
    fs.renameSync(temporary, file);
}
