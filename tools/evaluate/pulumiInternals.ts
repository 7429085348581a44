/**
 * Every part of the Pulumi SDKs this tool relies on that is not public API, in one place. Each export says where it
 * lives upstream; `tests/tools/pulumiInternals.test.ts` checks each one against the installed packages, so an SDK
 * upgrade that moves or changes one fails that test by name instead of breaking the plan somewhere else.
 */
import * as path from "node:path";

type PulumiModule = typeof import("@pulumi/pulumi");

/**
 * Property-value signatures of the engine's wire format (`specialSigKey` and friends in
 * `@pulumi/pulumi/runtime/rpc.js`; `sdk/go/common/resource/sig/sig.go` in pulumi/pulumi).
 */
export const WIRE_SIGNATURES = {
    key: "4dabf18193072939515e22adb298388d",
    secret: "1b47061264138c4ac30d75fd1eb44270",
    resourceReference: "5cf8f73096256a8f31e491e813e4eb8e",
    asset: "c44067f5952c0a294b673a41bacd8c17",
    archive: "0def7320c3a5731c473e5ecbe6d01bc7",
    outputValue: "d0e6a833031e9bbcd3f4e8bde6ca49a4",
} as const;

/**
 * A value the engine does not know yet (a preview's ids and provider-computed outputs): `unknownValue` in
 * `@pulumi/pulumi/runtime/rpc.js`, `UnknownStringValue` in pulumi/pulumi `sdk/go/common/resource/plugin/rpc.go`,
 * `unknownStringValue` in @pulumi/policy `proxy.js` (the analyzer abandons a policy that reads it).
 */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The runtime functions the evaluator calls: in `runtime/settings.js`, marked @internal in the typings. */
export interface RuntimeInternals {
    getMonitor(): unknown;
    waitForRPCs(): Promise<void>;
}

export function runtimeInternals(pulumi: PulumiModule): RuntimeInternals {
    const runtime = pulumi.runtime as unknown as Partial<RuntimeInternals>;
    if (typeof runtime.getMonitor !== "function" || typeof runtime.waitForRPCs !== "function") {
        throw new Error("@pulumi/pulumi no longer exports runtime.getMonitor/waitForRPCs: update tools/evaluate/pulumiInternals.ts.");
    }
    return runtime as RuntimeInternals;
}

/**
 * The URN `MockMonitor.newUrn` (`runtime/mocks.js`) gives a registration: the parent's type chain (its last
 * segment), `$`, the type, and the name. The preview engine needs it before the mock answers.
 */
export function mockUrn(stack: string, project: string, parentUrn: string, type: string, name: string): string {
    let qualifiedType = type;
    if (parentUrn !== "") {
        const parentType = parentUrn.split("::")[2]?.split("$").pop();
        qualifiedType = `${parentType}$${type}`;
    }
    return `urn:pulumi:${stack}::${project}::${qualifiedType}::${name}`;
}

/**
 * An error for the SDK's monitor callbacks: it reports a failed invoke or registration with the gRPC error's
 * `details` (`runtime/invoke.js`: `new Error(err.details)`), which a plain Error lacks.
 */
export function monitorError(message: string): Error {
    return Object.assign(new Error(message), { details: message });
}

/**
 * The script the Pulumi CLI runs for a Node policy pack (pulumi/pulumi `sdk/nodejs/cmd/pulumi-language-nodejs/main.go`
 * `RunPlugin`: `@pulumi/pulumi/cmd/run-policy-pack <engine address> <pack dir>`), from the pack's own dependencies.
 */
export function runPolicyPackScript(packDirectory: string): string {
    return require.resolve("@pulumi/pulumi/cmd/run-policy-pack", { paths: [packDirectory] });
}

/** The gRPC stubs shipped with @pulumi/pulumi (`proto/analyzer_grpc_pb.js`, generated from `proto/pulumi/analyzer.proto`). */
export type AnalyzerProto = typeof import("@pulumi/pulumi/proto/analyzer_pb");
export type AnalyzerGrpcProto = typeof import("@pulumi/pulumi/proto/analyzer_grpc_pb");
export type StructProto = typeof import("google-protobuf/google/protobuf/struct_pb");
export type EmptyProto = typeof import("google-protobuf/google/protobuf/empty_pb");
export type GrpcJs = typeof import("@grpc/grpc-js");

export interface AnalyzerProtos {
    readonly analyzer: AnalyzerProto;
    readonly grpc: AnalyzerGrpcProto;
    readonly struct: StructProto;
    readonly empty: EmptyProto;
    readonly grpcJs: GrpcJs;
}

let protos: AnalyzerProtos | undefined;

/** The stubs and the copies of google-protobuf and @grpc/grpc-js that @pulumi/pulumi itself loads (its `instanceof` checks need them). */
export function analyzerProtos(): AnalyzerProtos {
    if (protos === undefined) {
        const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
        const fromPulumi = (id: string): unknown => require(require.resolve(id, { paths: [pulumiDir] }));
        protos = {
            analyzer: require(path.join(pulumiDir, "proto", "analyzer_pb")) as AnalyzerProto,
            grpc: require(path.join(pulumiDir, "proto", "analyzer_grpc_pb")) as AnalyzerGrpcProto,
            struct: fromPulumi("google-protobuf/google/protobuf/struct_pb") as StructProto,
            empty: fromPulumi("google-protobuf/google/protobuf/empty_pb") as EmptyProto,
            grpcJs: fromPulumi("@grpc/grpc-js") as GrpcJs,
        };
    }
    return protos;
}
