/**
 * Pins the shape of the hand-maintained `@pulumi/genesyscloud` SDK (sdks/genesyscloud) to what
 * `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1` generates, so that drift between
 * our subset and the regenerated SDK fails the build: type tokens, input property names, required
 * arguments, secrets, package registration (parameterized `terraform-provider`) and package.json.
 */
import { FLOW_LOGLEVEL_TYPE, FLOW_TYPE, INTEGRATION_ACTION_TYPE, INTEGRATION_CREDENTIAL_TYPE, INTEGRATION_TYPE, PROCESS_AUTOMATION_TRIGGER_TYPE } from "@cognigy-handover/contract";
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import type * as GenesysCloud from "@pulumi/genesyscloud";
import { runtimeInternals } from "../../tools/evaluate/pulumiInternals";

type Sdk = typeof GenesysCloud;

const SDK_DIR = path.join(__dirname, "..", "..", "sdks", "genesyscloud");
const PARAMETER_JSON = { remote: { url: "registry.opentofu.org/mypurecloud/genesyscloud", version: "1.84.1" } };
const MOCK_PACKAGE_REF = "mock-uuid"; // what MockMonitor.registerPackage answers

/** Minimal views of the protobuf requests the runtime sends to the (mock) resource monitor. */
interface RegisterResourceRequestLike {
    getType(): string;
    getName(): string;
    getPackageref(): string;
    getAdditionalsecretoutputsList(): string[];
}
interface ParameterizationLike {
    getName(): string;
    getVersion(): string;
    getValue(): Uint8Array | string;
}
interface RegisterPackageRequestLike {
    getName(): string;
    getVersion(): string;
    getDownloadUrl(): string;
    getParameterization(): ParameterizationLike | undefined;
}
interface InvokeRequestLike {
    getTok(): string;
    getPackageref(): string;
}
type Callback = (err: unknown, resp: unknown) => void;
interface MonitorLike {
    registerResource(req: RegisterResourceRequestLike, cb: Callback): void;
    registerPackage(req: RegisterPackageRequestLike, cb: Callback): void;
    invoke(req: InvokeRequestLike, cb: Callback): void;
}

interface Registered {
    type: string;
    name: string;
    inputs: Record<string, unknown>;
}
interface RawRegistration {
    type: string;
    name: string;
    packageRef: string;
    additionalSecretOutputs: string[];
}
interface PackageRegistration {
    name: string;
    version: string;
    downloadUrl: string;
    parameterName?: string;
    parameterVersion?: string;
    parameterValue?: string;
}

const registered: Registered[] = [];
const rawRegistrations: RawRegistration[] = [];
const packageRegistrations: PackageRegistration[] = [];
const calls: pulumi.runtime.MockCallArgs[] = [];
const rawInvokes: { token: string; packageRef: string }[] = [];

const ORG = {
    id: "5e1f2a8c-0000-4000-8000-000000000001",
    name: "Example Org",
    domain: "example",
    defaultCountryCode: "DE",
    defaultLanguage: "de",
    defaultSiteId: "site-1",
    productPlatform: "PureCloud",
    supportUri: "https://help.mypurecloud.com",
    thirdPartyOrgName: "example",
    voicemailEnabled: true,
};

let g: Sdk;

function value<T>(o: pulumi.Output<T>): Promise<T> {
    return new Promise<T>((resolve) => o.apply(resolve));
}

function isSecretEnvelope(v: unknown): boolean {
    return typeof v === "object" && v !== null &&
        (v as Record<string, unknown>)[pulumi.runtime.specialSigKey] === pulumi.runtime.specialSecretSig;
}

function tokenOf(cls: unknown): string {
    // `__pulumiType` is `@internal` in generated SDKs (stripped from the .d.ts) but present at runtime.
    return (cls as { __pulumiType: string }).__pulumiType;
}

function registration(name: string): Registered {
    const found = registered.find((r) => r.name === name);
    if (!found) {
        throw new Error(`resource ${name} was not registered`);
    }
    return found;
}

