/**
 * The doctor on an org an admin set up by hand from Cognigy's guide (/work/shared/seed: the guide's names, its
 * example endpoint, triggers on MESSAGE/OPEN without a queue scope), written out here object by object as the
 * Genesys UI would store it, not derived from the stack. The doctor must show what differs and point to adopt,
 * not call the objects missing and suggest `pulumi up` (which would create a second set).
 */
import type { Models } from "purecloud-platform-client-v2";
import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { doctorCommand } from "../../tools/doctor/doctorCommand";
import { DoctorReport } from "../../tools/doctor/doctorReport";
import { orgWith, OrgState } from "../../tools/localGenesys/orgState";
import { REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";

let prod: DeclaredStack;

beforeAll(async () => {
    prod = await loadDeclaredStack(REPO_ROOT, "prod");
}, 120_000); // one program evaluation; minutes on a loaded 2-core machine

const GUIDE_INPUT_CONTRACT = {
    title: "properties",
    type: "object",
    properties: { userId: { type: "string" }, topic: { type: "string" }, disconnectType: { type: "string" } },
    additionalProperties: true,
};

function guideAction(): Models.Action {
    return {
        id: "hand-action",
        name: "Send Event to Cognigy",
        category: "Web Services Data Actions Integration",
        integrationId: "hand-integration",
        version: 1,
        secure: false,
        contract: { input: { inputSchema: GUIDE_INPUT_CONTRACT as unknown as Models.JsonSchemaDocument }, output: { successSchema: { type: "object", properties: {} } } },
        config: {
            timeoutSeconds: 10,
            request: { requestType: "POST", requestUrlTemplate: "https://endpoint-trial.cognigy.ai/handover/genesysCloudOM", requestTemplate: "${input.rawRequest}", headers: {} },
            response: { successTemplate: "${rawResult}", translationMap: {} },
        },
    };
}

const GUIDE_CRITERIA = [
    { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
    { jsonPath: "messageType", operator: "Equal", value: "OPEN" },
];

/** Exactly what the guide's steps 1 to 5 create. */
function guideOrg(): OrgState {
    return orgWith({
        integrations: [
            {
                id: "hand-integration",
                name: "Web Services Data Actions Integration",
                integrationType: { id: "custom-rest-actions" },
                intendedState: "ENABLED",
                reportedState: { code: "ACTIVE" },
            },
        ],
        actions: [guideAction()],
        flows: [
            { id: "hand-acw", name: "Workflow conversation.id.acw", type: "WORKFLOW", division: { id: "home", name: "Home" }, publishedVersion: { id: "1.0" }, checkedInVersion: { id: "1.0" } },
            { id: "hand-user-end", name: "Workflow conversation.id.user.end", type: "WORKFLOW", division: { id: "home", name: "Home" }, publishedVersion: { id: "1.0" }, checkedInVersion: { id: "1.0" } },
        ],
        triggers: [
            {
                id: "hand-trigger-acw",
                name: "Trigger conversation.id.acw",
                topicName: "v2.detail.events.conversation.{id}.acw",
                enabled: true,
                version: 1,
                matchCriteria: GUIDE_CRITERIA,
                target: { type: "Workflow", id: "hand-acw", workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } },
            },
            {
                id: "hand-trigger-user-end",
                name: "Trigger conversation.id.user.end",
                topicName: "v2.detail.events.conversation.{id}.user.end",
                enabled: true,
                version: 1,
                matchCriteria: GUIDE_CRITERIA,
                target: { type: "Workflow", id: "hand-user-end", workflowTargetSettings: { dataFormat: "TopLevelPrimitives" } },
            },
        ],
    });
}

async function doctor(org: OrgState, argv: string[] = []) {
    return runAgainstLocalApi(doctorCommand, prod, org, ["--stack", "prod", ...argv]);
}

describe("doctor on an org set up by hand from Cognigy's guide", () => {
    it("shows the hand-built data action's wrong URL and name, and points to adopt instead of pulumi up", async () => {
        const run = await doctor(guideOrg());
        expect(run.stderr).toBe("");
        expect(run.code).toBe(1);
        const finding = run.stdout.split("\n").find((line) => line.startsWith("  - data action "));
        expect(finding).toMatch(
            /^ {2}- data action "Send Event to Cognigy \[contract [0-9a-f]{7}\]" \(handover-webhook-send-event-action\) is not in the org under the stack's name, but "Send Event to Cognigy" \(hand-action\), found by the guide's name "Send Event to Cognigy", looks like it was set up by hand: /,
        );
        expect(finding).toContain(
            'config.request.requestUrlTemplate (stack "https://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM", org "https://endpoint-trial.cognigy.ai/handover/genesysCloudOM")',
        );
        expect(finding).toMatch(/name \(stack "Send Event to Cognigy \[contract [0-9a-f]{7}\]", org "Send Event to Cognigy"\)/);
        expect(finding).toContain("Fix: npm run adopt -- --stack prod takes it over");
        expect(run.stdout).not.toContain("pulumi up creates it");
        expect(run.stdout).toMatch(/set up by hand\? "Send Event to Cognigy" hand-action \(by the guide's name "Send Event to Cognigy"\): npm run adopt takes it over/);
    });

    it("shows the triggers' missing queue scope (the criteria) and finds them by the guide's names", async () => {
        const { report } = await doctorJson(guideOrg());
        const acw = report.objects.find((o) => o.kind === "trigger" && o.name === "Trigger conversation.id.acw");
        // prod owns the guide's trigger names, so its triggers are found, and their criteria differ: no queue scope.
        expect(acw?.status).toBe("found");
        expect(acw?.differences.find((d) => d.field === "matchCriteria")).toEqual({
            field: "matchCriteria",
            declared: [
                { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
                { jsonPath: "messageType", operator: "Equal", value: "OPEN" },
                { jsonPath: "queueId", operator: "In", values: ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"] },
            ],
            live: [
                { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
                { jsonPath: "messageType", operator: "Equal", value: "OPEN" },
            ],
        });
        const action = report.objects.find((o) => o.kind === "data action");
        expect(action?.status).toBe("missing");
        expect(action?.handBuilt).toMatchObject({ rule: 'the guide\'s name "Send Event to Cognigy"', candidates: [{ id: "hand-action", name: "Send Event to Cognigy" }] });
        // The guide's input contract is the stack's; its UI defaults for headers and the output contract are not.
        expect(action?.handBuilt?.differences.map((d) => d.field)).toEqual(["name", "config.request.requestUrlTemplate", "config.request.headers", "contract.output"]);
    });

    it("with two hand-built actions of the guide's name, names both and says which to delete before adopt", async () => {
        const org = guideOrg();
        org.actions.push({ ...guideAction(), id: "hand-action-copy" });
        const run = await doctor(org);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/but 2 hand-built ones match the guide's name "Send Event to Cognigy": "Send Event to Cognigy" \(hand-action\), "Send Event to Cognigy" \(hand-action-copy\)\. Fix: delete or rename the copies/);
    });

    it("an org without any of it still says pulumi up creates it", async () => {
        const run = await doctor(orgWith({}));
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/data action "Send Event to Cognigy \[contract [0-9a-f]{7}\]" \(handover-webhook-send-event-action\) is missing from the org\. Fix: pulumi up creates it/);
    });
});

async function doctorJson(org: OrgState): Promise<{ code: number; report: DoctorReport }> {
    const run = await doctor(org, ["--json"]);
    return { code: run.code, report: JSON.parse(run.stdout) as DoctorReport };
}
