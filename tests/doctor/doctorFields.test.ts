/**
 * One test per field the doctor compares: the hand-written dev org (tests/localGenesys/handWrittenOrgs.ts) with that
 * one field changed, and the difference the doctor must report for it, both written out.
 */
import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { doctorCommand } from "../../tools/doctor/doctorCommand";
import { DoctorReport } from "../../tools/doctor/doctorReport";
import { OrgState } from "../../tools/localGenesys/orgState";
import { devStackOrg, mergeOrgs, objectById, unrelatedObjects } from "../localGenesys/handWrittenOrgs";
import { REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";

/** Running a program under mocks takes seconds, and much longer on a loaded 2-core machine. */
const PROGRAM_EVALUATION_TIMEOUT_MS = 120_000;

let declared: DeclaredStack;

beforeAll(async () => {
    declared = await loadDeclaredStack(REPO_ROOT, "dev");
}, PROGRAM_EVALUATION_TIMEOUT_MS);

async function doctorReport(org: OrgState): Promise<{ code: number; report: DoctorReport }> {
    const run = await runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", "--json"]);
    return { code: run.code, report: JSON.parse(run.stdout) as DoctorReport };
}

type Change = (org: OrgState) => void;
const action = (org: OrgState) => objectById(org.actions, "live-action");
const request = (org: OrgState) => {
    const found = action(org).config?.request;
    if (!found) {
        throw new Error("the hand-written action has no request");
    }
    return found;
};
const acwTrigger = (org: OrgState) => objectById(org.triggers, "live-trigger-0");

/** [object id, what changed, the change, the one difference the doctor reports for that object]. */
const FIELDS: [string, string, Change, { field: string; declared: unknown; live: unknown }][] = [
    ["live-integration", "intendedState", (org) => (objectById(org.integrations, "live-integration").intendedState = "DISABLED"), { field: "intendedState", declared: "ENABLED", live: "DISABLED" }],
    ["live-integration", "reportedState", (org) => (objectById(org.integrations, "live-integration").reportedState = { code: "ERROR" }), { field: "reportedState", declared: "ACTIVE", live: "ERROR" }],
    ["live-action", "integrationId", (org) => (action(org).integrationId = "other-integration"), { field: "integrationId", declared: "live-integration", live: "other-integration" }],
    ["live-action", "requestType", (org) => (request(org).requestType = "PUT"), { field: "config.request.requestType", declared: "POST", live: "PUT" }],
    [
        "live-action",
        "requestUrlTemplate (a port added)",
        (org) => (request(org).requestUrlTemplate = "https://endpoint-dev.cognigy.acme-contact.example:8443/handover/genesysCloudOM"),
        {
            field: "config.request.requestUrlTemplate",
            declared: "https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM",
            live: "https://endpoint-dev.cognigy.acme-contact.example:8443/handover/genesysCloudOM",
        },
    ],
    ["live-action", "requestTemplate", (org) => (request(org).requestTemplate = '{"userId":"${input.userId}"}'), { field: "config.request.requestTemplate", declared: "${input.rawRequest}", live: '{"userId":"${input.userId}"}' }],
    [
        "live-action",
        "headers",
        (org) => (request(org).headers = { "Content-Type": "text/plain" }),
        { field: "config.request.headers", declared: { "Content-Type": "application/json" }, live: { "Content-Type": "(value hidden: differs from the stack)" } },
    ],
    [
        "live-action",
        "successTemplate",
        (org) => {
            const response = action(org).config?.response;
            if (response) {
                response.successTemplate = "{}";
            }
        },
        { field: "config.response.successTemplate", declared: "${rawResult}", live: "{}" },
    ],
    [
        "live-action",
        "timeoutSeconds",
        (org) => {
            const config = action(org).config;
            if (config) {
                config.timeoutSeconds = 60;
            }
        },
        { field: "config.timeoutSeconds", declared: 10, live: 60 },
    ],
    [
        "live-action",
        "contract.input",
        (org) => {
            const input = action(org).contract?.input;
            if (input) {
                input.inputSchema = { type: "object", properties: { userId: { type: "string" } } };
            }
        },
        {
            field: "contract.input",
            declared: {
                additionalProperties: true,
                properties: { disconnectType: { type: "string" }, topic: { type: "string" }, userId: { type: "string" } },
                title: "properties",
                type: "object",
            },
            live: { properties: { userId: { type: "string" } }, type: "object" },
        },
    ],
    [
        "live-action",
        "contract.output",
        (org) => {
            const output = action(org).contract?.output;
            if (output) {
                output.successSchema = { type: "object" };
            }
        },
        { field: "contract.output", declared: { additionalProperties: true, properties: {}, type: "object" }, live: { type: "object" } },
    ],
    ["live-workflow-0", "division", (org) => (objectById(org.flows, "live-workflow-0").division = { id: "eu", name: "Contact Center EU" }), { field: "division", declared: "Home", live: "Contact Center EU" }],
    ["live-workflow-0", "publishedVersion", (org) => (objectById(org.flows, "live-workflow-0").publishedVersion = undefined), { field: "publishedVersion", declared: "published", live: "never published" }],
    ["live-trigger-0", "enabled", (org) => (acwTrigger(org).enabled = false), { field: "enabled", declared: true, live: false }],
    [
        "live-trigger-0",
        "matchCriteria (another queue)",
        (org) => {
            const queue = (acwTrigger(org).matchCriteria ?? []).find((c) => c.jsonPath === "queueId");
            if (queue) {
                queue.values = ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"];
            }
        },
        {
            field: "matchCriteria",
            declared: [
                { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
                { jsonPath: "messageType", operator: "Equal", value: "OPEN" },
                { jsonPath: "queueId", operator: "In", values: ["d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01"] },
            ],
            live: [
                { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
                { jsonPath: "messageType", operator: "Equal", value: "OPEN" },
                { jsonPath: "queueId", operator: "In", values: ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"] },
            ],
        },
    ],
    ["live-trigger-0", "target.type", (org) => (acwTrigger(org).target = { ...acwTrigger(org).target, type: "Flow" } as never), { field: "target.type", declared: "Workflow", live: "Flow" }],
    [
        "live-trigger-0",
        "target.id (the other event's workflow)",
        (org) => (acwTrigger(org).target = { ...acwTrigger(org).target, id: "live-workflow-1" } as never),
        { field: "target.id", declared: "live-workflow-0", live: "live-workflow-1" },
    ],
    [
        "live-trigger-0",
        "target.workflowTargetSettings.dataFormat",
        (org) => (acwTrigger(org).target = { ...acwTrigger(org).target, workflowTargetSettings: { dataFormat: "Json" } } as never),
        { field: "target.workflowTargetSettings.dataFormat", declared: "TopLevelPrimitives", live: "Json" },
    ],
    ["live-trigger-0", "eventTTLSeconds", (org) => (acwTrigger(org).eventTTLSeconds = 60), { field: "eventTTLSeconds", declared: null, live: 60 }],
    ["live-trigger-0", "delayBySeconds", (org) => (acwTrigger(org).delayBySeconds = 120), { field: "delayBySeconds", declared: null, live: 120 }],
];

describe("the doctor compares each field of the dev stack's objects with the org", () => {
    it("finds nothing to report in the hand-written org as the dev stack deploys it (exit 0)", async () => {
        const { code, report } = await doctorReport(mergeOrgs(devStackOrg(), unrelatedObjects()));
        expect(report.findings).toEqual([]);
        expect(report.objects.map((o) => [o.kind, o.name, o.status, o.ids, o.differences])).toEqual([
            ["integration", "Web Services Data Actions Integration (dev)", "found", ["live-integration"], []],
            ["data action", "Send Event to Cognigy [contract 739f49e] (dev)", "found", ["live-action"], []],
            ["workflow", "Workflow conversation.id.acw (dev)", "found", ["live-workflow-0"], []],
            ["workflow", "Workflow conversation.id.user.end (dev)", "found", ["live-workflow-1"], []],
            ["trigger", "Trigger conversation.id.acw (dev)", "found", ["live-trigger-0"], []],
            ["trigger", "Trigger conversation.id.user.end (dev)", "found", ["live-trigger-1"], []],
        ]);
        expect(code).toBe(0);
    });

    it("does not report criteria Genesys returns in another order, or with null placeholders, as a difference (exit 0)", async () => {
        const org = mergeOrgs(devStackOrg(), unrelatedObjects());
        const trigger = acwTrigger(org);
        trigger.matchCriteria = [...(trigger.matchCriteria ?? [])].reverse().map((criterion) => ({ ...criterion, values: criterion.values ?? (null as never) }));
        const { code, report } = await doctorReport(org);
        expect(report.objects.find((o) => o.ids.includes("live-trigger-0"))?.differences).toEqual([]);
        expect(code).toBe(0);
    });

    it.each(FIELDS)("%s: reports a changed %s (exit 1)", async (id, _what, change, difference) => {
        const org = mergeOrgs(devStackOrg(), unrelatedObjects());
        change(org);
        const { code, report } = await doctorReport(org);
        const object = report.objects.find((o) => o.ids.includes(id));
        expect(object?.differences).toEqual([difference]);
        expect(code).toBe(1);
    });

    it.each([
        ["integration", "the name", (org: OrgState) => (objectById(org.integrations, "live-integration").name = "Web Services Data Actions Integration"), "Web Services Data Actions Integration (dev)"],
        ["integration", "the type", (org: OrgState) => (objectById(org.integrations, "live-integration").integrationType = { id: "salesforce" }), "Web Services Data Actions Integration (dev)"],
        ["data action", "the name", (org: OrgState) => (action(org).name = "Send Event to Cognigy (dev)"), "Send Event to Cognigy [contract 739f49e] (dev)"],
        ["data action", "the category", (org: OrgState) => (action(org).category = "Web Services Data Actions Integration"), "Send Event to Cognigy [contract 739f49e] (dev)"],
        ["workflow", "the name", (org: OrgState) => (objectById(org.flows, "live-workflow-1").name = "Workflow conversation.id.user.end"), "Workflow conversation.id.user.end (dev)"],
        ["trigger", "the name", (org: OrgState) => (acwTrigger(org).name = "Trigger conversation.id.acw"), "Trigger conversation.id.acw (dev)"],
        ["trigger", "the topic", (org: OrgState) => (acwTrigger(org).topicName = "v2.detail.events.conversation.{id}.customer.end"), "Trigger conversation.id.acw (dev)"],
    ])("looks the %s up by %s: another one is missing (exit 1)", async (kind, _by, change, name) => {
        const org = mergeOrgs(devStackOrg(), unrelatedObjects());
        change(org);
        const { code, report } = await doctorReport(org);
        expect(report.objects.find((o) => o.name === name)).toMatchObject({ kind, status: "missing", ids: [] });
        expect(code).toBe(1);
    });
});
