/**
 * Runs the handover component tree under Pulumi mocks for one stack configuration and returns every
 * registration as the gRPC request carried it (type, name, parent, dependencies, provider, secret markers),
 * via the offline evaluator's RegistrationRecorder.
 */
import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import * as pulumi from "@pulumi/pulumi";
import { declareHandoverStack } from "../../components/handoverStack";
import { loadSettingsFrom } from "../../components/settings";
import { offlineMocks } from "../../tools/evaluate/offlineMocks";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { RecordableMonitor, RegistrationRecorder } from "../../tools/evaluate/registrationRecorder";
import { UrnTranslator } from "../../tools/evaluate/engineUrns";
import { runtimeInternals } from "../../tools/evaluate/pulumiInternals";
import { memoryConfigSource } from "../helpers/memoryConfigSource";

export { BASE_CONFIG, ONPREM_CONFIG, SAAS_CONFIG, TEST_API_KEY, WEBHOOK_CONFIG } from "../helpers/stackConfigs";

/** Internal runtime functions (present in @pulumi/pulumi 3.x JS, stripped from its typings). */
const runtime = runtimeInternals(pulumi);

export const PROJECT = "cognigy-genesys-handover";
export const GENESYS_ORG_ID = "0f5c1a9e-3c1d-4d59-9a55-8b1f6e2a7c40";

/** The organisation the genesyscloud provider's credentials belong to, as the mock answers it. */
const mocks: pulumi.runtime.Mocks = {
    newResource: (args) => offlineMocks.newResource(args),
    call: (args) =>
        args.token === "genesyscloud:index/getOrganizationsMe:getOrganizationsMe"
            ? { id: GENESYS_ORG_ID, name: "Example Org", domain: "example" }
            : offlineMocks.call(args),
};

export async function registerStack(
    config: Readonly<Record<string, string>>,
    secretKeys: readonly string[] = ["eventbridgeApiKey"],
    stack = "test",
): Promise<PlannedResource[]> {
    return (await registerStackWithReplaceOptions(config, secretKeys, stack)).resources;
}

/** How the engine replaces a resource, as its registration asked for it. */
export interface ReplaceOptions {
    readonly deleteBeforeReplace: boolean;
    readonly replaceOnChanges: readonly string[];
}

/** The parts of `pulumirpc.RegisterResourceRequest` that carry the replacement options. */
interface ReplaceOptionsRequestLike {
    getType(): string;
    getName(): string;
    getDeletebeforereplace(): boolean;
    getReplaceonchangesList(): string[];
}
interface ReplaceOptionsMonitor {
    registerResource(request: ReplaceOptionsRequestLike, callback: (error: unknown, response: unknown) => void): unknown;
}

/** `registerStack`, plus each resource's replacement options keyed by `<type> <name>`. */
export async function registerStackWithReplaceOptions(
    config: Readonly<Record<string, string>>,
    secretKeys: readonly string[] = ["eventbridgeApiKey"],
    stack = "test",
): Promise<{ resources: PlannedResource[]; replaceOptions: ReadonlyMap<string, ReplaceOptions> }> {
    await pulumi.runtime.setMocks(mocks, PROJECT, stack, false);
    const monitor = runtime.getMonitor();
    const recorder = new RegistrationRecorder(new UrnTranslator(stack, PROJECT));
    recorder.attach(monitor as RecordableMonitor);
    const replaceOptions = new Map<string, ReplaceOptions>();
    const optionsMonitor = monitor as ReplaceOptionsMonitor;
    const registerResource = optionsMonitor.registerResource.bind(optionsMonitor);
    optionsMonitor.registerResource = (request, callback) => {
        replaceOptions.set(`${request.getType()} ${request.getName()}`, {
            deleteBeforeReplace: request.getDeletebeforereplace(),
            replaceOnChanges: request.getReplaceonchangesList(),
        });
        return registerResource(request, callback);
    };
    declareHandoverStack(loadSettingsFrom(memoryConfigSource(stack, config, secretKeys)));
    await runtime.waitForRPCs();
    if (recorder.failures.length > 0) {
        throw recorder.failures[0];
    }
    return { resources: recorder.resources(), replaceOptions };
}

export function ofType(resources: readonly PlannedResource[], type: string): PlannedResource[] {
    return resources.filter((resource) => resource.type === type);
}

export function single(resources: readonly PlannedResource[], type: string): PlannedResource {
    const found = ofType(resources, type);
    if (found.length !== 1) {
        throw new Error(`Expected exactly one ${type}, found ${found.length}: ${found.map((r) => r.name).join(", ")}`);
    }
    return found[0];
}

export function byUrn(resources: readonly PlannedResource[], urn: string | undefined): PlannedResource | undefined {
    return resources.find((resource) => resource.urn === urn);
}

/** Custom resources only, as `type name` lines: what `pulumi up` would create. */
export function customResourceSet(resources: readonly PlannedResource[]): string[] {
    return resources
        .filter((resource) => resource.custom && !resource.type.startsWith("pulumi:providers:"))
        .map((resource) => `${resource.type} ${resource.name}`)
        .sort();
}

/** Every AWS type in the resource table: the on-prem EventBridge delivery creates one of each. */
export const AWS_RESOURCE_TYPES: readonly string[] = Object.values(RESOURCE_TYPES).filter((type) => type.startsWith("aws:"));
