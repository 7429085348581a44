import { HANDOVER_EVENTS } from "@cognigy-handover/contract";
import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { doctorCommand } from "../../tools/doctor/doctorCommand";
import { DoctorReport } from "../../tools/doctor/doctorReport";
import { OrgState, StoredTrigger } from "../../tools/localGenesys/orgState";
import { devStackOrg, mergeOrgs, unrelatedObjects } from "../localGenesys/handWrittenOrgs";
import { REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";

let declared: DeclaredStack;

beforeAll(async () => {
    declared = await loadDeclaredStack(REPO_ROOT, "dev");
});

function cleanOrg(): OrgState {
    return mergeOrgs(devStackOrg(), unrelatedObjects());
}

async function doctor(org: OrgState, argv: string[] = [], options: Parameters<typeof runAgainstLocalApi>[4] = {}) {
    return runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", ...argv], options);
}

async function doctorJson(org: OrgState, argv: string[] = []): Promise<{ code: number; report: DoctorReport }> {
    const run = await doctor(org, ["--json", ...argv]);
    return { code: run.code, report: JSON.parse(run.stdout) as DoctorReport };
}

function acwTrigger(org: OrgState): StoredTrigger {
    const trigger = org.triggers.find((t) => t.topicName === HANDOVER_EVENTS.AfterCallWorkEvent.topic && t.id?.startsWith("live-"));
    if (!trigger) {
        throw new Error("no acw trigger in the local org");
    }
    return trigger;
}

describe("doctor against a loopback Genesys org, through the real Platform API SDK", () => {
    it("reports a clean org as healthy (exit 0) and every declared object as found", async () => {
        const run = await doctor(cleanOrg());
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("Healthy: the org does what the stack declares.");
        for (const name of ["Web Services Data Actions Integration (dev)", "Trigger conversation.id.user.end (dev)"]) {
            expect(run.stdout).toContain(JSON.stringify(name));
        }
        expect(run.stdout).toMatch(/"Send Event to Cognigy \[contract [0-9a-f]{7}\] \(dev\)"/);
    });

    it("reads the stack's expectations from the program: the dev stack's names, criteria and URL", () => {
        expect(declared.region).toBe("eu-central-1");
        expect(declared.webhook?.action?.requestUrlTemplate).toBe("https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM");
        expect(declared.webhook?.triggers.map((t) => t.name)).toEqual(["Trigger conversation.id.acw (dev)", "Trigger conversation.id.user.end (dev)"]);
        expect(declared.webhook?.triggers.every((t) => t.workflow !== undefined)).toBe(true);
    });

    it("runs Genesys' topic and trigger tests with the MESSAGE/OPEN, voice and web messaging samples", async () => {
        const { code, report } = await doctorJson(cleanOrg());
        expect(code).toBe(0);
        expect(report.topicTests.map((t) => [t.topic, t.wouldFire.map((f) => f.own)])).toEqual([
            [HANDOVER_EVENTS.AfterCallWorkEvent.topic, [true]],
            [HANDOVER_EVENTS.UserEndEvent.topic, [true]],
        ]);
        expect(report.triggerTests.map((t) => [t.mustMatch, t.matched])).toEqual([
            [true, true],
            [false, false],
            [false, false],
            [true, true],
            [false, false],
            [false, false],
        ]);
    });

    it("finds a manual duplicate trigger on a topic: listed, and the topic test says it would fire too (exit 1)", async () => {
        const org = cleanOrg();
        const guideTrigger: StoredTrigger = { ...acwTrigger(org), id: "manual-trigger", name: HANDOVER_EVENTS.AfterCallWorkEvent.triggerName };
        org.triggers.push(guideTrigger);
        const { code, report } = await doctorJson(org);
        expect(code).toBe(1);
        expect(report.otherTriggers).toEqual([expect.objectContaining({ id: "manual-trigger", name: "Trigger conversation.id.acw", enabled: true, own: false })]);
        expect(report.topicTests[0].wouldFire.map((t) => t.id).sort()).toEqual(["live-trigger-0", "manual-trigger"]);
        expect(report.findings).toEqual([expect.stringContaining('Trigger "Trigger conversation.id.acw" (manual-trigger) on v2.detail.events.conversation.{id}.acw would also fire')]);
    });

    it("only notes another stack's firing trigger when this stack keeps its own triggers off (triggersEnabled false)", async () => {
        const org = cleanOrg();
        org.triggers.forEach((t) => (t.enabled = false));
        org.triggers.push({ ...acwTrigger(org), id: "prod-trigger", name: HANDOVER_EVENTS.AfterCallWorkEvent.triggerName, enabled: true });
        const webhook = declared.webhook;
        const disabled: DeclaredStack = { ...declared, webhook: webhook && { ...webhook, triggers: webhook.triggers.map((t) => ({ ...t, enabled: false })) } };
        const run = await runAgainstLocalApi(doctorCommand, disabled, org, ["--stack", "dev", "--json"]);
        const report = JSON.parse(run.stdout) as DoctorReport;
        expect(run.code).toBe(0);
        expect(report.notes).toContain(`Trigger "Trigger conversation.id.acw" (prod-trigger) on ${HANDOVER_EVENTS.AfterCallWorkEvent.topic} fires for handover ends; this stack's own trigger is declared disabled.`);
    });

    it("lists a disabled foreign trigger without calling it a finding (it would not fire)", async () => {
        const org = cleanOrg();
        org.triggers.push({ ...acwTrigger(org), id: "old-trigger", name: "Old handover trigger", enabled: false });
        const { code, report } = await doctorJson(org);
        expect(code).toBe(0);
        expect(report.otherTriggers.map((t) => [t.id, t.enabled])).toEqual([["old-trigger", false]]);
    });

    it("finds a trigger without the OPEN criterion: criteria differ and the web messaging sample matches (exit 1)", async () => {
        const org = cleanOrg();
        const trigger = acwTrigger(org);
        trigger.matchCriteria = (trigger.matchCriteria ?? []).filter((c) => c.jsonPath !== "messageType");
        const { code, report } = await doctorJson(org);
        expect(code).toBe(1);
        const object = report.objects.find((o) => o.ids[0] === trigger.id);
        expect(object?.differences.map((d) => d.field)).toEqual(["matchCriteria"]);
        const failed = report.triggerTests.filter((t) => t.matched !== t.mustMatch);
        expect(failed.map((t) => t.sample)).toEqual(["AfterCallWorkEvent of a web messaging conversation"]);
        expect(report.findings.join("\n")).toContain("matches an AfterCallWorkEvent of a web messaging conversation");
    });

    it("finds an unpublished workflow and one whose latest version is not published (exit 1)", async () => {
        const org = cleanOrg();
        org.flows[0].publishedVersion = undefined;
        org.flows[1].checkedInVersion = { id: "2.0" };
        const { code, report } = await doctorJson(org);
        expect(code).toBe(1);
        const workflows = report.objects.filter((o) => o.kind === "workflow");
        expect(workflows.map((w) => w.differences)).toEqual([
            [{ field: "publishedVersion", declared: "published", live: "never published" }],
            [{ field: "publishedVersion", declared: "latest (2.0)", live: "1.0" }],
        ]);
    });

    it("finds a drifted action URL and names both values (exit 1)", async () => {
        const org = cleanOrg();
        const request = org.actions[0].config?.request;
        if (request) {
            request.requestUrlTemplate = "https://endpoint-old.example/handover/genesysCloudOM";
        }
        const run = await doctor(org);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(
            'config.request.requestUrlTemplate: stack "https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM"  org "https://endpoint-old.example/handover/genesysCloudOM"',
        );
    });

    it("shows a header added by hand without printing its value (it may be an API key)", async () => {
        const org = cleanOrg();
        const request = org.actions[0].config?.request;
        if (request) {
            request.headers = { ...request.headers, "x-api-key": "typed-into-the-ui-secret" };
        }
        const run = await doctor(org);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('"x-api-key":"(value hidden: differs from the stack)"');
        expect(run.stdout).not.toContain("typed-into-the-ui-secret");
    });

    it("reports a missing object and a disabled integration as findings", async () => {
        const org = cleanOrg();
        org.triggers = org.triggers.filter((t) => t.topicName !== HANDOVER_EVENTS.UserEndEvent.topic);
        org.integrations[0].intendedState = "DISABLED";
        const { code, report } = await doctorJson(org);
        expect(code).toBe(1);
        expect(report.objects.find((o) => o.name === "Trigger conversation.id.user.end (dev)")?.status).toBe("missing");
        expect(report.objects[0].differences).toEqual([{ field: "intendedState", declared: "ENABLED", live: "DISABLED" }]);
    });

    it("follows every page: numbered listings (pageCount) and the trigger cursor (nextUri)", async () => {
        const org = cleanOrg();
        const run = await doctor(org, [], { behaviour: { maxPageSize: 1 } });
        expect(run.code).toBe(0);
        expect(run.server.requested("GET", "/api/v2/integrations/actions").length).toBeGreaterThan(1);
        expect(run.server.requested("GET", "/api/v2/flows").map((r) => r.query.pageNumber)).toEqual(["1", "2", "3"]);
        const triggerPages = run.server.requested("GET", "/api/v2/processautomation/triggers").filter((r) => r.path === "/api/v2/processautomation/triggers");
        expect(triggerPages.map((r) => r.query.after)).toEqual([undefined, "1"]);
    });

    it("exits 2 when the login is refused (401), naming the variables to fix", async () => {
        const run = await doctor(cleanOrg(), [], { env: { GENESYSCLOUD_OAUTHCLIENT_SECRET: "wrong" } });
        expect(run.code).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toContain("Genesys refused the login");
        expect(run.stderr).toContain("GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET");
        expect(run.stderr).not.toContain("wrong");
    });

    it("exits 2 on a 403, naming the permission to add to the OAuth client's role", async () => {
        const run = await doctor(cleanOrg(), [], { behaviour: { forbidden: { "GET /api/v2/flows": "architect:flow:view" } } });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("GET /api/v2/flows?type=workflow was refused (HTTP 403): the OAuth client's role lacks architect:flow:view");
        expect(run.stderr).toContain("Fix: add architect:flow:view to the role");
    });

    it("names the test permission when only the trigger tests are refused", async () => {
        const run = await doctor(cleanOrg(), [], { behaviour: { forbidden: { "POST /api/v2/processautomation/triggers": "processautomation:trigger:test" } } });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("the OAuth client's role lacks processautomation:trigger:test");
    });

    it("exits 2 with a clear message when the server never answers", async () => {
        const started = Date.now();
        const run = await doctor(cleanOrg(), ["--timeout", "0.3"], { behaviour: { silent: true } });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/POST \/oauth\/token at http:\/\/127\.0\.0\.1:\d+: no answer within 0\.3 s\. Fix: restart the local Genesys API \(npm run sandbox:serve\)/);
        expect(Date.now() - started).toBeLessThan(5000);
    });

    it("exits 2 without credentials, before any request", async () => {
        const run = await doctor(cleanOrg(), [], { env: { GENESYSCLOUD_OAUTHCLIENT_ID: undefined, GENESYSCLOUD_OAUTHCLIENT_SECRET: undefined } });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("GENESYSCLOUD_OAUTHCLIENT_ID and GENESYSCLOUD_OAUTHCLIENT_SECRET are not set");
        expect(run.server.requests).toEqual([]);
    });

    it("calls Cognigy only with --call-cognigy, through the action test endpoint with a probe input", async () => {
        const without = await doctor(cleanOrg());
        expect(without.server.requested("POST", "/api/v2/integrations/actions/")).toEqual([]);
        const run = await doctor(cleanOrg(), ["--call-cognigy", "--json"]);
        expect(run.code).toBe(0);
        const calls = run.server.requested("POST", "/api/v2/integrations/actions/");
        expect(calls.map((c) => [c.path, JSON.parse(c.body)])).toEqual([
            [
                "/api/v2/integrations/actions/live-action/test",
                { userId: "cognigy-genesys-handover-doctor-probe", topic: HANDOVER_EVENTS.AfterCallWorkEvent.topicLiteral, disconnectType: "CLIENT" },
            ],
        ]);
        expect((JSON.parse(run.stdout) as DoctorReport).cognigy?.success).toBe(true);
    });

    it("reports Cognigy's HTTP status when the call fails (exit 1)", async () => {
        const run = await doctor(cleanOrg(), ["--call-cognigy"], {
            behaviour: { actionTest: () => ({ success: false, error: { status: 404, code: "BAD_REQUEST", message: "Response from web service: Not Found" } }) },
        });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain("FAILED, HTTP 404");
    });

    it("answers --help with usage, options and exit codes", async () => {
        const run = await doctor(cleanOrg(), ["--help"]);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("--call-cognigy");
        expect(run.stdout).toContain("Exit codes:");
        expect(run.server.requests).toEqual([]);
    });
});
