/**
 * A policy pack run the way `pulumi preview --policy-pack <dir>` runs it: a child process started with the script
 * the CLI uses (`@pulumi/pulumi/cmd/run-policy-pack`), whose `new PolicyPack(...)` serves @pulumi/policy's analyzer
 * over gRPC and prints its port; then the CLI's calls, `GetAnalyzerInfo`, `Configure`, `Remediate` and `Analyze` per
 * resource, `AnalyzeStack` once, through the proto stubs shipped with @pulumi/pulumi. Nothing of the pack is loaded
 * into this process, and nothing the analyzer does is reimplemented here. The offline plan and the pack's own tests
 * both drive packs through it.
 */
import { ChildProcess, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type * as grpcTypes from "@grpc/grpc-js";
import { AnalyzedResource } from "./analyzedResource";
import { analyzerProtos, runPolicyPackScript } from "./analyzerStubs";
import { AnalyzerPolicyConfig, AnalyzerPolicyInfo, EnforcementLevel } from "./policyConfig";
import { PolicyPackError } from "./policyPackError";

type Protos = ReturnType<typeof analyzerProtos>;
type AnalyzerMessages = Protos["analyzer"];
type AnalyzerClient = InstanceType<Protos["grpc"]["AnalyzerClient"]>;


export interface AnalyzerInfo {
    readonly name: string;
    readonly version: string;
    readonly supportsConfig: boolean;
    readonly policies: readonly (AnalyzerPolicyInfo & { readonly severity?: string })[];
    readonly initialConfig: ReadonlyMap<string, AnalyzerPolicyConfig>;
}

export interface AnalyzerDiagnostic {
    readonly policyName: string;
    readonly policyPackName: string;
    readonly policyPackVersion: string;
    readonly description: string;
    /** As the analyzer sends it: for a plain `reportViolation(message)` that is `<description>\n<message>`. */
    readonly message: string;
    readonly enforcementLevel: EnforcementLevel;
    readonly urn?: string;
    readonly severity?: string;
}

/** `reportViolation("fix")` arrives as `<description>\n<fix>`; keep the fix. */
export function reportedMessage(diagnostic: Pick<AnalyzerDiagnostic, "message" | "description">): string {
    if (diagnostic.message === diagnostic.description) {
        return "";
    }
    const prefix = `${diagnostic.description}\n`;
    return diagnostic.message.startsWith(prefix) ? diagnostic.message.slice(prefix.length) : diagnostic.message;
}

export interface AnalyzerResponse {
    readonly diagnostics: readonly AnalyzerDiagnostic[];
    readonly notApplicable: readonly { readonly policyName: string; readonly reason: string }[];
}

export interface RemediateResponse {
    readonly remediations: readonly { readonly policyName: string; readonly properties?: Record<string, unknown>; readonly diagnostic: string }[];
}

/** The engine address the CLI passes first; run-policy-pack drops it (`cmd/run-policy-pack/index.js`), the pack never dials it. */
const UNUSED_ENGINE_ADDRESS = "127.0.0.1:0";
const START_TIMEOUT_MS = 60_000;

const LEVEL_NAMES: Record<number, EnforcementLevel> = { 0: "advisory", 1: "mandatory", 2: "disabled", 3: "remediate" };
const SEVERITY_NAMES: Record<number, string | undefined> = { 0: undefined, 1: "low", 2: "medium", 3: "high", 4: "critical" };

export class PolicyAnalyzer {
    private constructor(
        readonly directory: string,
        private readonly child: ChildProcess,
        private readonly client: AnalyzerClient,
        private readonly protos: Protos,
    ) {}

    /**
     * Starts the pack. Returns at once with a promise, so callers can evaluate the program meanwhile: starting the
     * pack costs about as much as loading @pulumi/pulumi. `program` is what run-policy-pack runs: `.` is the pack's
     * TypeScript exactly as the CLI starts it (type-checked by ts-node, seconds), or a compiled entry of the same
     * sources (no per-start type check).
     */
    static start(packDirectory: string, program = "."): Promise<PolicyAnalyzer> {
        const directory = path.resolve(packDirectory);
        if (!fs.existsSync(path.join(directory, "PulumiPolicy.yaml"))) {
            return Promise.reject(new PolicyPackError(`No PulumiPolicy.yaml in ${directory}. Pass --policy-pack <dir of a Pulumi policy pack>.`));
        }
        let script: string;
        try {
            script = runPolicyPackScript(directory);
        } catch {
            // The CLI's own advice in this case (analyzer_plugin.go, errRunPolicyModuleNotFound).
            return Promise.reject(
                new PolicyPackError(`It looks like the policy pack's dependencies are not installed; try running npm install or yarn install in "${directory}".`),
            );
        }
        const child = spawn(process.execPath, [script, UNUSED_ENGINE_ADDRESS, program], { cwd: directory, stdio: ["ignore", "pipe", "pipe"] });
        const killChild = (): void => {
            child.kill();
        };
        process.once("exit", killChild);
        child.once("exit", () => process.off("exit", killChild));
        return new Promise<PolicyAnalyzer>((resolve, reject) => {
            let stdout = "";
            let stderr = "";
            const fail = (why: string): void => {
                clearTimeout(timer);
                child.kill();
                reject(new PolicyPackError(`Policy pack ${directory} failed to start: ${why}${stderr.trim() !== "" ? `\n${stderr.trim()}` : ""}`));
            };
            const timer = setTimeout(() => fail(`no analyzer port after ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
            child.stderr?.on("data", (chunk: Buffer) => {
                stderr += chunk.toString();
            });
            const onStdout = (chunk: Buffer): void => {
                stdout += chunk.toString();
                const newline = stdout.indexOf("\n");
                if (newline < 0) {
                    return;
                }
                child.stdout?.off("data", onStdout);
                // Later output (policies' console.log) must not block the child on a full pipe.
                child.stdout?.resume();
                clearTimeout(timer);
                const port = Number(stdout.slice(0, newline).trim());
                if (!Number.isInteger(port) || port <= 0) {
                    fail(`it printed ${JSON.stringify(stdout.slice(0, newline))} instead of its port`);
                    return;
                }
                // Loaded once the child runs: the stubs cost about as much as the child's own start.
                const protos = analyzerProtos();
                const client = new protos.grpc.AnalyzerClient(`127.0.0.1:${port}`, protos.grpcJs.credentials.createInsecure());
                resolve(new PolicyAnalyzer(directory, child, client, protos));
            };
            child.stdout?.on("data", onStdout);
            child.once("exit", (code, signal) => fail(`it exited (${signal ?? `code ${code}`}) before serving`));
            child.once("error", (error) => fail(error.message));
        });
    }

    close(): void {
        this.client.close();
        this.child.kill();
    }

    async getAnalyzerInfo(): Promise<AnalyzerInfo> {
        const { Empty } = this.protos.empty;
        const info = await this.call<grpcTypes.Metadata | object, InstanceType<AnalyzerMessages["AnalyzerInfo"]>>("getAnalyzerInfo", new Empty());
        const initialConfig = new Map<string, AnalyzerPolicyConfig>();
        info.getInitialconfigMap().forEach((config, name) => {
            initialConfig.set(name, {
                enforcementLevel: LEVEL_NAMES[config.getEnforcementlevel()] ?? "",
                ...(config.getProperties() !== undefined ? { properties: config.getProperties()?.toJavaScript() } : {}),
            });
        });
        return {
            name: info.getName(),
            version: info.getVersion(),
            supportsConfig: info.getSupportsconfig(),
            policies: info.getPoliciesList().map((policy) => {
                const schema = policy.getConfigschema();
                const severity = SEVERITY_NAMES[policy.getSeverity()];
                return {
                    name: policy.getName(),
                    description: policy.getDescription(),
                    enforcementLevel: LEVEL_NAMES[policy.getEnforcementlevel()] ?? "advisory",
                    ...(schema !== undefined
                        ? { configSchema: { properties: schema.getProperties()?.toJavaScript() ?? {}, required: schema.getRequiredList() } }
                        : {}),
                    ...(severity !== undefined ? { severity } : {}),
                };
            }),
            initialConfig,
        };
    }

    /** `Configure` with the reconciled config; like the CLI, nothing is sent when there is none. */
    async configure(config: ReadonlyMap<string, AnalyzerPolicyConfig>): Promise<void> {
        if (config.size === 0) {
            return;
        }
        const { analyzer, struct } = this.protos;
        const request = new analyzer.ConfigureAnalyzerRequest();
        const map = request.getPolicyconfigMap();
        for (const [name, entry] of config) {
            const policyConfig = new analyzer.PolicyConfig();
            policyConfig.setEnforcementlevel(levelNumber(entry.enforcementLevel));
            policyConfig.setProperties(struct.Struct.fromJavaScript(toStructValue(entry.properties ?? {})));
            map.set(name, policyConfig);
        }
        await this.call("configure", request);
    }

    async remediate(resource: AnalyzedResource): Promise<RemediateResponse> {
        const response = await this.call<object, InstanceType<AnalyzerMessages["RemediateResponse"]>>("remediate", this.analyzeRequest(resource));
        return {
            remediations: response.getRemediationsList().map((remediation) => ({
                policyName: remediation.getPolicyname(),
                ...(remediation.getProperties() !== undefined ? { properties: remediation.getProperties()?.toJavaScript() } : {}),
                diagnostic: remediation.getDiagnostic(),
            })),
        };
    }

    async analyze(resource: AnalyzedResource): Promise<AnalyzerResponse> {
        return this.responseOf(await this.call("analyze", this.analyzeRequest(resource)));
    }

    async analyzeStack(resources: readonly AnalyzedResource[]): Promise<AnalyzerResponse> {
        const { analyzer } = this.protos;
        const request = new analyzer.AnalyzeStackRequest();
        request.setResourcesList(
            resources.map((resource) => {
                const message = new analyzer.AnalyzerResource();
                message.setUrn(resource.urn);
                message.setType(resource.type);
                message.setName(resource.name);
                message.setProperties(this.struct(resource.properties));
                message.setOptions(this.options(resource));
                const provider = this.provider(resource);
                if (provider !== undefined) {
                    message.setProvider(provider);
                }
                message.setParent(resource.parent ?? "");
                message.setDependenciesList([...resource.dependencies]);
                const dependencies = message.getPropertydependenciesMap();
                for (const [property, urns] of Object.entries(resource.propertyDependencies)) {
                    const entry = new analyzer.AnalyzerPropertyDependencies();
                    entry.setUrnsList([...urns]);
                    dependencies.set(property, entry);
                }
                return message;
            }),
        );
        return this.responseOf(await this.call("analyzeStack", request));
    }

    private analyzeRequest(resource: AnalyzedResource): InstanceType<AnalyzerMessages["AnalyzeRequest"]> {
        const request = new this.protos.analyzer.AnalyzeRequest();
        request.setUrn(resource.urn);
        request.setType(resource.type);
        request.setName(resource.name);
        request.setProperties(this.struct(resource.properties));
        request.setOptions(this.options(resource));
        const provider = this.provider(resource);
        if (provider !== undefined) {
            request.setProvider(provider);
        }
        return request;
    }

    private options(resource: AnalyzedResource): InstanceType<AnalyzerMessages["AnalyzerResourceOptions"]> {
        const options = new this.protos.analyzer.AnalyzerResourceOptions();
        options.setProtect(resource.options.protect);
        if (resource.options.deleteBeforeReplace !== undefined) {
            options.setDeletebeforereplace(resource.options.deleteBeforeReplace);
            options.setDeletebeforereplacedefined(true);
        }
        options.setParent(resource.options.parent ?? "");
        options.setIgnorechangesList([...(resource.options.ignoreChanges ?? [])]);
        options.setCustomtimeouts(new this.protos.analyzer.AnalyzerResourceOptions.CustomTimeouts());
        return options;
    }

    private provider(resource: AnalyzedResource): InstanceType<AnalyzerMessages["AnalyzerProviderResource"]> | undefined {
        if (resource.provider === undefined) {
            return undefined;
        }
        const provider = new this.protos.analyzer.AnalyzerProviderResource();
        provider.setUrn(resource.provider.urn);
        provider.setType(resource.provider.type);
        provider.setName(resource.provider.name);
        provider.setProperties(this.struct(resource.provider.properties));
        return provider;
    }

    private struct(values: Readonly<Record<string, unknown>>): ReturnType<Protos["struct"]["Struct"]["fromJavaScript"]> {
        return this.protos.struct.Struct.fromJavaScript(toStructValue(values));
    }

    private responseOf(response: InstanceType<AnalyzerMessages["AnalyzeResponse"]>): AnalyzerResponse {
        return {
            diagnostics: response.getDiagnosticsList().map((diagnostic) => {
                const severity = SEVERITY_NAMES[diagnostic.getSeverity()];
                return {
                    policyName: diagnostic.getPolicyname(),
                    policyPackName: diagnostic.getPolicypackname(),
                    policyPackVersion: diagnostic.getPolicypackversion(),
                    description: diagnostic.getDescription(),
                    message: diagnostic.getMessage(),
                    enforcementLevel: LEVEL_NAMES[diagnostic.getEnforcementlevel()] ?? "advisory",
                    ...(diagnostic.getUrn() !== "" ? { urn: diagnostic.getUrn() } : {}),
                    ...(severity !== undefined ? { severity } : {}),
                };
            }),
            notApplicable: response.getNotApplicableList().map((entry) => ({ policyName: entry.getPolicyName(), reason: entry.getReason() })),
        };
    }

    /** One unary call; a failed call (a policy that threw) rejects with the analyzer's own message. */
    private call<Request, Response = InstanceType<AnalyzerMessages["AnalyzeResponse"]>>(method: string, request: Request): Promise<Response> {
        // The generated client's methods are typed per call; this one dispatches by name.
        const unary = (this.client as unknown as Record<string, (r: Request, cb: (e: grpcTypes.ServiceError | null, res: Response) => void) => void>)[method];
        return new Promise<Response>((resolve, reject) => {
            unary.call(this.client, request, (error, response) => {
                if (error) {
                    reject(new PolicyPackError(`Policy pack ${this.directory}: ${method} failed: ${error.details || error.message}`));
                } else {
                    resolve(response);
                }
            });
        });
    }
}

function levelNumber(level: EnforcementLevel | ""): number {
    const entry = Object.entries(LEVEL_NAMES).find(([, name]) => name === level);
    if (entry === undefined) {
        throw new PolicyPackError(`invalid enforcement level "${level}"`);
    }
    return Number(entry[0]);
}

/** `Struct.fromJavaScript` takes JSON values only; properties are JSON already, this states it for the compiler. */
function toStructValue(values: Readonly<Record<string, unknown>>): { [key: string]: import("google-protobuf/google/protobuf/struct_pb").JavaScriptValue } {
    return values as { [key: string]: import("google-protobuf/google/protobuf/struct_pb").JavaScriptValue };
}
