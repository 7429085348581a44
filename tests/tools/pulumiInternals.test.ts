/**
 * What tools/evaluate/pulumiInternals.ts and policy/analyzerClient/analyzerStubs.ts assume about the installed Pulumi SDKs (the project's @pulumi/pulumi and
 * the policy pack's @pulumi/pulumi and @pulumi/policy). A failure here names the assumption an SDK upgrade broke.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { analyzerProtos, runPolicyPackScript } from "../../policy/analyzerClient/analyzerStubs";
import { mockUrn, runtimeInternals, UNKNOWN_VALUE, WIRE_SIGNATURES } from "../../tools/evaluate/pulumiInternals";

const POLICY_DIR = path.resolve(__dirname, "..", "..", "policy");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- modules of the pack's own node_modules
const fromPack = (id: string): unknown => require(require.resolve(id, { paths: [POLICY_DIR] }));

interface RpcModule {
    specialSigKey: string;
    specialSecretSig: string;
    specialResourceSig: string;
    specialAssetSig: string;
    specialArchiveSig: string;
    specialOutputValueSig: string;
    unknownValue: string;
}

describe.each([
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only by the cases that use it
    ["the project's @pulumi/pulumi", () => require("@pulumi/pulumi/runtime/rpc") as RpcModule],
    ["the policy pack's @pulumi/pulumi", () => fromPack("@pulumi/pulumi/runtime/rpc") as RpcModule],
])("wire format of %s (runtime/rpc.js)", (_label, rpc) => {
    test("signature key and signatures", () => {
        const { specialSigKey, specialSecretSig, specialResourceSig, specialAssetSig, specialArchiveSig, specialOutputValueSig } = rpc();
        expect({ key: specialSigKey, secret: specialSecretSig, resourceReference: specialResourceSig, asset: specialAssetSig, archive: specialArchiveSig, outputValue: specialOutputValueSig }).toEqual(
            WIRE_SIGNATURES,
        );
    });

    test("the unknown sentinel", () => {
        expect(rpc().unknownValue).toBe(UNKNOWN_VALUE);
    });
});

test("@pulumi/policy abandons a policy on the same sentinel (proxy.js unknownStringValue)", () => {
    expect((fromPack("@pulumi/policy/proxy") as { unknownStringValue: string }).unknownStringValue).toBe(UNKNOWN_VALUE);
});

test("runtime.getMonitor and runtime.waitForRPCs exist (runtime/settings.js)", () => {
    const internals = runtimeInternals(pulumi);
    expect(typeof internals.getMonitor).toBe("function");
    expect(typeof internals.waitForRPCs).toBe("function");
});

test("the mock monitor names resources as mockUrn says (runtime/mocks.js MockMonitor.newUrn)", async () => {
    const mocks = { newResource: () => ({ id: undefined, state: {} }), call: () => ({}) };
    await pulumi.runtime.setMocks(mocks, "proj", "stk", false);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after setMocks, as the test needs
    const { MockMonitor } = require("@pulumi/pulumi/runtime/mocks") as { MockMonitor: new (m: typeof mocks) => { newUrn(parent: string, type: string, name: string): string } };
    const monitor = new MockMonitor(mocks);
    const parent = "urn:pulumi:stk::proj::a:b:Top$c:d:Middle::m";
    expect(monitor.newUrn(parent, "e:f:Leaf", "leaf")).toBe(mockUrn("stk", "proj", parent, "e:f:Leaf", "leaf"));
    expect(monitor.newUrn("", "pulumi:pulumi:Stack", "proj-stk")).toBe(mockUrn("stk", "proj", "", "pulumi:pulumi:Stack", "proj-stk"));
});

test("a failed invoke is reported with the gRPC error's details (runtime/invoke.js), which monitorError sets", () => {
    const source = fs.readFileSync(require.resolve("@pulumi/pulumi/runtime/invoke.js"), "utf8");
    expect(source).toContain("innerReject(new Error(err.details))");
});

test("the pack's run-policy-pack script exists and drops the engine address (cmd/run-policy-pack)", () => {
    const script = runPolicyPackScript(POLICY_DIR);
    expect(fs.existsSync(script)).toBe(true);
    expect(fs.readFileSync(script, "utf8")).toContain("argv._.shift()");
});

test("@pulumi/policy's server prints its port on stdout, then serves the analyzer (server.js serve)", () => {
    const server = fs.readFileSync(require.resolve("@pulumi/policy/server.js", { paths: [POLICY_DIR] }), "utf8");
    expect(server).toContain("console.log(port.toString())");
    expect(server).toContain('server.bindAsync("127.0.0.1:0"');
});

test("the analyzer stubs have the calls and messages the runner uses (proto/analyzer_grpc_pb.js, analyzer_pb.js)", () => {
    const { analyzer, grpc, struct, empty, grpcJs } = analyzerProtos();
    expect(Object.keys(grpc.AnalyzerService)).toEqual(expect.arrayContaining(["analyze", "analyzeStack", "remediate", "getAnalyzerInfo", "configure"]));
    expect(typeof grpc.AnalyzerClient).toBe("function");
    for (const message of ["AnalyzeRequest", "AnalyzeStackRequest", "AnalyzerResource", "AnalyzerResourceOptions", "AnalyzerProviderResource", "AnalyzerPropertyDependencies", "ConfigureAnalyzerRequest", "PolicyConfig"] as const) {
        expect(typeof analyzer[message]).toBe("function");
    }
    expect(analyzer.EnforcementLevel).toEqual({ ADVISORY: 0, MANDATORY: 1, DISABLED: 2, REMEDIATE: 3 });
    expect(analyzer.PolicySeverity).toEqual({ POLICY_SEVERITY_UNSPECIFIED: 0, POLICY_SEVERITY_LOW: 1, POLICY_SEVERITY_MEDIUM: 2, POLICY_SEVERITY_HIGH: 3, POLICY_SEVERITY_CRITICAL: 4 });
    expect(typeof struct.Struct.fromJavaScript).toBe("function");
    expect(typeof empty.Empty).toBe("function");
    expect(typeof grpcJs.credentials.createInsecure).toBe("function");
});


test("the program's one internal: runtime.isConfigSecret, which components/config/pulumiConfigSource.ts uses to refuse plaintext secrets (runtime/config.js)", () => {
    const runtime = pulumi.runtime as unknown as { isConfigSecret?: unknown };
    expect(typeof runtime.isConfigSecret).toBe("function");
    pulumi.runtime.setAllConfig({ "project:token": "value", "project:plain": "value" }, ["project:token"]);
    const isConfigSecret = runtime.isConfigSecret as (key: string) => boolean;
    expect([isConfigSecret("project:token"), isConfigSecret("project:plain")]).toEqual([true, false]);
});
