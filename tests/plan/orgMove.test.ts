/**
 * Moving a deployed stack to another Genesys org by changing its region or OAuth client replaces nothing (the
 * dynamic bridge's DiffConfig forces no replacement, pulumi-terraform-bridge pkg/tfbridge/provider.go): every
 * resource would keep the old org's id. `plan --base` and `plan --state` refuse it (exit 1), naming the key and how
 * to move a stack.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { GENESYS_PROVIDER_TYPE } from "@cognigy-handover/contract";
import { orgMoves } from "../../tools/plan/orgMoves";
import { toStackExport } from "../../tools/plan/stackExport";
import { upFromEmpty } from "../../tools/plan/stateTransitions";
import { evaluateIsolated } from "../helpers/isolatedEvaluation";
import { deployed, registered } from "./plannedResources";
import { PLAN_TIMEOUT_MS, ProgramCheckout, programCheckout, REPO_ROOT, runPlanCli } from "./programCheckout";

const FIX = "Fix: to move the stack to another org, first run `pulumi destroy --stack dev` with the old";

describe("orgMoves", () => {
    const provider = (inputs: Record<string, unknown>) => registered(GENESYS_PROVIDER_TYPE, "genesyscloud", inputs);

    it("names a changed region and a changed OAuth client, each with its configuration key", () => {
        const before = provider({ awsRegion: "eu-central-1", oauthclientId: "client-a" });
        const after = provider({ awsRegion: "eu-west-1", oauthclientId: "client-b" });
        const moves = orgMoves([after], [deployed(before, before.inputs)]);
        expect(moves.map((move) => move.key)).toEqual(["genesysRegion", "genesyscloud:oauthclientId"]);
        expect(moves[0].message).toMatch(/^genesysRegion changes from "eu-central-1" to "eu-west-1" under the deployed stack dev: that is another Genesys org/);
        expect(moves[0].message).toContain(FIX);
    });

    it("ignores a region that only changes case, a client the environment supplies, and a stack not yet deployed", () => {
        const before = provider({ awsRegion: "eu-central-1" });
        expect(orgMoves([provider({ awsRegion: "EU-Central-1" })], [deployed(before, before.inputs)])).toEqual([]);
        expect(orgMoves([provider({ awsRegion: "eu-central-1", oauthclientId: "client-b" })], [deployed(before, before.inputs)])).toEqual([]);
        expect(orgMoves([provider({ awsRegion: "eu-west-1" })], [])).toEqual([]);
    });
});

describe("npm run plan on a region change", () => {
    jest.setTimeout(2 * PLAN_TIMEOUT_MS + 60_000);
    let checkout: ProgramCheckout;
    let stateDir: string;

    beforeAll(() => {
        checkout = programCheckout(["Pulumi.dev.yaml"]);
        stateDir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-org-move-"));
    });
    afterAll(() => {
        checkout.dispose();
        fs.rmSync(stateDir, { recursive: true, force: true });
    });

    it("--base exits 1, naming genesysRegion and how to move a stack", () => {
        checkout.edit("Pulumi.dev.yaml", "genesysRegion: eu-central-1\n", "genesysRegion: eu-west-1\n");
        const result = runPlanCli("--stack", "dev", "--dir", checkout.dir, "--base", "HEAD");
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(result.stdout).toContain('error: genesysRegion changes from "eu-central-1" to "eu-west-1" under the deployed stack dev');
        expect(result.stdout).toContain(FIX);
        expect(result.stdout).toMatch(/^FAIL: .*a change of the Genesys org \(genesysRegion\) block this stack/m);
        expect(result.status).toBe(1);
    });

    it("--state exits 1 when the export was deployed in another region", async () => {
        const { state } = await upFromEmpty(evaluateIsolated, { projectDir: REPO_ROOT, stack: "dev" });
        const elsewhere = state.map((resource) =>
            resource.type === GENESYS_PROVIDER_TYPE
                ? { ...resource, inputs: { ...resource.inputs, awsRegion: "us-east-1" }, outputs: { ...resource.outputs, awsRegion: "us-east-1" } }
                : resource,
        );
        const file = path.join(stateDir, "dev.json");
        fs.writeFileSync(file, JSON.stringify(toStackExport(elsewhere)));
        const result = runPlanCli("--stack", "dev", "--state", file, "--json");
        const report = JSON.parse(result.stdout);
        expect(report.orgMoves.map((move: { key: string }) => move.key)).toEqual(["genesysRegion"]);
        expect(report.orgMoves[0].message).toContain('genesysRegion changes from "us-east-1" to "eu-central-1"');
        expect(report.verdict).toMatchObject({ status: "fail", orgMoves: 1 });
        expect(result.status).toBe(1);
    });
});
