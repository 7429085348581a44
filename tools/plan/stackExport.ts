/**
 * The checkpoint format `pulumi stack export` writes (pulumi/pulumi `sdk/go/common/apitype/core.go`:
 * `UntypedDeployment{version, deployment}`, `DeploymentV3{manifest, secrets_providers, resources, pending_operations}`,
 * `ResourceV3`), read into a DeployedState and written from one.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { isRecord } from "@cognigy-handover/contract";
import { WIRE_SIGNATURES } from "../evaluate/pulumiInternals";
import { propertyPath } from "../evaluate/wireValues";
import { DeployedResource, DeployedState, EncryptedSecret, isEncryptedSecret, parseUrn, providerReferenceUrn } from "./deployedState";
import { UserError } from "../userError";

/** `DeploymentSchemaVersionCurrent` in core.go: the only version `pulumi stack import` of today writes and reads. */
export const DEPLOYMENT_VERSION = 3;
/** A checkpoint marks secrets with the same signature as the wire format (`sig.Secret` in pulumi/pulumi). */
const SIGNATURE_KEY = WIRE_SIGNATURES.key;
const SECRET_SIGNATURE = WIRE_SIGNATURES.secret;

/** `apitype.ResourceV3`, the fields the plan reads or writes. */
export interface ResourceV3 {
    urn: string;
    custom: boolean;
    delete?: boolean;
    id?: string;
    type: string;
    inputs?: Record<string, unknown>;
    outputs?: Record<string, unknown>;
    parent?: string;
    protect?: boolean;
    external?: boolean;
    dependencies?: string[];
    provider?: string;
    propertyDependencies?: Record<string, string[]>;
    pendingReplacement?: boolean;
}

export interface StackExport {
    version: number;
    deployment: {
        manifest: { time: string; magic: string; version: string };
        /** The stack's secrets manager (`type` and `state`); the real CLI cannot import plaintext secrets without it. */
        secrets_providers?: { type: string; state?: unknown };
        resources?: ResourceV3[];
        pending_operations?: unknown[];
    };
}

