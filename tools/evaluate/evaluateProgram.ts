import * as path from "node:path";
import { autonamingModeFor, PriorState } from "./bridgeCheck";
import { attachEngineStandIn, EvaluationMode } from "./engineStandIn";
import { UrnTranslator } from "./engineUrns";
import { offlineMocks } from "./offlineMocks";
import { PlannedResource } from "./plannedResource";
import { readPulumiProject, readStackFile } from "./pulumiProjectFiles";
import { RecordableMonitor, RegistrationRecorder } from "./registrationRecorder";
import { checkStackConfig } from "./stackConfig";
import { enableTypeScript, resolveEntryPoint } from "./typescriptLoader";
import { captureProgramConsole } from "./programConsole";
import { runtimeInternals } from "./pulumiInternals";
import { UserError, messageOf } from "../userError";

export type { EvaluationMode } from "./engineStandIn";
export type { PriorResourceState, PriorState } from "./bridgeCheck";

export interface EvaluateOptions {
    readonly projectDir: string;
    readonly stack: string;
    /**
     * `preview`: as `pulumi preview` runs it: ids and provider-computed outputs unknown (or the prior state's), applies
     * on them skipped. `update`: as an update with known fake ids and inputs echoed as outputs (the simulation's view).
     */
    readonly mode: EvaluationMode;
    /** The deployed state to preview against, by URN; empty or absent for a first preview. */
    readonly priorState?: PriorState;
}

export interface ProgramEvaluation {
    readonly project: string;
    readonly stack: string;
    readonly mode: EvaluationMode;
    /** Every registration in order: the stack, components, providers and custom resources. */
    readonly resources: PlannedResource[];
    /** The program's exports as the stack outputs, secrets unwrapped (the stack's `outputSecretPaths` says which). */
    readonly stackOutputs: Record<string, unknown>;
}

type PulumiModule = typeof import("@pulumi/pulumi");

/**
 * Runs the Pulumi TypeScript program in `projectDir` for `stack` on the Pulumi Node SDK with mocks instead of an
 * engine and providers, and returns everything it registered. This is the only place that runs a program: the
 * offline plan and the simulation both consume its result.
 *
 * One program per process: the Pulumi runtime keeps global state, so a second call re-runs the program with fresh
 * mocks and a cleared module cache, which works for projects whose modules have no side effects beyond Pulumi.
 */
export async function evaluateProgram(options: EvaluateOptions): Promise<ProgramEvaluation> {
    const projectDir = path.resolve(options.projectDir);
    const project = readPulumiProject(projectDir);
    if (project.runtime !== "nodejs") {
        throw new UserError(
            `Project ${project.name} uses runtime '${project.runtime}'; the offline evaluator runs nodejs (TypeScript) programs only. Fix: pass --dir <a nodejs Pulumi project>.`,
        );
    }
    // What the CLI would refuse does not stop the evaluation yet: the program's own checks run on the values there
    // are, so one run reports every problem (the CLI's first, in its words), each with its fix.
    const { resolved: stackConfig, problems: cliConfigProblems } = checkStackConfig(project, readStackFile(projectDir, project, options.stack), options.stack);
    const entryPoint = resolveEntryPoint(projectDir, project.main);
    if (!entryPoint) {
        throw new UserError(`No program entry point in ${projectDir}. Fix: set 'main' in Pulumi.yaml or add index.ts.`);
    }

    try {
        // Checked once up front, so a bad setting is a configuration error rather than a failed registration.
        autonamingModeFor(stackConfig.config, "");
    } catch (thrown) {
        throw new UserError(`Stack '${options.stack}': ${messageOf(thrown)}`);
    }
    const pulumi = loadProjectPulumi(projectDir);
    const internals = runtimeInternals(pulumi);
    // Order matters: config before the program reads it, mocks before the program's SDKs register their packages.
    pulumi.runtime.setAllConfig(stackConfig.config, stackConfig.secretKeys);
    await pulumi.runtime.setMocks(offlineMocks, project.name, options.stack, options.mode === "preview");
    const monitor = internals.getMonitor() as RecordableMonitor;
    const urns = new UrnTranslator(options.stack, project.name);
    attachEngineStandIn(monitor, {
        mode: options.mode,
        urns,
        priorState: options.priorState ?? new Map(),
        autonaming: (providerPackage) => autonamingModeFor(stackConfig.config, providerPackage),
    });
    // Attached last so it sees what the stand-in made of each registration (checked inputs, planned state).
    const recorder = new RegistrationRecorder(urns);
    recorder.attach(monitor);

    enableTypeScript();
    forgetProgramModules(projectDir);
    const programConsole = captureProgramConsole();
    const previousDirectory = process.cwd();
    process.chdir(projectDir);
    try {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the program is loaded by its path, inside the stack
        await pulumi.runtime.runInPulumiStack(() => Promise.resolve(require(entryPoint) as unknown));
        await internals.waitForRPCs();
        await programConsole.settle();
    } catch (thrown) {
        await programConsole.settle();
        programConsole.errors.unshift(withoutToolFrames(messageOf(thrown)));
    } finally {
        process.chdir(previousDirectory);
        programConsole.restore();
    }
    const failure = programConsole.errors[0] ?? recorder.failures.map(messageOf)[0];
    if (cliConfigProblems.length > 0) {
        throw new UserError([...cliConfigProblems, ...(failure !== undefined ? [failure] : [])].join("\n"));
    }
    if (failure !== undefined) {
        throw new UserError(failure);
    }

    const resources = recorder.resources();
    const stackResource = resources.find((r) => r.type === "pulumi:pulumi:Stack");
    return { project: project.name, stack: options.stack, mode: options.mode, resources, stackOutputs: { ...(stackResource?.outputs ?? {}) } };
}

/** The project's own @pulumi/pulumi: the program registers through it, so the mocks must be set on that copy. */
function loadProjectPulumi(projectDir: string): PulumiModule {
    let resolved: string;
    try {
        resolved = require.resolve("@pulumi/pulumi", { paths: [projectDir] });
    } catch {
        throw new UserError(`@pulumi/pulumi is not installed for ${projectDir}. Fix: run \`npm ci\` there.`);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own @pulumi/pulumi, found at run time
    return require(resolved) as PulumiModule;
}

/** Drops the project's own modules (not its node_modules) from the require cache so a re-evaluation re-runs them. */
function forgetProgramModules(projectDir: string): void {
    const prefix = projectDir + path.sep;
    for (const file of Object.keys(require.cache)) {
        if (file.startsWith(prefix) && !file.includes(`${path.sep}node_modules${path.sep}`)) {
            delete require.cache[file];
        }
    }
}

/**
 * Node's "Cannot find module" message lists the whole require stack, which ends in this tool's own files; keep
 * the missing module and the program file that asked for it.
 */
function withoutToolFrames(message: string): string {
    const [head, requireStack] = message.split("\nRequire stack:\n");
    if (requireStack === undefined) {
        return message;
    }
    const requiredBy = requireStack.split("\n")[0]?.replace(/^- /, "");
    return requiredBy ? `${head} (required by ${requiredBy})` : head;
}
