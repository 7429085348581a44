import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { LocalGenesysApi } from "../../tools/localGenesys/localGenesysApi";
import { ORG_STATE_FORMAT } from "../../tools/localGenesys/orgState";
import { startLocalApi } from "./plainHttpClient";

let dir: string;
beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "local-genesys-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("local Genesys API: the org's state file", () => {
    it("writes every change to the file, and a second server started on it sees the first one's objects", async () => {
        const stateFile = path.join(dir, "nested", "org.json");
        const first = await startLocalApi({ stateFile });
        const integration = await first.call("POST", "/api/v2/integrations", { body: { integrationType: { id: "custom-rest-actions" } } });
        const trigger = await first.call("POST", "/api/v2/processAutomation/triggers", {
            body: { description: "", enabled: false, matchCriteria: [{ jsonPath: "a", operator: "Exists", value: null, values: null }], name: "t", target: { id: "f", type: "Workflow" }, topicName: "topic" },
        });
        await first.api.stop();
        expect(JSON.parse(fs.readFileSync(stateFile, "utf8")).format).toBe(ORG_STATE_FORMAT);

        const second = await startLocalApi({ stateFile });
        try {
            expect((await second.call("GET", `/api/v2/integrations/${integration.body.id}`)).body.integrationType).toEqual({ id: "custom-rest-actions" });
            const read = await second.call("GET", `/api/v2/processautomation/triggers/${trigger.body.id}`);
            expect(read.body).toEqual(expect.objectContaining({ name: "t", version: 1, matchCriteria: [{ jsonPath: "a", operator: "Exists" }] }));
            expect((await second.call("GET", "/api/v2/organizations/me")).body.id).toBe(first.api.org.organization.id);
        } finally {
            await second.api.stop();
        }
    });

    it("creates the file with an empty org at start, and keeps an org in memory when given no file", async () => {
        const stateFile = path.join(dir, "org.json");
        const api = new LocalGenesysApi({ stateFile });
        await api.start();
        await api.stop();
        expect(JSON.parse(fs.readFileSync(stateFile, "utf8"))).toEqual(expect.objectContaining({ format: ORG_STATE_FORMAT, integrations: [], triggers: [] }));

        const inMemory = await startLocalApi();
        await inMemory.call("POST", "/api/v2/integrations", { body: { integrationType: { id: "x" } } });
        await inMemory.api.stop();
        expect(fs.readdirSync(dir)).toEqual(["org.json"]);
    });

    it("refuses a state file that is not a local org, naming the file and the fix", () => {
        const stateFile = path.join(dir, "org.json");
        fs.writeFileSync(stateFile, JSON.stringify({ integrations: [] }));
        expect(() => new LocalGenesysApi({ stateFile })).toThrow(`State file ${stateFile} is not a local Genesys org`);
        fs.writeFileSync(stateFile, "{");
        expect(() => new LocalGenesysApi({ stateFile })).toThrow(/is not JSON .*delete it to start from an empty org/);
    });
});
