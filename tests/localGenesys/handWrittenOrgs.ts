/**
 * Genesys orgs written out by hand, object by object, as the Platform API returns them: what the doctor and adopt
 * tests run against. Nothing here is derived from the declared stack, so "healthy" is a claim about the dev stack
 * (Pulumi.dev.yaml) that these literals must bear out, not something that holds by construction.
 *
 * Each builder returns a fresh copy: tests change one field and keep the rest.
 */
import type { Models } from "purecloud-platform-client-v2";
import { OrgState, orgWith, StoredTrigger } from "../../tools/localGenesys/orgState";

/** dev's handover queue (Pulumi.dev.yaml `handoverQueueIds`). */
export const DEV_QUEUE_ID = "d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01";
export const ACW_TOPIC = "v2.detail.events.conversation.{id}.acw";
export const USER_END_TOPIC = "v2.detail.events.conversation.{id}.user.end";

/** The guide's contract as Genesys returns it: JSON schema objects, no longer the provider's JSON text. */
const GUIDE_INPUT_SCHEMA = {
    title: "properties",
    type: "object",
    additionalProperties: true,
    properties: { userId: { type: "string" }, topic: { type: "string" }, disconnectType: { type: "string" } },
};
const GUIDE_OUTPUT_SCHEMA = { type: "object", additionalProperties: true, properties: {} };

interface Names {
    readonly integration: string;
    readonly action: string;
    readonly acwWorkflow: string;
    readonly userEndWorkflow: string;
    readonly acwTrigger: string;
    readonly userEndTrigger: string;
}

/** What `pulumi up` of the dev stack names its objects. */
export const DEV_NAMES: Names = {
    integration: "Web Services Data Actions Integration (dev)",
    action: "Send Event to Cognigy [contract 739f49e] (dev)",
    acwWorkflow: "Workflow conversation.id.acw (dev)",
    userEndWorkflow: "Workflow conversation.id.user.end (dev)",
    acwTrigger: "Trigger conversation.id.acw (dev)",
    userEndTrigger: "Trigger conversation.id.user.end (dev)",
};

/** What an admin who followed Cognigy's guide by hand named them. */
export const GUIDE_NAMES: Names = {
    integration: "Web Services Data Actions Integration",
    action: "Send Event to Cognigy",
    acwWorkflow: "Workflow conversation.id.acw",
    userEndWorkflow: "Workflow conversation.id.user.end",
    acwTrigger: "Trigger conversation.id.acw",
    userEndTrigger: "Trigger conversation.id.user.end",
};

const OPEN_MESSAGING_CRITERIA = [
    { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
    { jsonPath: "messageType", operator: "Equal", value: "OPEN" },
];

interface SetupOptions {
    readonly idPrefix: string;
    readonly names: Names;
    readonly url: string;
    /** The dev stack scopes its triggers to its queue; a guide setup has no queue criterion. */
    readonly queueIds?: readonly string[];
}

function handoverSetup(options: SetupOptions): OrgState {
    const { idPrefix: p, names } = options;
    const criteria = [...OPEN_MESSAGING_CRITERIA.map((c) => ({ ...c })), ...(options.queueIds ? [{ jsonPath: "queueId", operator: "In", values: [...options.queueIds] }] : [])];
    const integration: Models.Integration = {
        id: `${p}-integration`,
        name: names.integration,
        integrationType: { id: "custom-rest-actions" },
        intendedState: "ENABLED",
        reportedState: { code: "ACTIVE" },
    };
    const action: Models.Action = {
        id: `${p}-action`,
        name: names.action,
        category: names.integration,
        integrationId: `${p}-integration`,
        version: 1,
        secure: false,
        // The SDK types additionalProperties as an object; the API returns the boolean the contract was saved with.
        contract: {
            input: { inputSchema: structuredClone(GUIDE_INPUT_SCHEMA) as unknown as Models.JsonSchemaDocument },
            output: { successSchema: structuredClone(GUIDE_OUTPUT_SCHEMA) as unknown as Models.JsonSchemaDocument },
        },
        config: {
            timeoutSeconds: 10,
            request: {
                requestType: "POST",
                requestUrlTemplate: options.url,
                requestTemplate: "${input.rawRequest}",
                headers: { "Content-Type": "application/json" },
            },
            response: { successTemplate: "${rawResult}", translationMap: {} },
        },
    };
    // Ids end in -0 (acw) and -1 (user end), as the earlier derived orgs had them.
    const workflow = (suffix: string, name: string): Models.Flow => ({
        id: `${p}-workflow-${suffix}`,
        name,
        type: "WORKFLOW",
        division: { id: "home-division", name: "Home" },
        publishedVersion: { id: "1.0" },
        checkedInVersion: { id: "1.0" },
    });
    const trigger = (suffix: string, name: string, topicName: string): StoredTrigger => ({
        id: `${p}-trigger-${suffix}`,
        name,
        topicName,
        enabled: true,
        version: 1,
        matchCriteria: criteria.map((c) => ({ ...c })),
        target: { type: "Workflow", id: `${p}-workflow-${suffix}`, workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } },
    });
    return orgWith({
        integrations: [integration],
        actions: [action],
        flows: [workflow("0", names.acwWorkflow), workflow("1", names.userEndWorkflow)],
        triggers: [trigger("0", names.acwTrigger, ACW_TOPIC), trigger("1", names.userEndTrigger, USER_END_TOPIC)],
    });
}

/** The dev stack after `pulumi up`, ids `live-…`. */
export function devStackOrg(idPrefix = "live"): OrgState {
    return handoverSetup({
        idPrefix,
        names: DEV_NAMES,
        url: "https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM",
        queueIds: [DEV_QUEUE_ID],
    });
}

/** A setup clicked together from Cognigy's guide: the guide's names, no queue scope, a trial Cognigy endpoint. */
export function guideSetupOrg(idPrefix = "manual"): OrgState {
    return handoverSetup({ idPrefix, names: GUIDE_NAMES, url: "https://endpoint-trial.cognigy.ai/handover/genesysCloudOM" });
}

/** An unrelated object of each kind, so lookups must filter instead of taking the first. */
export function unrelatedObjects(): OrgState {
    return orgWith({
        integrations: [{ id: "other-integration", name: "Salesforce", integrationType: { id: "salesforce" }, intendedState: "ENABLED" }],
        actions: [{ id: "other-action", name: "Get Contact", category: "Salesforce", integrationId: "other-integration" }],
        flows: [{ id: "other-workflow", name: "Survey follow-up", type: "WORKFLOW", publishedVersion: { id: "2.0" }, checkedInVersion: { id: "2.0" } }],
        triggers: [],
    });
}

/** One org holding the objects of all `orgs`. */
export function mergeOrgs(...orgs: OrgState[]): OrgState {
    return orgWith({
        integrations: orgs.flatMap((o) => o.integrations),
        integrationConfigs: Object.assign({}, ...orgs.map((o) => o.integrationConfigs)) as OrgState["integrationConfigs"],
        credentials: orgs.flatMap((o) => o.credentials),
        actions: orgs.flatMap((o) => o.actions),
        flows: orgs.flatMap((o) => o.flows),
        flowJobs: orgs.flatMap((o) => o.flowJobs),
        triggers: orgs.flatMap((o) => o.triggers),
    });
}

/** The one object of `id` in the org, to change a field of it. */
export function objectById<T extends { id?: string }>(objects: readonly T[], id: string): T {
    const found = objects.find((object) => object.id === id);
    if (!found) {
        throw new Error(`no object ${id} in the hand-written org`);
    }
    return found;
}
