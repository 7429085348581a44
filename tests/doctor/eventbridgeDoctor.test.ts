import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { doctorCommand } from "../../tools/doctor/doctorCommand";
import { DoctorReport } from "../../tools/doctor/doctorReport";
import { unrelatedObjects } from "../localGenesys/handWrittenOrgs";
import { REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";

let declared: DeclaredStack;

beforeAll(async () => {
    declared = await loadDeclaredStack(REPO_ROOT, "example-saas");
});

function orgWithSource(intendedState: string) {
    const org = unrelatedObjects();
    const source = declared.eventbridgeSource;
    if (!source) {
        throw new Error("example-saas declares no EventBridge source");
    }
    org.integrations.push({ id: "eb-source", name: source.name, integrationType: { id: source.integrationType }, intendedState, reportedState: { code: "ACTIVE" } });
    return org;
}

describe("doctor on an EventBridge stack", () => {
    it("checks the Amazon EventBridge Source integration and says the AWS side is not checked", async () => {
        const run = await runAgainstLocalApi(doctorCommand, declared, orgWithSource("ENABLED"), ["--stack", "example-saas", "--json"]);
        expect(run.code).toBe(0);
        const report = JSON.parse(run.stdout) as DoctorReport;
        expect(report.objects.map((o) => [o.kind, o.status])).toEqual([["EventBridge source", "found"]]);
        expect(report.notes.join("\n")).toContain("Not checked: the AWS side of EventBridge delivery");
        expect(run.server.requested("GET", "/api/v2/processautomation")).toEqual([]);
    });

    it("reports a disabled source (exit 1)", async () => {
        const run = await runAgainstLocalApi(doctorCommand, declared, orgWithSource("DISABLED"), ["--stack", "example-saas"]);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('intendedState: stack "ENABLED"  org "DISABLED"');
    });
});
