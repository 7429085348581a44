/**
 * What the engine-less evaluator records for every resource a Pulumi program registers. The offline plan
 * prints these and runs the policy pack on them; the simulation executes them. Nothing else re-evaluates
 * the program.
 */
export interface PlannedResource {
    readonly urn: string;
    /** Type token, e.g. `genesyscloud:index/flow:Flow` or `cognigy:handover:HandoverEndDetection`. */
    readonly type: string;
    /** Logical name. */
    readonly name: string;
    /** false for ComponentResources and the stack itself. */
    readonly custom: boolean;
    /** Inputs as the program registered them, secrets unwrapped (use `secretPaths` before printing). */
    readonly inputs: Record<string, unknown>;
    /** Outputs as the (mock) engine returned them: the inputs plus `id` and any computed fields. */
    readonly outputs: Record<string, unknown>;
    /** Dotted paths into `inputs` whose values were registered as Pulumi secrets, e.g. `fields` or `config.credentials`. */
    readonly secretPaths: readonly string[];
    /** Paths into `outputs` that are secrets (for the stack: its secret stack outputs). */
    readonly outputSecretPaths?: readonly string[];
    readonly id?: string;
    readonly parent?: string;
    /** URNs this resource depends on (explicit `dependsOn` plus those implied by inputs). */
    readonly dependencies: readonly string[];
    /** Per input property, the URNs its value came from. */
    readonly propertyDependencies: Readonly<Record<string, readonly string[]>>;
    readonly protect: boolean;
    /** URN of the explicit provider, when one was passed. */
    readonly provider?: string;
    /** The `deleteBeforeReplace` option, when the program set it (the engine's replacement order). */
    readonly deleteBeforeReplace?: boolean;
    /** The `replaceOnChanges` option: property paths whose change forces a replacement. */
    readonly replaceOnChanges?: readonly string[];
    /** The `ignoreChanges` option. */
    readonly ignoreChanges?: readonly string[];
}

/**
 * A value the engine does not know yet (a first preview's ids and provider-computed outputs): the engine's own wire
 * sentinel, so planned resources can be handed to the policy analyzer exactly as the CLI sends them.
 */
export { UNKNOWN_VALUE } from "./pulumiInternals";
