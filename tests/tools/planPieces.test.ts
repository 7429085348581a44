/** Unit tests of the offline plan's pure pieces: config merging, secret handling, printing, policy running. */
import { resolveStackConfig, SECRET_PLACEHOLDER } from "../../tools/evaluate/stackConfig";
import { PulumiProject } from "../../tools/evaluate/pulumiProjectFiles";
import * as path from "node:path";
import { configurePolicyPack } from "../../policy/analyzerClient/configurePolicyPack";
import { AnalyzerInfo, PolicyAnalyzer } from "../../policy/analyzerClient/policyAnalyzer";
import { parsePolicyPackConfig, reconcilePolicyPackConfig } from "../../policy/analyzerClient/policyConfig";
import { withSecretsWrapped } from "../../tools/evaluate/analyzedResource";
import { startPolicyPack } from "../../tools/evaluate/policyPack";
import { decodeProperties } from "../../tools/evaluate/wireValues";
import { runPolicies } from "../../tools/evaluate/runPolicies";
import { PlannedResource, UNKNOWN_VALUE } from "../../tools/evaluate/plannedResource";
import { maskSecretPaths } from "../../tools/maskSecrets";
import { formatValue } from "../../tools/plan/formatValue";
import { printTree } from "../../tools/plan/printTree";
import { verdictLine } from "../../tools/plan/printViolations";
import { parsePlanArguments } from "../../tools/plan/planArguments";
import { UserError } from "../../tools/userError";

const project: PulumiProject = {
    name: "proj",
    runtime: "nodejs",
    config: {
        endpoint: { type: "string" },
        suffix: { type: "string", default: "" },
        timeout: { type: "integer", default: 10 },
        password: { secret: true },
        "aws:region": { value: "eu-central-1" },
    },
};
const stackFile = (config: Record<string, unknown>) => ({ path: "Pulumi.dev.yaml", config });

describe("resolveStackConfig", () => {
    it("merges Pulumi.yaml defaults with the stack file, namespacing short keys", () => {
        const resolved = resolveStackConfig(project, stackFile({ endpoint: "https://e", "proj:timeout": 20, "genesyscloud:x": { a: [1] } }), "dev");
        expect(resolved.config).toEqual({
            "proj:endpoint": "https://e",
            "proj:suffix": "",
            "proj:timeout": "20",
            "aws:region": "eu-central-1",
            "genesyscloud:x": '{"a":[1]}',
        });
        expect(resolved.secretKeys).toEqual([]);
    });

    it("replaces secure values with a fake placeholder and registers them as secrets, also inside structured values", () => {
        const resolved = resolveStackConfig(
            project,
            stackFile({ endpoint: "https://e", "proj:password": { secure: "AAAB" }, "proj:creds": { key: { secure: "AAAC" } } }),
            "dev",
        );
        expect(resolved.config["proj:password"]).toBe(SECRET_PLACEHOLDER);
        expect(JSON.parse(resolved.config["proj:creds"])).toEqual({ key: SECRET_PLACEHOLDER });
        expect(resolved.secretKeys).toEqual(["proj:creds", "proj:password"]);
    });

    it("rejects what pulumi preview rejects, naming the key and the fix", () => {
        expect(() => resolveStackConfig(project, stackFile({}), "dev")).toThrow(/Stack 'dev' is missing configuration value 'endpoint'/);
        expect(() => resolveStackConfig(project, stackFile({ endpoint: "e", timeout: "ten" }), "dev")).toThrow(
            /configuration key 'timeout' must be of type 'integer'/,
        );
        expect(() => resolveStackConfig(project, stackFile({ endpoint: "e", password: "plain" }), "dev")).toThrow(
            /'password' must be encrypted as it's secret.*pulumi config set --secret password/,
        );
    });

    it("reads integers as Go's strconv.Atoi does, and reports first what the CLI reports (tests/engine/stackConfig.engine.test.ts)", () => {
        expect(resolveStackConfig(project, stackFile({ endpoint: "e", timeout: "+10" }), "dev").config["proj:timeout"]).toBe("+10");
        expect(resolveStackConfig(project, stackFile({ endpoint: "e", timeout: "007" }), "dev").config["proj:timeout"]).toBe("007");
        expect(() => resolveStackConfig(project, stackFile({ endpoint: "e", timeout: "99999999999999999999" }), "dev")).toThrow(
            /'timeout' must be of type 'integer'/,
        );
        expect(() => resolveStackConfig(project, stackFile({ endpoint: "e", timeout: " 10" }), "dev")).toThrow(/'timeout' must be of type 'integer'/);
        // Missing keys first, sorted; then the values in sorted key order.
        expect(() => resolveStackConfig(project, stackFile({ timeout: "ten" }), "dev")).toThrow(
            /^Stack 'dev' is missing configuration value 'endpoint'.*\n.*'timeout' must be of type 'integer'/,
        );
    });
});

