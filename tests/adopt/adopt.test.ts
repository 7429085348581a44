import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HANDOVER_EVENTS } from "@cognigy-handover/contract";
import { adoptCommand } from "../../tools/adopt/adoptCommand";
import { engineUrn } from "../../tools/adopt/engineUrn";
import { PulumiImportFile } from "../../tools/adopt/importFile";
import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { OrgState } from "../../tools/localGenesys/orgState";
import { devStackOrg, guideSetupOrg, mergeOrgs, unrelatedObjects } from "../localGenesys/handWrittenOrgs";
import { CommandRun, REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";

let dev: DeclaredStack;
let workDir: string;

beforeAll(async () => {
    // One program evaluation per test process (the Pulumi runtime is global): the dev stack, whose names carry " (dev)".
    dev = await loadDeclaredStack(REPO_ROOT, "dev");
}, 120_000); // one program evaluation; minutes on a loaded 2-core machine

beforeEach(() => {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), "adopt-"));
});

afterEach(() => {
    fs.rmSync(workDir, { recursive: true, force: true });
});

/** What an admin who followed Cognigy's guide has: the guide's names, and an older Cognigy endpoint. */
function manualGuideSetup(): OrgState {
    return mergeOrgs(guideSetupOrg("manual"), unrelatedObjects());
}

async function adopt(declared: DeclaredStack, org: OrgState, argv: string[] = []): Promise<CommandRun & { file?: PulumiImportFile }> {
    const out = path.join(workDir, "import.json");
    const run = await runAgainstLocalApi(
        (args, io) => adoptCommand(args, { ...io, cwd: workDir }),
        declared,
        org,
        ["--stack", declared.stack, "--out", out, ...argv],
    );
    return { ...run, file: fs.existsSync(out) ? (JSON.parse(fs.readFileSync(out, "utf8")) as PulumiImportFile) : undefined };
}

/**
 * The URN `pulumi import` gives each entry, computed the way pulumi/pulumi `pkg/cmd/pulumi/operations/import.go`
 * (`parseImportFile`) does: the parent's qualified type chain, then the entry's type and logical name.
 */
function importedUrns(file: PulumiImportFile, stack: string, project: string): Map<string, string> {
    const qualifiedType = new Map<string, string>();
    const urns = new Map<string, string>();
    for (const spec of file.resources) {
        const parentType = spec.parent !== undefined ? qualifiedType.get(spec.parent) : undefined;
        if (spec.parent !== undefined && parentType === undefined) {
            throw new Error(`parent ${spec.parent} of ${spec.name} is not an earlier entry`);
        }
        const type = parentType !== undefined ? `${parentType}$${spec.type}` : spec.type;
        qualifiedType.set(spec.name, type);
        urns.set(spec.name, `urn:pulumi:${stack}::${project}::${type}::${spec.logicalName ?? spec.name}`);
    }
    return urns;
}

