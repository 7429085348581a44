/** Unit tests of the offline plan's pure pieces: config merging, secret handling, printing, policy running. */
import { resolveStackConfig, SECRET_PLACEHOLDER } from "../../tools/evaluate/stackConfig";
import { PulumiProject } from "../../tools/evaluate/pulumiProjectFiles";
import { resolvePolicyConfig } from "../../tools/evaluate/policyConfig";
import { PolicyDefinition } from "../../tools/evaluate/policyTypes";
import { decodeProperties } from "../../tools/evaluate/wireValues";
import { runPolicies } from "../../tools/evaluate/runPolicies";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { maskSecrets } from "../../tools/plan/maskSecrets";
import { formatValue } from "../../tools/plan/formatValue";
import { printTree } from "../../tools/plan/printTree";
import { verdictLine } from "../../tools/plan/printViolations";
import { parsePlanArguments, PlanArgumentsError } from "../../tools/plan/planArguments";

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

describe("maskSecrets", () => {
    it("masks every secret path, nested or top level, without changing the input", () => {
        const inputs = { fields: { password: "p" }, config: { credentials: { a: "b" }, name: "x" }, list: [{ token: "t" }] };
        expect(maskSecrets(inputs, ["fields", "config.credentials", "list[0].token"])).toEqual({
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

const httpsOnly: PolicyDefinition = {
    name: "https-only",
    description: "Data actions use https.",
    validateResource: Object.assign(
        (args: { props: Record<string, unknown> }, report: (m: string) => void) => {
            const url = (args.props["configRequest"] as { requestUrlTemplate?: string } | undefined)?.requestUrlTemplate ?? "";
            if (!url.startsWith("https://")) {
                report(`use https, not ${url}`);
            }
        },
        { __pulumiType: "genesyscloud:index/integrationAction:IntegrationAction" },
    ),
};
const protectedCredentials: PolicyDefinition = {
    name: "protected",
    description: "Resources are protected.",
    enforcementLevel: "advisory",
    configSchema: { properties: { requireProtect: { type: "boolean", default: false } } },
    validateResource: [
        (args, report) => {
            if (!args.getConfig<{ requireProtect: boolean }>().requireProtect) {
                args.notApplicable("off");
            }
            if (!args.opts.protect) {
                report(`${args.name} is not protected`);
            }
        },
    ],
};
const actionDependsOnCredential: PolicyDefinition = {
    name: "action-uses-credential",
    description: "The action's integration comes from a credential of this stack.",
    validateStack: (args, report) => {
        for (const r of args.resources.filter((x) => x.type.endsWith(":IntegrationAction"))) {
            const from = r.propertyDependencies["integrationId"]?.map((d) => d.name) ?? [];
            if (!from.includes("cred") || r.parent?.type !== "pulumi:pulumi:Stack") {
                report("not wired", r.urn);
            }
        }
        report("stack-level note");
    },
};

describe("resolvePolicyConfig", () => {
    const policies = [httpsOnly, protectedCredentials];
    it("starts from policy and pack levels plus schema defaults, then applies `all` and per-policy entries", () => {
        const config = resolvePolicyConfig("mandatory", policies, [
            { origin: "file.json", config: { all: "advisory", protected: { enforcementLevel: "mandatory", requireProtect: true } } },
        ]);
        expect(config.get("https-only")).toEqual({ enforcementLevel: "advisory", settings: {} });
        expect(config.get("protected")).toEqual({ enforcementLevel: "mandatory", settings: { requireProtect: true } });
        expect(resolvePolicyConfig("mandatory", policies, []).get("protected")).toEqual({
            enforcementLevel: "advisory",
            settings: { requireProtect: false },
        });
    });

    it("rejects unknown policies, unknown levels and settings the schema does not allow", () => {
        expect(() => resolvePolicyConfig("mandatory", policies, [{ origin: "f.json", config: { nope: "advisory" } }])).toThrow(
            /f.json: there is no policy "nope".*Known policies: https-only, protected/,
        );
        expect(() => resolvePolicyConfig("mandatory", policies, [{ origin: "f.json", config: { all: "strict" } }])).toThrow(
            /enforcement level "strict"; use one of advisory, mandatory, remediate, disabled/,
        );
        expect(() => resolvePolicyConfig("mandatory", policies, [{ origin: "f.json", config: { protected: { requireProtect: "yes" } } }])).toThrow(
            /policy "protected" is invalid: \/requireProtect must be boolean/,
        );
    });
});

describe("runPolicies", () => {
    const pack = {
        directory: "/pack",
        name: "test-pack",
        version: "1.0.0",
        enforcementLevel: "mandatory" as const,
        policies: [httpsOnly, protectedCredentials, actionDependsOnCredential],
    };
    it("runs resource policies on custom resources and stack policies on all, honouring config and notApplicable", async () => {
        const config = resolvePolicyConfig("mandatory", pack.policies, [{ origin: "f", config: { protected: { requireProtect: true } } }]);
        const { violations } = await runPolicies(resources, { pack, config });
        expect(violations.map((v) => [v.policyName, v.enforcementLevel, v.resourceName, v.message])).toEqual([
            ["https-only", "mandatory", "action", "use https, not http://x/handover"],
            ["protected", "advisory", "action", "action is not protected"],
            ["action-uses-credential", "mandatory", undefined, "stack-level note"],
        ]);
    });

    it("skips disabled policies", async () => {
        const config = resolvePolicyConfig("mandatory", pack.policies, [{ origin: "f", config: { all: "disabled" } }]);
        expect((await runPolicies(resources, { pack, config })).violations).toEqual([]);
        expect(verdictLine([])).toBe("PASS: no violations");
    });
});

describe("parsePlanArguments", () => {
    it("requires --stack and defaults the project and pack to the repository", () => {
        expect(() => parsePlanArguments([], "/repo")).toThrow(PlanArgumentsError);
        expect(() => parsePlanArguments(["--stack", "dev", "--bogus"], "/repo")).toThrow(/Unknown option '--bogus'/);
        const args = parsePlanArguments(["--", "--stack", "dev", "--json"], "/repo");
        expect(args).toMatchObject({ stack: "dev", projectDir: "/repo", json: true });
    });
});