describe("decodeProperties", () => {
    it("unwraps secrets and records their paths; resource references become ids", () => {
        const sig = "4dabf18193072939515e22adb298388d";
        const decoded = decodeProperties({
            name: "n",
            fields: { [sig]: "1b47061264138c4ac30d75fd1eb44270", value: { password: "p" } },
            list: [{ token: { [sig]: "1b47061264138c4ac30d75fd1eb44270", value: "t" } }],
            ref: { [sig]: "5cf8f73096256a8f31e491e813e4eb8e", urn: "urn:a", id: "id-a" },
        });
        expect(decoded.values).toEqual({ name: "n", fields: { password: "p" }, list: [{ token: "t" }], ref: "id-a" });
        expect(decoded.secretPaths).toEqual(["fields", "list[0].token"]);
    });
});

describe("maskSecretPaths", () => {
    it("masks every secret path, nested or top level, without changing the input", () => {
        const inputs = { fields: { password: "p" }, config: { credentials: { a: "b" }, name: "x" }, list: [{ token: "t" }] };
        expect(maskSecretPaths(inputs, ["fields", "config.credentials", "list[0].token"])).toEqual({
            fields: "[secret]",
            config: { credentials: "[secret]", name: "x" },
            list: [{ token: "[secret]" }],
        });
        expect(inputs.fields.password).toBe("p");
    });
});

