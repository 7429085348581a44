import { spawn } from "node:child_process";
import { LocalGenesysApi } from "../../tools/localGenesys/localGenesysApi";
import { OrgState, StoredTrigger } from "../../tools/localGenesys/orgState";
import { devStackOrg, mergeOrgs, unrelatedObjects } from "../localGenesys/handWrittenOrgs";
import { CLIENT, REPO_ROOT } from "../localGenesys/runAgainstLocalApi";

/** Exactly what the post-deploy CI step runs: `npm run doctor -- --stack <stack>`, credentials in the environment. */
function npmRunDoctor(baseUrl: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
        const child = spawn("npm", ["run", "doctor", "--", "--stack", "dev"], {
            cwd: REPO_ROOT,
            env: {
                ...process.env,
                GENESYSCLOUD_OAUTHCLIENT_ID: CLIENT.clientId,
                GENESYSCLOUD_OAUTHCLIENT_SECRET: CLIENT.clientSecret,
                GENESYS_BASE_URL_OVERRIDE: baseUrl,
            },
        });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
        child.on("close", (code) => resolve({ code, stdout, stderr }));
    });
}

describe("npm run doctor -- --stack dev (the CI post-deploy step)", () => {
    const servers: LocalGenesysApi[] = [];
    afterAll(async () => {
        await Promise.all(servers.map((s) => s.stop()));
    });

    it("exits 0 on a healthy org and 1 when another trigger would fire too", async () => {
        const healthy = mergeOrgs(devStackOrg(), unrelatedObjects());
        const withDuplicate: OrgState = mergeOrgs(devStackOrg(), unrelatedObjects());
        const duplicate: StoredTrigger = { ...withDuplicate.triggers[0], id: "manual-trigger", name: "Handover end (by hand)" };
        withDuplicate.triggers.push(duplicate);
        for (const org of [healthy, withDuplicate]) {
            servers.push(new LocalGenesysApi({ ...CLIENT, org }));
        }
        const urls = await Promise.all(servers.map((s) => s.start()));
        const [clean, finding] = await Promise.all(urls.map(npmRunDoctor));

        expect([clean.code, clean.stderr]).toEqual([0, expect.not.stringContaining("doctor")]);
        expect(clean.stdout).toContain("Healthy: the org does what the stack declares.");
        expect(finding.code).toBe(1);
        expect(finding.stdout).toContain('"Handover end (by hand)" [NOT THIS STACK]');
        expect(`${clean.stdout}${finding.stdout}`).not.toContain(CLIENT.clientSecret);
    }, 60000);
});