/** What `resource` sent to the monitor once it is registered, after checking the type token it registered with. */
async function registeredAs(resource: pulumi.Resource, name: string, type: string): Promise<Registered> {
    await value(resource.urn);
    const reg = registration(name);
    expect(reg.type).toBe(type);
    return reg;
}

function rawRegistration(name: string): RawRegistration {
    const found = rawRegistrations.find((r) => r.name === name);
    if (!found) {
        throw new Error(`resource ${name} did not reach the monitor`);
    }
    return found;
}

beforeAll(async () => {
    await pulumi.runtime.setMocks({
        newResource: (args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult => {
            registered.push({ type: args.type, name: args.name, inputs: args.inputs });
            const computed: Record<string, unknown> = args.type === "genesyscloud:index/flow:Flow"
                ? { fileContentHash: "sha256:abc", type: "workflow", name: args.inputs.name ?? "computed-name" }
                : {};
            return { id: `${args.name}-id`, state: { ...args.inputs, ...computed } };
        },
        call: (args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult => {
            calls.push(args);
            return ORG;
        },
    }, "sdktest", "dev", false);

    // Intercept what the runtime serializes for the engine (package refs, additionalSecretOutputs).
    const monitor = runtimeInternals(pulumi).getMonitor() as MonitorLike;
    const registerResource = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req, cb) => {
        rawRegistrations.push({
            type: req.getType(),
            name: req.getName(),
            packageRef: req.getPackageref(),
            additionalSecretOutputs: req.getAdditionalsecretoutputsList(),
        });
        registerResource(req, cb);
    };
    const registerPackage = monitor.registerPackage.bind(monitor);
    monitor.registerPackage = (req, cb) => {
        const p = req.getParameterization();
        const v = p?.getValue();
        packageRegistrations.push({
            name: req.getName(),
            version: req.getVersion(),
            downloadUrl: req.getDownloadUrl(),
            parameterName: p?.getName(),
            parameterVersion: p?.getVersion(),
            parameterValue: v === undefined ? undefined
                : typeof v === "string" ? Buffer.from(v, "base64").toString("utf8") : Buffer.from(v).toString("utf8"),
        });
        registerPackage(req, cb);
    };
    const invoke = monitor.invoke.bind(monitor);
    monitor.invoke = (req, cb) => {
        rawInvokes.push({ token: req.getTok(), packageRef: req.getPackageref() });
        invoke(req, cb);
    };

    // Import the SDK only after the mocks are in place (static imports would register against no monitor).
    g = await import("@pulumi/genesyscloud");
});

describe("type tokens", () => {
    test("__pulumiType of every class equals its token", () => {
        expect(tokenOf(g.Provider)).toBe("genesyscloud");
        expect(tokenOf(g.Integration)).toBe("genesyscloud:index/integration:Integration");
        expect(tokenOf(g.IntegrationCredential)).toBe("genesyscloud:index/integrationCredential:IntegrationCredential");
        expect(tokenOf(g.IntegrationAction)).toBe("genesyscloud:index/integrationAction:IntegrationAction");
        expect(tokenOf(g.Flow)).toBe("genesyscloud:index/flow:Flow");
        expect(tokenOf(g.ProcessautomationTrigger)).toBe("genesyscloud:index/processautomationTrigger:ProcessautomationTrigger");
        expect(tokenOf(g.FlowLoglevel)).toBe("genesyscloud:index/flowLoglevel:FlowLoglevel");
    });

    test("the contract's tokens, which the policy pack and the simulation compare types with, are the SDK's", () => {
        expect([INTEGRATION_TYPE, INTEGRATION_CREDENTIAL_TYPE, INTEGRATION_ACTION_TYPE, FLOW_TYPE, PROCESS_AUTOMATION_TRIGGER_TYPE]).toEqual([
            tokenOf(g.Integration),
            tokenOf(g.IntegrationCredential),
            tokenOf(g.IntegrationAction),
            tokenOf(g.Flow),
            tokenOf(g.ProcessautomationTrigger),
        ]);
        expect(FLOW_LOGLEVEL_TYPE).toBe(tokenOf(g.FlowLoglevel));
    });
});

describe("resources under mocks", () => {
    test("Provider registers as pulumi:providers:genesyscloud, oauthclientSecret is a secret", async () => {
        const provider = new g.Provider("gc", {
            oauthclientId: "client-id",
            oauthclientSecret: "client-secret",
            awsRegion: "eu-central-1",
            accessToken: "token",
            sdkDebug: true,
            tokenPoolSize: 5,
            proxy: { host: "proxy.local", port: "3128", protocol: "http" },
        });
        const reg = await registeredAs(provider, "gc", "pulumi:providers:genesyscloud");
        expect(Object.keys(reg.inputs).sort()).toEqual(
            ["accessToken", "awsRegion", "oauthclientId", "oauthclientSecret", "proxy", "sdkDebug", "tokenPoolSize"]);
        expect(isSecretEnvelope(reg.inputs.oauthclientSecret)).toBe(true);
        // access_token is not `Sensitive` in the v1.84.1 schema, so the generated SDK does not wrap it.
        expect(reg.inputs.accessToken).toBe("token");
        // Non-string provider configuration travels JSON-encoded.
        expect(reg.inputs.sdkDebug).toBe("true");
        expect(reg.inputs.tokenPoolSize).toBe("5");
        expect(JSON.parse(reg.inputs.proxy as string)).toEqual({ host: "proxy.local", port: "3128", protocol: "http" });
        expect(rawRegistration("gc").additionalSecretOutputs).toEqual(["oauthclientSecret"]);
        expect(await pulumi.isSecret(provider.oauthclientSecret)).toBe(true);
        expect(g.Provider.isInstance(provider)).toBe(true);
        expect(g.Integration.isInstance(provider)).toBe(false);
    });

    test("Integration", async () => {
        const integration = new g.Integration("integration", {
            integrationType: "custom-rest-actions",
            intendedState: "ENABLED",
            config: { name: "Cognigy", notes: "n", properties: "{}", advanced: "{}", credentials: { basicAuth: "cred-id" } },
        });
        const reg = await registeredAs(integration, "integration", "genesyscloud:index/integration:Integration");
        expect(Object.keys(reg.inputs).sort()).toEqual(["config", "integrationType", "intendedState"]);
        // MaxItems: 1 block -> a single object, not a list.
        expect(reg.inputs.config).toEqual({ name: "Cognigy", notes: "n", properties: "{}", advanced: "{}", credentials: { basicAuth: "cred-id" } });
        expect(await value(integration.integrationType)).toBe("custom-rest-actions");
        expect(g.Integration.isInstance(integration)).toBe(true);
    });

    test("IntegrationCredential.fields is a secret", async () => {
        const credential = new g.IntegrationCredential("credential", {
            name: "Cognigy credential",
            credentialTypeName: "basicAuth",
            fields: { userName: "u", password: "p" },
        });
        const reg = await registeredAs(credential, "credential", "genesyscloud:index/integrationCredential:IntegrationCredential");
        expect(Object.keys(reg.inputs).sort()).toEqual(["credentialTypeName", "fields", "name"]);
        expect(isSecretEnvelope(reg.inputs.fields)).toBe(true);
        expect((reg.inputs.fields as { value: unknown }).value).toEqual({ userName: "u", password: "p" });
        expect(rawRegistration("credential").additionalSecretOutputs).toEqual(["fields"]);
        expect(await pulumi.isSecret(credential.fields)).toBe(true);
        expect(await value(credential.name)).toBe("Cognigy credential");
    });

    test("IntegrationAction", async () => {
        const action = new g.IntegrationAction("action", {
            name: "Send handover event",
            category: "Cognigy",
            integrationId: "integration-id",
            contractInput: "{\"type\":\"object\"}",
            contractOutput: "{\"type\":\"object\"}",
            secure: false,
            configTimeoutSeconds: 10,
            configRequest: {
                requestType: "POST",
                requestUrlTemplate: "https://endpoint/handover",
                requestTemplate: "${input.rawRequest}",
                headers: { "Content-Type": "application/json" },
            },
            configResponse: { successTemplate: "${rawResult}", translationMap: {}, translationMapDefaults: {} },
        });
        const reg = await registeredAs(action, "action", "genesyscloud:index/integrationAction:IntegrationAction");
        expect(Object.keys(reg.inputs).sort()).toEqual([
            "category", "configRequest", "configResponse", "configTimeoutSeconds", "contractInput", "contractOutput",
            "integrationId", "name", "secure",
        ]);
        expect(Object.keys(reg.inputs.configRequest as object).sort())
            .toEqual(["headers", "requestTemplate", "requestType", "requestUrlTemplate"]);
        expect(Object.keys(reg.inputs.configResponse as object).sort())
            .toEqual(["successTemplate", "translationMap", "translationMapDefaults"]);
        expect(rawRegistration("action").additionalSecretOutputs).toEqual([]);
    });

    test("Flow: read-only fileContentHash is an output, not an input", async () => {
        const flow = new g.Flow("flow", {
            filepath: "flows/handover.yaml",
            substitutions: { name: "Handover" },
            forceUnlock: false,
            name: "Handover",
            type: "workflow",
            updateTriggerHash: "abc",
        });
        const reg = await registeredAs(flow, "flow", "genesyscloud:index/flow:Flow");
        expect(Object.keys(reg.inputs).sort())
            .toEqual(["filepath", "forceUnlock", "name", "substitutions", "type", "updateTriggerHash"]);
        expect(await value(flow.fileContentHash)).toBe("sha256:abc");
        expect(await value(flow.type)).toBe("workflow");
        expect(await value(flow.name)).toBe("Handover");
    });

    test("ProcessautomationTrigger: target is a single object", async () => {
        const trigger = new g.ProcessautomationTrigger("trigger", {
            name: "Handover ended",
            topicName: "v2.detail.events.conversation.{id}.customer.end",
            enabled: true,
            target: { id: "workflow-id", type: "Workflow", workflowTargetSettings: { dataFormat: "Json" } },
            matchCriteria: "[]",
            eventTtlSeconds: 60,
            description: "d",
        });
        const reg = await registeredAs(trigger, "trigger", "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger");
        expect(Object.keys(reg.inputs).sort())
            .toEqual(["description", "enabled", "eventTtlSeconds", "matchCriteria", "name", "target", "topicName"]);
        expect(reg.inputs.target).toEqual({ id: "workflow-id", type: "Workflow", workflowTargetSettings: { dataFormat: "Json" } });
        expect(await value(trigger.enabled)).toBe(true);
    });

    test("every output property is declared (not clobbered by class fields)", () => {
        const expected: [string, unknown, string[]][] = [
            ["Integration", new g.Integration("o-int", { integrationType: "t" }), ["config", "integrationType", "intendedState"]],
            ["IntegrationCredential", new g.IntegrationCredential("o-cred", { credentialTypeName: "t" }),
                ["credentialTypeName", "fields", "name"]],
            ["IntegrationAction", new g.IntegrationAction("o-act", { category: "c", contractInput: "{}", contractOutput: "{}", integrationId: "i" }),
                ["category", "configRequest", "configResponse", "configTimeoutSeconds", "contractInput", "contractOutput",
                    "functionConfig", "integrationId", "name", "secure"]],
            ["Flow", new g.Flow("o-flow", { filepath: "f.yaml" }),
                ["fileContentHash", "filepath", "forceUnlock", "name", "substitutions", "type", "updateTriggerHash"]],
            ["ProcessautomationTrigger", new g.ProcessautomationTrigger("o-trig", { enabled: true, topicName: "t", target: { id: "i", type: "Workflow" } }),
                ["delayBySeconds", "description", "enabled", "eventTtlSeconds", "matchCriteria", "name", "target", "topicName"]],
            ["FlowLoglevel", new g.FlowLoglevel("o-log", { flowId: "f", flowLogLevel: "Base" }), ["flowId", "flowLogLevel"]],
            ["Provider", new g.Provider("o-prov"),
                ["accessToken", "awsRegion", "customRetryTimeout", "logStackTracesFilePath", "oauthclientId", "oauthclientSecret",
                    "sdkDebugFilePath", "sdkDebugFormat", "tokenAcquireTimeout", "tokenInitTimeout"]],
        ];
        for (const [cls, resource, props] of expected) {
            for (const prop of props) {
                const out = (resource as Record<string, unknown>)[prop];
                expect({ cls, prop, isOutput: pulumi.Output.isInstance(out) }).toEqual({ cls, prop, isOutput: true });
            }
        }
    });

    test("FlowLoglevel: flowId and flowLogLevel go to the engine as given (provider docs/resources/flow_loglevel.md at 1.84.1)", async () => {
        const level = new g.FlowLoglevel("log-level", { flowId: "flow-id", flowLogLevel: "All" });
        const reg = await registeredAs(level, "log-level", "genesyscloud:index/flowLoglevel:FlowLoglevel");
        expect(reg.inputs).toEqual({ flowId: "flow-id", flowLogLevel: "All" });
        expect(await value(level.flowLogLevel)).toBe("All");
    });

    test("static get reads an existing resource by id", async () => {
        const existing = g.Flow.get("existing-flow", "flow-id", { filepath: "f.yaml" });
        expect(await value(existing.id)).toBe("flow-id");
        expect(g.Flow.isInstance(existing)).toBe(true);
        expect(registration("existing-flow").type).toBe("genesyscloud:index/flow:Flow");
    });

    test("every resource passes the registered package ref", () => {
        const genesys = rawRegistrations.filter((r) => r.type.startsWith("genesyscloud:") || r.type === "pulumi:providers:genesyscloud");
        expect(genesys.length).toBeGreaterThanOrEqual(6);
        for (const r of genesys) {
            expect({ name: r.name, packageRef: r.packageRef }).toEqual({ name: r.name, packageRef: MOCK_PACKAGE_REF });
        }
    });
});

describe("required arguments", () => {
    const cases: [string, (args: Record<string, unknown>) => unknown, Record<string, unknown>, string[]][] = [
        ["Integration", (a) => new g.Integration("r-int", a as unknown as GenesysCloud.IntegrationArgs),
            { integrationType: "t" }, ["integrationType"]],
        ["IntegrationCredential", (a) => new g.IntegrationCredential("r-cred", a as unknown as GenesysCloud.IntegrationCredentialArgs),
            { credentialTypeName: "t" }, ["credentialTypeName"]],
        ["IntegrationAction", (a) => new g.IntegrationAction("r-act", a as unknown as GenesysCloud.IntegrationActionArgs),
            { category: "c", contractInput: "{}", contractOutput: "{}", integrationId: "i" },
            ["category", "contractInput", "contractOutput", "integrationId"]],
        ["Flow", (a) => new g.Flow("r-flow", a as unknown as GenesysCloud.FlowArgs), { filepath: "f.yaml" }, ["filepath"]],
        ["ProcessautomationTrigger", (a) => new g.ProcessautomationTrigger("r-trig", a as unknown as GenesysCloud.ProcessautomationTriggerArgs),
            { enabled: true, target: { id: "i", type: "Workflow" }, topicName: "t" }, ["enabled", "target", "topicName"]],
        ["FlowLoglevel", (a) => new g.FlowLoglevel("r-log", a as unknown as GenesysCloud.FlowLoglevelArgs), { flowId: "f", flowLogLevel: "Base" }, ["flowId", "flowLogLevel"]],
    ];

    test.each(cases)("%s throws for each missing required property", (_cls, make, minimal, required) => {
        for (const prop of required) {
            const args = { ...minimal };
            delete args[prop];
            expect(() => make(args)).toThrow(`Missing required property '${prop}'`);
        }
    });

    test("name is optional everywhere", () => {
        expect(() => new g.IntegrationCredential("n-cred", { credentialTypeName: "t" })).not.toThrow();
        expect(() => new g.IntegrationAction("n-act", { category: "c", contractInput: "{}", contractOutput: "{}", integrationId: "i" })).not.toThrow();
        expect(() => new g.Flow("n-flow", { filepath: "f.yaml" })).not.toThrow();
        expect(() => new g.ProcessautomationTrigger("n-trig", { enabled: true, topicName: "t", target: { id: "i", type: "Workflow" } })).not.toThrow();
    });
});

describe("getOrganizationsMe", () => {
    test("invoke token reaches mocks.call, with the package ref", async () => {
        const org = await g.getOrganizationsMe();
        expect(org.id).toBe(ORG.id);
        expect(calls.map((c) => c.token)).toContain("genesyscloud:index/getOrganizationsMe:getOrganizationsMe");
        const raw = rawInvokes.filter((i) => i.token === "genesyscloud:index/getOrganizationsMe:getOrganizationsMe");
        expect(raw.length).toBeGreaterThan(0);
        for (const i of raw) {
            expect(i.packageRef).toBe(MOCK_PACKAGE_REF);
        }
    });

    test("output form resolves the same result", async () => {
        const before = calls.length;
        const org = await value(g.getOrganizationsMeOutput());
        expect(org.domain).toBe("example");
        expect(org.voicemailEnabled).toBe(true);
        expect(calls.length).toBe(before + 1);
        expect(calls[calls.length - 1].token).toBe("genesyscloud:index/getOrganizationsMe:getOrganizationsMe");
    });
});

describe("package registration", () => {
    test("registers the parameterized terraform-provider exactly once", async () => {
        expect(packageRegistrations).toHaveLength(1);
        const [p] = packageRegistrations;
        expect(p.name).toBe("terraform-provider");
        expect(p.version).toBe("1.1.3");
        expect(p.downloadUrl).toBe("");
        expect(p.parameterName).toBe("genesyscloud");
        expect(p.parameterVersion).toBe("1.84.1");
        expect(JSON.parse(p.parameterValue ?? "null")).toEqual(PARAMETER_JSON);
    });

    test("package.json carries the generated metadata", () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(SDK_DIR, "package.json"), "utf8"));
        expect(pkg.name).toBe("@pulumi/genesyscloud");
        expect(pkg.version).toBe("1.84.1");
        expect(pkg.main).toBe("bin/index.js");
        expect(pkg.scripts).toEqual({ build: "tsc", postinstall: "node ./scripts/postinstall.js" });
        expect(pkg.pulumi).toEqual({
            resource: true,
            name: "terraform-provider",
            version: "1.1.3",
            parameterization: { name: "genesyscloud", version: "1.84.1", value: expect.any(String) },
        });
        expect(JSON.parse(Buffer.from(pkg.pulumi.parameterization.value, "base64").toString("utf8"))).toEqual(PARAMETER_JSON);
        expect(pkg.dependencies["@pulumi/pulumi"]).toBe("^3.238.0");
    });

    test("the SDK resolves the project's single copy of @pulumi/pulumi", () => {
        const fromSdk = require.resolve("@pulumi/pulumi", { paths: [SDK_DIR] });
        const fromProject = require.resolve("@pulumi/pulumi", { paths: [path.join(__dirname, "..", "..")] });
        expect(fromSdk).toBe(fromProject);
        const installed = JSON.parse(fs.readFileSync(path.join(path.dirname(fromProject), "package.json"), "utf8")).version as string;
        const [major, minor] = installed.split(".").map(Number);
        expect(major).toBe(3);
        expect(minor).toBeGreaterThanOrEqual(238);
    });
});