describe("formatValue", () => {
    it("renders JSON strings compactly and cuts long values", () => {
        expect(formatValue('[ {"a": 1} ]')).toBe('json [{"a":1}]');
        expect(formatValue("42")).toBe('"42"');
        expect(formatValue(true)).toBe("true");
        expect(formatValue("x".repeat(300), 20)).toHaveLength(20);
        const criteria = JSON.stringify([{ jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" }, { jsonPath: "messageType", operator: "Equal", value: "OPEN" }]);
        expect(formatValue(criteria, 20)).toBe(`json ${criteria}`);
    });

    it("renders the engine's unknown sentinel as unknown, never as its raw uuid", () => {
        expect(formatValue(UNKNOWN_VALUE)).toBe("[unknown until the update]");
    });
});

const resource = (overrides: Partial<PlannedResource> & Pick<PlannedResource, "urn" | "type" | "name">): PlannedResource => ({
    custom: true,
    inputs: {},
    outputs: {},
    secretPaths: [],
    dependencies: [],
    propertyDependencies: {},
    protect: false,
    ...overrides,
});
const stackUrn = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";
const credUrn = "urn:pulumi:dev::p::genesyscloud:index/integrationCredential:IntegrationCredential::cred";
const actionUrn = "urn:pulumi:dev::p::genesyscloud:index/integrationAction:IntegrationAction::action";
const resources: PlannedResource[] = [
    resource({ urn: stackUrn, type: "pulumi:pulumi:Stack", name: "p-dev", custom: false }),
    resource({
        urn: credUrn,
        type: "genesyscloud:index/integrationCredential:IntegrationCredential",
        name: "cred",
        parent: stackUrn,
        inputs: { credentialTypeName: "basicAuth", fields: { password: "hunter2" } },
        outputs: { credentialTypeName: "basicAuth", fields: { password: "hunter2" } },
        secretPaths: ["fields"],
        protect: true,
    }),
    resource({
        urn: actionUrn,
        type: "genesyscloud:index/integrationAction:IntegrationAction",
        name: "action",
        parent: stackUrn,
        inputs: { configRequest: { requestUrlTemplate: "http://x/handover" }, integrationId: "cred-id" },
        outputs: { configRequest: { requestUrlTemplate: "http://x/handover" }, integrationId: "cred-id" },
        dependencies: [credUrn],
        propertyDependencies: { integrationId: [credUrn] },
    }),
];

describe("printTree", () => {
    it("prints children under their parent with inputs, masked secrets and dependencies by name", () => {
        const text = printTree(resources);
        expect(text).toBe(
            [
                "pulumi:pulumi:Stack  p-dev",
                "├─ genesyscloud:index/integrationCredential:IntegrationCredential  cred  [protected]",
                '│       credentialTypeName: "basicAuth"',
                '│       fields: "[secret]"',
                "└─ genesyscloud:index/integrationAction:IntegrationAction  action",
                '        configRequest.requestUrlTemplate: "http://x/handover"',
                '        integrationId: "cred-id"',
                "        depends on: cred",
            ].join("\n"),
        );
        expect(text).not.toContain("hunter2");
    });
});

const policyInfo = (name: string, enforcementLevel: "advisory" | "mandatory", properties?: Record<string, unknown>) => ({
    name,
    description: `${name} policy`,
    enforcementLevel,
    ...(properties !== undefined ? { configSchema: { properties } } : {}),
});
const infoPack = {
    name: "pack",
    version: "1.0.0",
    policies: [policyInfo("https-only", "mandatory"), policyInfo("protected", "advisory", { requireProtect: { type: "boolean", default: false } })],
};

describe("policy config, as the CLI reconciles it (pkg/resource/analyzer/config.go)", () => {
    it("parses a --policy-pack-config file: levels, settings, and nothing for empty entries", () => {
        const parsed = parsePolicyPackConfig('{"all":"advisory","protected":{"enforcementLevel":"mandatory","requireProtect":true},"https-only":{}}', "f.json");
        expect([...parsed]).toEqual([
            ["all", { enforcementLevel: "advisory" }],
            ["protected", { enforcementLevel: "mandatory", properties: { requireProtect: true } }],
        ]);
        expect(parsePolicyPackConfig("  ", "f.json").size).toBe(0);
        expect(() => parsePolicyPackConfig('{"all":"strict"}', "f.json")).toThrow(/"all": "strict" is not a valid enforcement level/);
        expect(() => parsePolicyPackConfig('{"protected":3}', "f.json")).toThrow(/parsing "protected": 3 is not a valid value; must be a string or object/);
        expect(() => parsePolicyPackConfig('{"environments":["org/env"]}', "f.json")).toThrow(/cannot be resolved offline/);
    });

    it("starts from the policies' levels and schema defaults, then initialConfig, then the file; `all` first", () => {
        const initial = new Map([["https-only", { enforcementLevel: "advisory" as const }]]);
        const none = new Map();
        expect(reconcilePolicyPackConfig(infoPack, none, none).get("protected")).toEqual({ enforcementLevel: "advisory", properties: { requireProtect: false } });
        expect(reconcilePolicyPackConfig(infoPack, initial, none).get("https-only")).toEqual({ enforcementLevel: "advisory" });
        const file = parsePolicyPackConfig('{"all":"disabled","protected":{"requireProtect":true}}', "f.json");
        const config = reconcilePolicyPackConfig(infoPack, initial, file);
        expect(config.get("https-only")).toEqual({ enforcementLevel: "disabled" });
        expect(config.get("protected")).toEqual({ enforcementLevel: "disabled", properties: { requireProtect: true } });
    });

    it("rejects settings the schema does not allow, and settings for a policy the pack does not have", () => {
        expect(() => reconcilePolicyPackConfig(infoPack, new Map(), parsePolicyPackConfig('{"protected":{"requireProtect":"yes"}}', "f"))).toThrow(
            "validating policy config: pack 1.0.0  protected: /requireProtect must be boolean",
        );
        // The CLI accepts a level for an unknown name, but settings without a level fail its Configure call.
        expect(reconcilePolicyPackConfig(infoPack, new Map(), parsePolicyPackConfig('{"nope":"advisory"}', "f")).get("nope")).toEqual({ enforcementLevel: "advisory" });
        expect(() => reconcilePolicyPackConfig(infoPack, new Map(), parsePolicyPackConfig('{"nope":{"x":1}}', "f"))).toThrow(/invalid enforcement level "" for "nope"/);
    });
});

describe("withSecretsWrapped", () => {
    it("wraps the values at secret paths in the engine's secret signature, nested and in lists", () => {
        const secret = (value: unknown) => ({ "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270", value });
        const values = { fields: { password: "p" }, list: [{ token: "t" }], config: { credentials: { a: "b" }, name: "x" } };
        expect(withSecretsWrapped(values, ["fields", "list[0].token", "config.credentials"])).toEqual({
            fields: secret({ password: "p" }),
            list: [{ token: secret("t") }],
            config: { credentials: secret({ a: "b" }), name: "x" },
        });
        expect(values.fields).toEqual({ password: "p" });
    });
});

describe("runPolicies through the pack's own analyzer (a child process, over gRPC)", () => {
    const PACK = path.resolve(__dirname, "..", "..", "policy", "tests", "fixtures", "plan-test-pack");
    let analyzer: PolicyAnalyzer;
    let info: AnalyzerInfo;
    beforeAll(async () => {
        analyzer = await startPolicyPack(PACK);
        info = await analyzer.getAnalyzerInfo();
    }, 60000);
    afterAll(() => analyzer?.close());
    const configured = (file: string) => configurePolicyPack(analyzer, info, parsePolicyPackConfig(file, "f.json"), "f.json");

    it("describes the pack as GetAnalyzerInfo does: levels own or the pack's, schemas", () => {
        expect(info.name).toBe("plan-test-pack");
        expect(info.version).toBe("1.2.3");
        expect(info.policies.map((p) => [p.name, p.enforcementLevel])).toEqual([
            ["https-only", "mandatory"],
            ["protected", "advisory"],
            ["secret-password", "mandatory"],
            ["action-uses-credential", "mandatory"],
            ["reads-ids", "mandatory"],
            ["reports-provider", "disabled"],
        ]);
        expect(info.policies[1].configSchema).toEqual({ properties: { requireProtect: { type: "boolean", default: false } }, required: [] });
    });

    it("Analyze on every resource's inputs (secrets unwrapped by the analyzer), AnalyzeStack with parents and property dependencies", async () => {
        const { violations } = await runPolicies(resources, await configured('{"protected":{"requireProtect":true}}'));
        expect(violations.map((v) => [v.policyName, v.enforcementLevel, v.resourceName, v.message])).toEqual([
            ["protected", "advisory", "p-dev", "p-dev is not protected"],
            ["https-only", "mandatory", "action", "use https, not http://x/handover"],
            ["protected", "advisory", "action", "action is not protected"],
            ["action-uses-credential", "mandatory", undefined, "stack-level note"],
        ]);
        expect(violations[1]).toMatchObject({ description: "Data actions use https.", urn: actionUrn, resourceType: "genesyscloud:index/integrationAction:IntegrationAction" });
    });

    it("Analyze gets the explicit provider (its inputs) and the resource's replacement order", async () => {
        const providerUrn = "urn:pulumi:dev::p::pulumi:providers:aws::eu";
        const withProvider = [
            ...resources.map((r) => (r.urn === actionUrn ? { ...r, provider: providerUrn, deleteBeforeReplace: true } : r)),
            resource({ urn: providerUrn, type: "pulumi:providers:aws", name: "eu", inputs: { region: "eu-central-1" } }),
        ];
        const { violations } = await runPolicies(withProvider, await configured('{"all":"disabled","reports-provider":"advisory"}'));
        expect(violations.map((v) => v.message)).toEqual(["action via eu (pulumi:providers:aws, region eu-central-1), deleteBeforeReplace true"]);
    });

    it("skips disabled policies, and reports a policy abandoned for unknowns exactly as the analyzer does", async () => {
        const unknownId = resources.map((r) => (r.urn === credUrn ? { ...r, outputs: { ...r.outputs, id: UNKNOWN_VALUE } } : r));
        const { violations } = await runPolicies(unknownId, await configured('{"all":"disabled","reads-ids":"mandatory"}'));
        expect(violations).toEqual([
            {
                policyName: "reads-ids",
                enforcementLevel: "advisory",
                message: "can't run policy 'reads-ids' from policy pack 'plan-test-pack@v1.2.3' during preview: string value at .id can't be known during preview",
                description: "Reads every resource's id.",
            },
        ]);
        expect((await runPolicies(resources, await configured('{"all":"disabled"}'))).violations).toEqual([]);
        expect(verdictLine([])).toBe("PASS: no violations");
    });
});

describe("parsePlanArguments", () => {
    it("requires --stack and defaults the project and pack to the repository", () => {
        expect(() => parsePlanArguments([], "/repo")).toThrow(UserError);
        expect(() => parsePlanArguments(["--stack", "dev", "--bogus"], "/repo")).toThrow(/Unknown option '--bogus'/);
        const args = parsePlanArguments(["--", "--stack", "dev", "--json"], "/repo");
        expect(args).toMatchObject({ stack: "dev", projectDir: "/repo", json: true });
    });
});