describe("adopt against a loopback Genesys org, through the real Platform API SDK", () => {
    it("exits 2 with the fix, no stack trace, when --out names a folder that does not exist", async () => {
        const out = path.join(workDir, "no-such-folder", "import.json");
        const run = await runAgainstLocalApi((args, io) => adoptCommand(args, { ...io, cwd: workDir }), dev, manualGuideSetup(), ["--stack", "dev", "--out", out]);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
            `adopt: cannot check stack dev: cannot write the import file ${out}: its folder does not exist. ` +
                "Fix: pass --out <file> in a folder that exists and you may write to (default: import-<stack>.json here)\n",
        );
        expect(run.stdout).toBe("");
    });

    it("adopts a complete manual setup: every object found by the guide's names, an import file with the stack's URNs", async () => {
        const run = await adopt(dev, manualGuideSetup());
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        expect(run.file).toBeDefined();
        const file = run.file as PulumiImportFile;
        expect(file.nameTable).toEqual({ genesyscloud: "urn:pulumi:dev::cognigy-genesys-handover::pulumi:providers:genesyscloud::genesyscloud" });

        const byUrn = new Map(dev.resources.map((r) => [r.urn, r]));
        const imported = importedUrns(file, "dev", "cognigy-genesys-handover");
        const custom = file.resources.filter((r) => !r.component);
        expect(custom.map((r) => [r.type, r.id])).toEqual([
            ["genesyscloud:index/integration:Integration", "manual-integration"],
            ["genesyscloud:index/integrationAction:IntegrationAction", "manual-action"],
            ["genesyscloud:index/flow:Flow", "manual-workflow-0"],
            ["genesyscloud:index/flow:Flow", "manual-workflow-1"],
            ["genesyscloud:index/processautomationTrigger:ProcessautomationTrigger", "manual-trigger-0"],
            ["genesyscloud:index/processautomationTrigger:ProcessautomationTrigger", "manual-trigger-1"],
        ]);
        // Every entry lands on exactly the URN the program registers (engine form), parents included.
        const expected = dev.resources
            .filter((r) => r.type.startsWith("cognigy:handover:") || (r.custom && r.type.startsWith("genesyscloud:")))
            .map((r) => engineUrn(r, byUrn, "dev", "cognigy-genesys-handover"))
            .sort();
        expect([...imported.values()].sort()).toEqual(expected);
        expect(custom.every((r) => r.provider === "genesyscloud")).toBe(true);
        expect(file.resources.filter((r) => r.component).every((r) => r.id === undefined)).toBe(true);

        expect(run.stdout).toContain(`adopt      trigger "Trigger conversation.id.acw (dev)" (handover-webhook-trigger-acw) <- manual-trigger-0 "Trigger conversation.id.acw" (found by the guide's name`);
        // Prod's endpoint in a dev stack: shown, so the admin knows pulumi up will change it.
        expect(run.stdout).toContain(
            'differs in config.request.requestUrlTemplate: stack "https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM", org "https://endpoint-trial.cognigy.ai/handover/genesysCloudOM"',
        );
        expect(run.stdout).toContain('differs in name: stack "Trigger conversation.id.acw (dev)", org "Trigger conversation.id.acw"');
        expect(run.stdout).toContain(
            'Workflow "Workflow conversation.id.acw" gets the stack\'s name "Workflow conversation.id.acw (dev)": pulumi up replaces it, create-before-delete ' +
                "(publishes the new flow, moves the trigger to it, then deletes the adopted flow). Delete nothing by hand: until then the trigger starts the adopted flow. " +
                "Or set nameSuffix so the names match.",
        );
        // The adopted flows are what the triggers start until that up: no advice to delete them.
        expect(run.stdout).not.toMatch(/delete the old/i);
        expect(run.stdout).toContain("pulumi import --stack dev --file");
        expect(run.stdout).toContain("--generate-code=false --protect=false");
        expect(run.stdout).toContain("pulumi up --stack dev --target 'urn:pulumi:dev::cognigy-genesys-handover::pulumi:providers:genesyscloud::genesyscloud'");
    });

    it("finds a setup made with the stack's own names first, and shows it as the same", async () => {
        const run = await adopt(dev, mergeOrgs(devStackOrg("own"), manualGuideSetup()));
        expect(run.code).toBe(0);
        expect(run.stdout.match(/same as the stack/g)).toHaveLength(6);
        expect(run.stdout).toContain(`<- own-trigger-0 "Trigger conversation.id.acw (dev)" (found by the stack's name`);
        expect(run.file?.resources.filter((r) => r.id !== undefined).map((r) => r.id)).toEqual([
            "own-integration",
            "own-action",
            "own-workflow-0",
            "own-workflow-1",
            "own-trigger-0",
            "own-trigger-1",
        ]);
    });

    it("refuses two candidates for one resource: lists both, writes nothing (exit 1)", async () => {
        const org = manualGuideSetup();
        const acw = org.triggers.find((t) => t.topicName === HANDOVER_EVENTS.AfterCallWorkEvent.topic);
        org.triggers.push({ ...acw, id: "second-manual-trigger" });
        const run = await adopt(dev, org);
        expect(run.code).toBe(1);
        expect(run.file).toBeUndefined();
        expect(run.stdout).toContain(`AMBIGUOUS  trigger "Trigger conversation.id.acw (dev)" (handover-webhook-trigger-acw): 2 candidates found by the guide's name "Trigger conversation.id.acw":`);
        expect(run.stdout).toContain('manual-trigger-0 "Trigger conversation.id.acw"');
        expect(run.stdout).toContain('second-manual-trigger "Trigger conversation.id.acw"');
        expect(run.stdout).toContain("No import file written");
    });

    it("finds a renamed trigger by its topic and the adopted workflow it starts", async () => {
        const org = manualGuideSetup();
        const userEnd = org.triggers.find((t) => t.topicName === HANDOVER_EVENTS.UserEndEvent.topic);
        if (userEnd) {
            userEnd.name = "Cognigy end of handover";
        }
        const { code, stdout } = await adopt(dev, org, ["--json"]);
        expect(code).toBe(0);
        const report = JSON.parse(stdout) as { adoptions: { logicalName: string; rule: string; outcome: string }[] };
        expect(report.adoptions.find((a) => a.logicalName === "handover-webhook-trigger-user-end")).toMatchObject({
            outcome: "adopt",
            rule: "topic v2.detail.events.conversation.{id}.user.end and target workflow manual-workflow-1",
        });
    });

    it("says there is nothing to adopt in an org without the setup, and writes no file", async () => {
        const run = await adopt(dev, unrelatedObjects());
        expect(run.code).toBe(0);
        expect(run.file).toBeUndefined();
        expect(run.stdout.match(/ create /g)).toHaveLength(6);
        expect(run.stdout).toContain("Nothing to adopt: pulumi up creates everything.");
    });

    it("answers --help with usage, options and exit codes", async () => {
        const run = await adopt(dev, unrelatedObjects(), ["--help"]);
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("--out");
        expect(run.stdout).toContain("Exit codes:");
    });
});
