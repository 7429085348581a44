/**
 * One test per rule adopt finds a live object by (tools/adopt/findCandidates.ts), each against an org written out by
 * hand: the rule that must decide, and the object it must pick, written out.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { adoptCommand } from "../../tools/adopt/adoptCommand";
import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { OrgState } from "../../tools/localGenesys/orgState";
import { devStackOrg, guideSetupOrg, mergeOrgs, objectById, unrelatedObjects } from "../localGenesys/handWrittenOrgs";
import { runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";

/** Running a program under mocks takes seconds, and much longer on a loaded 2-core machine. */
const PROGRAM_EVALUATION_TIMEOUT_MS = 120_000;

let dev: DeclaredStack;
let workDir: string;

beforeAll(async () => {
    dev = await loadDeclaredStack(path.resolve(__dirname, "..", ".."), "dev");
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "adopt-rules-"));
}, PROGRAM_EVALUATION_TIMEOUT_MS);

afterAll(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
});

interface AdoptionJson {
    readonly logicalName: string;
    readonly outcome: string;
    readonly rule?: string;
    readonly candidates: readonly { id: string }[];
}

async function adoptions(org: OrgState): Promise<Map<string, AdoptionJson>> {
    const run = await runAgainstLocalApi(
        (args, io) => adoptCommand(args, { ...io, cwd: workDir }),
        dev,
        org,
        ["--stack", "dev", "--out", path.join(workDir, "import.json"), "--json"],
    );
    const report = JSON.parse(run.stdout) as { adoptions: AdoptionJson[] };
    return new Map(report.adoptions.map((adoption) => [adoption.logicalName, adoption]));
}

const guideOrg = (): OrgState => mergeOrgs(guideSetupOrg("manual"), unrelatedObjects());

const RULES: [string, () => OrgState, string, string, string][] = [
    ["an action by the stack's name", () => mergeOrgs(devStackOrg("own"), unrelatedObjects()), "handover-webhook-send-event-action", `the stack's name "Send Event to Cognigy [contract 739f49e] (dev)"`, "own-action"],
    ["an action by the guide's name", guideOrg, "handover-webhook-send-event-action", `the guide's name "Send Event to Cognigy"`, "manual-action"],
    ["an integration by the stack's name", () => mergeOrgs(devStackOrg("own"), unrelatedObjects()), "handover-webhook-integration", `the stack's name "Web Services Data Actions Integration (dev)"`, "own-integration"],
    [
        "an integration by owning the adopted action, whatever its name",
        () => {
            const org = guideOrg();
            objectById(org.integrations, "manual-integration").name = "Cognigy webhooks";
            return org;
        },
        "handover-webhook-integration",
        "the integration that owns the adopted data action",
        "manual-integration",
    ],
    [
        "an integration by the guide's name when no action is adopted",
        () => {
            const org = guideOrg();
            org.actions = org.actions.filter((a) => a.id !== "manual-action");
            return org;
        },
        "handover-webhook-integration",
        `the guide's name "Web Services Data Actions Integration"`,
        "manual-integration",
    ],
    ["a workflow by the stack's name", () => mergeOrgs(devStackOrg("own"), unrelatedObjects()), "handover-webhook-workflow-acw", `the stack's name "Workflow conversation.id.acw (dev)"`, "own-workflow-0"],
    ["a workflow by the guide's name", guideOrg, "handover-webhook-workflow-user-end", `the guide's name "Workflow conversation.id.user.end"`, "manual-workflow-1"],
    ["a trigger by the stack's name", () => mergeOrgs(devStackOrg("own"), unrelatedObjects()), "handover-webhook-trigger-user-end", `the stack's name "Trigger conversation.id.user.end (dev)"`, "own-trigger-1"],
    ["a trigger by the guide's name", guideOrg, "handover-webhook-trigger-acw", `the guide's name "Trigger conversation.id.acw"`, "manual-trigger-0"],
    [
        "a renamed trigger by its topic and the adopted workflow it starts",
        () => {
            const org = guideOrg();
            objectById(org.triggers, "manual-trigger-0").name = "Cognigy: agent wrap-up";
            return org;
        },
        "handover-webhook-trigger-acw",
        "topic v2.detail.events.conversation.{id}.acw and target workflow manual-workflow-0",
        "manual-trigger-0",
    ],
];

describe("adopt finds each live object by the first rule that finds anything", () => {
    it.each(RULES)("%s", async (_rule, org, logicalName, rule, id) => {
        const found = (await adoptions(org())).get(logicalName);
        expect(found).toMatchObject({ outcome: "adopt", rule, candidates: [{ id }] });
    });

    it("prefers the stack's name over the guide's when both exist", async () => {
        const found = await adoptions(mergeOrgs(guideSetupOrg("manual"), devStackOrg("own")));
        expect([...found.values()].map((a) => [a.logicalName, a.outcome, a.candidates.map((c) => c.id)])).toEqual([
            ["handover-webhook-integration", "adopt", ["own-integration"]],
            ["handover-webhook-send-event-action", "adopt", ["own-action"]],
            ["handover-webhook-workflow-acw", "adopt", ["own-workflow-0"]],
            ["handover-webhook-workflow-user-end", "adopt", ["own-workflow-1"]],
            ["handover-webhook-trigger-acw", "adopt", ["own-trigger-0"]],
            ["handover-webhook-trigger-user-end", "adopt", ["own-trigger-1"]],
        ]);
    });

    it("ignores an integration of another type and a trigger of the guide's name on another topic", async () => {
        const org = guideOrg();
        objectById(org.integrations, "manual-integration").integrationType = { id: "salesforce" };
        objectById(org.triggers, "manual-trigger-1").topicName = "v2.detail.events.conversation.{id}.customer.end";
        const found = await adoptions(org);
        expect(found.get("handover-webhook-integration")).toMatchObject({ outcome: "create", candidates: [] });
        expect(found.get("handover-webhook-trigger-user-end")).toMatchObject({ outcome: "create", candidates: [] });
    });

    it("never adopts another team's trigger on the same topic: the target workflow must be the one adopted", async () => {
        const org = guideOrg();
        objectById(org.triggers, "manual-trigger-0").name = "Cognigy: agent wrap-up";
        org.triggers.push({
            ...objectById(org.triggers, "manual-trigger-0"),
            id: "other-team-trigger",
            name: "Survey after wrap-up",
            target: { type: "Workflow", id: "other-team-workflow" },
        });
        expect((await adoptions(org)).get("handover-webhook-trigger-acw")).toMatchObject({
            outcome: "adopt",
            rule: "topic v2.detail.events.conversation.{id}.acw and target workflow manual-workflow-0",
            candidates: [{ id: "manual-trigger-0" }],
        });
        org.triggers = org.triggers.filter((t) => t.id !== "manual-trigger-0");
        expect((await adoptions(org)).get("handover-webhook-trigger-acw")).toMatchObject({ outcome: "create", candidates: [] });
    });

    it("refuses to guess between two workflows of the guide's name", async () => {
        const org = guideOrg();
        org.flows.push({ ...objectById(org.flows, "manual-workflow-0"), id: "copy-workflow" });
        const found = (await adoptions(org)).get("handover-webhook-workflow-acw");
        expect(found).toMatchObject({ outcome: "ambiguous", rule: `the guide's name "Workflow conversation.id.acw"`, candidates: [{ id: "manual-workflow-0" }, { id: "copy-workflow" }] });
    });
});
