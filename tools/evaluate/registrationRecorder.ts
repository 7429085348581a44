import { UrnTranslator } from "./engineUrns";
import { PlannedResource } from "./plannedResource";
import { decodeProperties } from "./wireValues";

/** The parts of a google-protobuf Struct we read. */
interface StructLike {
    toJavaScript(): Record<string, unknown>;
}

/** The parts of `pulumirpc.RegisterResourceRequest` (proto/resource_pb) the recorder reads. */
interface RegisterResourceRequestLike {
    getType(): string;
    getName(): string;
    getParent(): string;
    getCustom(): boolean;
    getObject(): StructLike | undefined;
    getDependenciesList(): string[];
    getPropertydependenciesMap(): { forEach(callback: (value: { getUrnsList(): string[] }, key: string) => void): void };
    getProtect(): boolean | undefined;
    getProvider(): string;
    getDeletebeforereplace(): boolean;
    getDeletebeforereplacedefined(): boolean;
    getReplaceonchangesList(): string[];
    getIgnorechangesList(): string[];
}

interface RegisterResourceResponseLike {
    getUrn(): string;
    getId(): string;
    getObject(): StructLike | undefined;
}

interface RegisterResourceOutputsRequestLike {
    getUrn(): string;
    getOutputs(): StructLike | undefined;
}

type Callback<T> = (error: Error | null, response: T | undefined) => void;

/** The two resource-monitor methods the recorder wraps (MockMonitor implements both). */
export interface RecordableMonitor {
    registerResource(request: RegisterResourceRequestLike, callback: Callback<RegisterResourceResponseLike>): unknown;
    registerResourceOutputs(request: RegisterResourceOutputsRequestLike, callback: Callback<unknown>): unknown;
}

type MutableRecord = { -readonly [K in keyof PlannedResource]: PlannedResource[K] };

/**
 * Records every registration the program makes, in order, by reading the gRPC requests the SDK sends to the
 * (mock) resource monitor: that is where parents, dependencies, options and secret markers are still visible.
 */
export class RegistrationRecorder {
    private readonly records = new Map<string, MutableRecord>();
    /** Registrations the monitor rejected, e.g. a mock that threw. */
    readonly failures: Error[] = [];

    /** Records the engine's URNs, not the mock monitor's (see engineUrns.ts). */
    constructor(private readonly urns: UrnTranslator) {}

    attach(monitor: RecordableMonitor): void {
        const registerResource = monitor.registerResource.bind(monitor);
        const registerResourceOutputs = monitor.registerResourceOutputs.bind(monitor);
        monitor.registerResource = (request, callback) => {
            this.urns.register(request.getParent(), request.getType(), request.getName());
            return registerResource(request, (error, response) => {
                if (error) {
                    this.failures.push(error);
                } else if (response) {
                    this.recordRegistration(request, response);
                }
                callback(error, response);
            });
        };
        monitor.registerResourceOutputs = (request, callback) => {
            this.recordOutputs(request);
            return registerResourceOutputs(request, callback);
        };
    }

    resources(): PlannedResource[] {
        return [...this.records.values()];
    }

    private recordRegistration(request: RegisterResourceRequestLike, response: RegisterResourceResponseLike): void {
        const urn = (mock: string): string => this.urns.engineUrnOf(mock);
        const inputs = decodeProperties(request.getObject()?.toJavaScript());
        const outputs = decodeProperties(response.getObject()?.toJavaScript());
        const propertyDependencies: Record<string, string[]> = {};
        request.getPropertydependenciesMap().forEach((value, key) => {
            propertyDependencies[key] = value.getUrnsList().map(urn);
        });
        const provider = request.getProvider();
        const parent = request.getParent();
        const id = response.getId();
        const record: MutableRecord = {
            urn: urn(response.getUrn()),
            type: request.getType(),
            name: request.getName(),
            custom: request.getCustom(),
            inputs: inputs.values,
            outputs: outputs.values,
            secretPaths: inputs.secretPaths,
            // The mocks echo inputs as state, and the SDK keeps secret inputs secret in the outputs.
            outputSecretPaths: [...new Set([...outputs.secretPaths, ...inputs.secretPaths])],
            dependencies: request.getDependenciesList().map(urn),
            propertyDependencies,
            protect: request.getProtect() === true,
        };
        if (id !== "") {
            record.id = id;
        }
        if (request.getDeletebeforereplacedefined()) {
            record.deleteBeforeReplace = request.getDeletebeforereplace();
        }
        if (request.getReplaceonchangesList().length > 0) {
            record.replaceOnChanges = request.getReplaceonchangesList();
        }
        if (request.getIgnorechangesList().length > 0) {
            record.ignoreChanges = request.getIgnorechangesList();
        }
        if (parent !== "") {
            record.parent = urn(parent);
        }
        if (provider !== "") {
            record.provider = this.urns.providerReferenceUrn(provider);
        }
        this.records.set(record.urn, record);
    }

    /** Components and the stack report their outputs separately, after construction. */
    private recordOutputs(request: RegisterResourceOutputsRequestLike): void {
        const record = this.records.get(this.urns.engineUrnOf(request.getUrn()));
        if (!record) {
            return;
        }
        const outputs = decodeProperties(request.getOutputs()?.toJavaScript());
        record.outputs = outputs.values;
        record.outputSecretPaths = outputs.secretPaths;
    }
}