/** Reads and validates a `pulumi stack export` file; every problem is a UserError naming the fix. */
export function readStackExport(file: string, expected: { project: string; stack: string }): DeployedState {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch {
        throw new UserError(`--state ${file}: cannot read the file. Fix: write it with \`pulumi stack export --stack ${expected.stack} --file <file>\`.`);
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (error) {
        throw new UserError(`--state ${file}: not JSON (${(error as Error).message}). Fix: pass the file \`pulumi stack export\` writes.`);
    }
    return parseStackExport(parsed, file, expected);
}

export function parseStackExport(parsed: unknown, file: string, expected: { project: string; stack: string }): DeployedState {
    const fail = (problem: string): never => {
        // "<problem>; <what to do>." reads as the problem and its fix; a problem alone gets the one fix there is.
        const withFix = /; ((?:run|export) .*)$/.test(problem)
            ? problem.replace(/; ((?:run|export) .*)$/, ". Fix: $1")
            : `${problem} Fix: pass the file \`pulumi stack export --stack ${expected.stack} --file <file>\` writes, unedited.`;
        throw new UserError(`--state ${file}: ${withFix}`);
    };
    if (!isRecord(parsed) || !isRecord(parsed["deployment"])) {
        return fail("no `deployment` object; this is not a `pulumi stack export` file.");
    }
    if (parsed["version"] !== DEPLOYMENT_VERSION) {
        fail(`deployment version ${JSON.stringify(parsed["version"])} is not ${DEPLOYMENT_VERSION}; export it again with a current Pulumi CLI.`);
    }
    const deployment = parsed["deployment"];
    const pending = deployment["pending_operations"];
    if (Array.isArray(pending) && pending.length > 0) {
        fail(`${pending.length} pending operation(s) from an interrupted update; run \`pulumi refresh\` (or \`pulumi cancel\`) and export again.`);
    }
    const rawResources = deployment["resources"] ?? [];
    if (!Array.isArray(rawResources)) {
        return fail("`deployment.resources` is not an array.");
    }
    const seen = new Map<string, DeployedResource>();
    const state: DeployedResource[] = [];
    rawResources.forEach((raw: unknown, index: number) => {
        const where = `deployment.resources[${index}]`;
        if (!isRecord(raw) || typeof raw["urn"] !== "string" || typeof raw["type"] !== "string" || typeof raw["custom"] !== "boolean") {
            return fail(`${where} lacks a string \`urn\`, a string \`type\` or a boolean \`custom\`.`);
        }
        const urn = raw["urn"];
        const parts = parseUrn(urn);
        if (!parts) {
            return fail(`${where}.urn ${JSON.stringify(urn)} is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>).`);
        }
        if (parts.project !== expected.project || parts.stack !== expected.stack) {
            fail(`${where} belongs to stack ${parts.stack} of project ${parts.project}, not ${expected.stack} of ${expected.project}; export the right stack.`);
        }
        if (parts.type !== raw["type"]) {
            fail(`${where}.type ${JSON.stringify(raw["type"])} does not match its URN's type ${parts.type}.`);
        }
        if (raw["delete"] === true || raw["pendingReplacement"] === true) {
            fail(`${where} (${urn}) is left over from an interrupted replacement; run \`pulumi up\` or \`pulumi refresh\` and export again.`);
        }
        if (seen.has(urn)) {
            fail(`${where}: ${urn} appears twice.`);
        }
        if (raw["custom"] && !(typeof raw["id"] === "string" && raw["id"] !== "")) {
            fail(`${where} (${urn}) is a custom resource without an \`id\`.`);
        }
        const parent = optionalString(raw["parent"], `${where}.parent`, fail);
        if (parent !== undefined && !seen.has(parent)) {
            fail(`${where}.parent ${parent} is not a resource listed before it.`);
        }
        const provider = optionalString(raw["provider"], `${where}.provider`, fail);
        if (provider !== undefined) {
            const providerResource = seen.get(providerReferenceUrn(provider));
            if (!providerResource || providerResource.id !== provider.slice(providerReferenceUrn(provider).length + 2)) {
                fail(`${where}.provider ${provider} does not name a provider (urn::id) listed before it.`);
            }
        }
        const dependencies = urnList(raw["dependencies"], `${where}.dependencies`, fail);
        const propertyDependencies: Record<string, string[]> = {};
        const rawPropertyDependencies = raw["propertyDependencies"] ?? {};
        if (!isRecord(rawPropertyDependencies)) {
            fail(`${where}.propertyDependencies is not an object.`);
        } else {
            for (const [key, urns] of Object.entries(rawPropertyDependencies)) {
                propertyDependencies[key] = urnList(urns, `${where}.propertyDependencies.${key}`, fail);
            }
        }
        const inputs = decodeCheckpointValues(raw["inputs"], `${where}.inputs`, fail);
        const outputs = decodeCheckpointValues(raw["outputs"], `${where}.outputs`, fail);
        const resource: DeployedResource = {
            urn,
            type: raw["type"],
            custom: raw["custom"],
            id: typeof raw["id"] === "string" && raw["id"] !== "" ? raw["id"] : undefined,
            inputs: inputs.values,
            outputs: outputs.values,
            secretPaths: inputs.secretPaths,
            outputSecretPaths: outputs.secretPaths,
            parent,
            dependencies,
            propertyDependencies,
            protect: raw["protect"] === true,
            provider,
        };
        seen.set(urn, resource);
        state.push(resource);
    });
    return state;
}

/**
 * Writes `state` in the export format; secrets as `pulumi stack export --show-secrets` writes them (`plaintext`).
 * Such an export also names the stack's secrets manager (`secrets_providers`): `pulumi stack import` of plaintext
 * secrets without one stops with a panic ("attempt to encrypt value", CLI v3.276.0, seen in tests/engine), so pass
 * the target stack's when the file is meant for the real CLI.
 */
export function toStackExport(
    state: DeployedState,
    options: { secretsProviders?: { type: string; state?: unknown }; engineVersion?: string } = {},
): StackExport {
    const engineVersion = options.engineVersion ?? "offline-plan";
    return {
        version: DEPLOYMENT_VERSION,
        deployment: {
            manifest: {
                time: new Date(0).toISOString(),
                // The engine's magic is the SHA-256 of its version (`ManifestV1.NewMagic`).
                magic: createHash("sha256").update(engineVersion).digest("hex"),
                version: engineVersion,
            },
            ...(options.secretsProviders ? { secrets_providers: options.secretsProviders } : {}),
            resources: state.map((resource) => {
                const written: ResourceV3 = {
                    urn: resource.urn,
                    custom: resource.custom,
                    type: resource.type,
                    inputs: encodeCheckpointValues(resource.inputs, resource.secretPaths),
                    outputs: encodeCheckpointValues(resource.outputs, resource.outputSecretPaths),
                    dependencies: [...resource.dependencies],
                    propertyDependencies: Object.fromEntries(Object.entries(resource.propertyDependencies).map(([k, v]) => [k, [...v]])),
                };
                if (resource.id !== undefined) written.id = resource.id;
                if (resource.parent !== undefined) written.parent = resource.parent;
                if (resource.protect) written.protect = true;
                if (resource.provider !== undefined) written.provider = resource.provider;
                return written;
            }),
        },
    };
}

function decodeCheckpointValues(
    raw: unknown,
    where: string,
    fail: (problem: string) => never,
): { values: Record<string, unknown>; secretPaths: string[] } {
    if (raw === undefined) {
        return { values: {}, secretPaths: [] };
    }
    if (!isRecord(raw)) {
        return fail(`${where} is not an object.`);
    }
    const secretPaths: string[] = [];
    const decode = (value: unknown, path: string): unknown => {
        if (Array.isArray(value)) {
            return value.map((item, index) => decode(item, propertyPath(path, index)));
        }
        if (!isRecord(value)) {
            return value;
        }
        if (value[SIGNATURE_KEY] === SECRET_SIGNATURE) {
            secretPaths.push(path);
            if (typeof value["plaintext"] === "string") {
                try {
                    return JSON.parse(value["plaintext"]);
                } catch {
                    return fail(`${where}: the secret at ${path} has a plaintext that is not JSON.`);
                }
            }
            if (typeof value["ciphertext"] === "string") {
                return new EncryptedSecret(value["ciphertext"]);
            }
            return fail(`${where}: the secret at ${path} has neither ciphertext nor plaintext.`);
        }
        if (SIGNATURE_KEY in value) {
            // Assets, archives and resource references keep their wire form: the plan compares them as they are.
            return value;
        }
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, decode(inner, propertyPath(path, key))]));
    };
    const values = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, decode(value, key)]));
    return { values, secretPaths };
}

