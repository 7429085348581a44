/**
 * The parts of the Pulumi SDK the analyzer client uses that are not public API. Each says where it lives upstream;
 * tests/tools/pulumiInternals.test.ts checks them against the installed packages, so an SDK upgrade that moves
 * one fails that test by name.
 */
import * as path from "node:path";

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

/** The stubs and the copies of google-protobuf and @grpc/grpc-js that this @pulumi/pulumi loads (the stubs' `instanceof` checks need them). */
export function analyzerProtos(): AnalyzerProtos {
    if (protos === undefined) {
        const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
        /* eslint-disable @typescript-eslint/no-require-imports -- the copies @pulumi/pulumi loads, found at run time */
        const fromPulumi = (id: string): unknown => require(require.resolve(id, { paths: [pulumiDir] }));
        protos = {
            analyzer: require(path.join(pulumiDir, "proto", "analyzer_pb")) as AnalyzerProto,
            grpc: require(path.join(pulumiDir, "proto", "analyzer_grpc_pb")) as AnalyzerGrpcProto,
            /* eslint-enable @typescript-eslint/no-require-imports */
            struct: fromPulumi("google-protobuf/google/protobuf/struct_pb") as StructProto,
            empty: fromPulumi("google-protobuf/google/protobuf/empty_pb") as EmptyProto,
            grpcJs: fromPulumi("@grpc/grpc-js") as GrpcJs,
        };
    }
    return protos;
}
