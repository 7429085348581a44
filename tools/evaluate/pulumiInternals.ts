/**
 * Every part of the Pulumi SDKs this tool relies on that is not public API, in one place. Each export says where it
 * lives upstream; `tests/tools/pulumiInternals.test.ts` checks each one against the installed packages, so an SDK
 * upgrade that moves or changes one fails that test by name instead of breaking the plan somewhere else. (Those of
 * the analyzer client, which runs policy packs, are in policy/analyzerClient/analyzerStubs.ts, checked by the same test.)
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
 * The protobuf `Struct` of the google-protobuf copy @pulumi/pulumi itself loads: its runtime checks values with
 * `instanceof` against that copy. (The analyzer client loads its stubs in policy/analyzerClient/analyzerStubs.ts.)
 */
export function pulumiStruct(): StructProto["Struct"] {
    const pulumiDir = path.dirname(require.resolve("@pulumi/pulumi/package.json"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the copy @pulumi/pulumi loads, found at run time
    return (require(require.resolve("google-protobuf/google/protobuf/struct_pb", { paths: [pulumiDir] })) as StructProto).Struct;
}

type StructProto = typeof import("google-protobuf/google/protobuf/struct_pb");