function encodeCheckpointValues(values: Readonly<Record<string, unknown>>, secretPaths: readonly string[]): Record<string, unknown> {
    return wrapSecrets(values, secretPaths, (value) => (isEncryptedSecret(value) ? { ciphertext: value.ciphertext } : { plaintext: JSON.stringify(value) }));
}

/**
 * `values` with the value at each of `secretPaths` (and any other `alsoSecret` picks) replaced by a secret envelope:
 * the secret signature plus what `envelope` makes of the value. A checkpoint and the engine's wire format mark
 * secrets alike and differ only in the envelope (ciphertext or plaintext here, the value itself on the wire).
 */
export function wrapSecrets(
    values: Readonly<Record<string, unknown>>,
    secretPaths: readonly string[],
    envelope: (value: unknown) => Record<string, unknown>,
    alsoSecret: (value: unknown) => boolean = () => false,
): Record<string, unknown> {
    const secrets = new Set(secretPaths);
    const encode = (value: unknown, path: string): unknown => {
        if (secrets.has(path) || alsoSecret(value)) {
            return { [SIGNATURE_KEY]: SECRET_SIGNATURE, ...envelope(value) };
        }
        if (Array.isArray(value)) {
            return value.map((item, index) => encode(item, propertyPath(path, index)));
        }
        if (isRecord(value)) {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, encode(inner, propertyPath(path, key))]));
        }
        return value;
    };
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, encode(value, key)]));
}

function optionalString(value: unknown, where: string, fail: (problem: string) => never): string | undefined {
    if (value === undefined || value === "") {
        return undefined;
    }
    return typeof value === "string" ? value : fail(`${where} is not a string.`);
}

function urnList(value: unknown, where: string, fail: (problem: string) => never): string[] {
    if (value === undefined || value === null) {
        return [];
    }
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string" || parseUrn(item) === undefined)) {
        return fail(`${where} is not a list of URNs.`);
    }
    return value as string[];
}
