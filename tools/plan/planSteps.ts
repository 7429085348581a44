/**
 * The steps the engine would take to move a deployed state to what the program now registers, as pulumi/pulumi's
 * step generator decides them (`pkg/resource/deploy/step_generator.go`): `create`, `update`, `same`; a replacement
 * as `create-replacement` + `replace` with the old resource deleted (`delete-replaced`) after every create and update,
 * or, with `deleteBeforeReplace`, `delete-replaced` first (dependents the replacement would replace too, in reverse
 * dependency order), then `replace` + `create-replacement`; removed resources as `delete`, last, in reverse order.
 * A protected resource can be neither replaced nor deleted: the real preview reports an error for it.
 */
import { PlannedResource, UNKNOWN_VALUE } from "../evaluate/plannedResource";
import { DeployedResource, DeployedState } from "./deployedState";
import { diffResource, PropertyChange, ResourceDiff } from "./diffResource";
import { providerModelFor } from "./simulateUp";

export type StepOp = "same" | "create" | "update" | "delete" | "replace" | "create-replacement" | "delete-replaced";

export interface PlanStep {
    readonly op: StepOp;
    readonly urn: string;
    readonly type: string;
    /** False for the physical halves of a replacement (`create-replacement`, `delete-replaced`), as in the engine. */
    readonly logical: boolean;
    readonly old?: DeployedResource;
    readonly new?: PlannedResource;
    readonly diff?: ResourceDiff;
    /** Replacements only. */
    readonly deleteBeforeReplace?: boolean;
    /** Resources being replaced whose new id or outputs cause this step's changes. */
    readonly causedBy: readonly string[];
}

/** What the real preview would refuse (exit 1): replacing or deleting a protected resource. */
export interface ProtectionError {
    readonly urn: string;
    readonly message: string;
}

export interface PlannedSteps {
    readonly steps: readonly PlanStep[];
    readonly protectionErrors: readonly ProtectionError[];
}

export function planSteps(registered: readonly PlannedResource[], state: DeployedState): PlannedSteps {
    const oldByUrn = new Map(state.map((resource) => [resource.urn, resource]));
    const diffs = new Map<string, ResourceDiff>();
    for (const resource of registered) {
        const old = oldByUrn.get(resource.urn);
        if (old) {
            diffs.set(resource.urn, diffFor(resource, old));
        }
    }
    const replaced = new Set([...diffs].filter(([, diff]) => diff.replaceKeys.length > 0).map(([urn]) => urn));
    const steps: PlanStep[] = [];
    const protectionErrors: ProtectionError[] = [];
    const deletedEarly = new Set<string>();
    const condemned: DeployedResource[] = [];

    for (const resource of registered) {
        const old = oldByUrn.get(resource.urn);
        const base = { urn: resource.urn, type: resource.type, new: resource };
        if (!old) {
            steps.push({ ...base, op: "create", logical: true, causedBy: [] });
            continue;
        }
        const diff = diffs.get(resource.urn) as ResourceDiff;
        const causedBy = causes(resource, diff.changes, replaced);
        if (diff.replaceKeys.length === 0) {
            steps.push({ ...base, old, diff, op: diff.changes.length > 0 ? "update" : "same", logical: true, causedBy });
            continue;
        }
        if (old.protect && resource.protect) {
            protectionErrors.push({
                urn: resource.urn,
                message:
                    `unable to replace resource ${resource.urn} as it is currently marked for protection (${diff.replaceKeys.join(", ")} ` +
                    "force a replacement). Fix: lift protection on purpose first (`pulumi config set protect false` and `pulumi up`, see docs/contract-changes.md), or avoid the change.",
            });
        }
        const deleteBeforeReplace = resource.deleteBeforeReplace === true;
        const replacement = { ...base, old, diff, deleteBeforeReplace, causedBy };
        if (!deleteBeforeReplace || deletedEarly.has(old.urn)) {
            // A dependent an earlier delete-before-replace already deleted is only created again.
            steps.push({ ...replacement, op: "create-replacement", logical: false }, { ...replacement, op: "replace", logical: true });
            if (!deletedEarly.has(old.urn)) {
                condemned.push(old);
            }
            continue;
        }
        for (const dependent of dependentReplacements(old, state, registered).reverse()) {
            if (!deletedEarly.has(dependent.urn)) {
                deletedEarly.add(dependent.urn);
                steps.push({ urn: dependent.urn, type: dependent.type, old: dependent, op: "delete-replaced", logical: false, causedBy: [old.urn] });
            }
        }
        deletedEarly.add(old.urn);
        steps.push(
            { ...replacement, op: "delete-replaced", logical: false },
            { ...replacement, op: "replace", logical: true },
            { ...replacement, op: "create-replacement", logical: false },
        );
    }

    const registeredUrns = new Set(registered.map((resource) => resource.urn));
    const condemnedUrns = new Set(condemned.map((resource) => resource.urn));
    for (const old of [...state].reverse()) {
        if (condemnedUrns.has(old.urn)) {
            const step = steps.find((s) => s.urn === old.urn && s.op === "replace");
            steps.push({ ...(step as PlanStep), op: "delete-replaced", logical: false });
        } else if (!registeredUrns.has(old.urn) && !isDefaultProvider(old)) {
            if (old.protect) {
                protectionErrors.push({
                    urn: old.urn,
                    message: `resource ${old.urn} cannot be deleted because it is protected. Fix: lift protection on purpose first (\`pulumi config set protect false\` and \`pulumi up\`, see docs/contract-changes.md).`,
                });
            }
            steps.push({ urn: old.urn, type: old.type, old, op: "delete", logical: true, causedBy: [] });
        }
    }
    return { steps, protectionErrors };
}

function diffFor(resource: PlannedResource, old: DeployedResource): ResourceDiff {
    // A provider's DiffConfig compares configurations (inputs), like a resource without a model.
    const model = providerModelFor(resource);
    const newInputs = withIgnoredChanges(resource.inputs, old.inputs, resource.ignoreChanges ?? []);
    const diff = diffResource({ newInputs, oldInputs: old.inputs, oldOutputs: old.outputs, model });
    return withReplaceOnChanges(diff, resource.replaceOnChanges ?? []);
}

/** `processIgnoreChanges`: an ignored top-level property keeps its old input value (nested paths: the whole property). */
function withIgnoredChanges(inputs: Readonly<Record<string, unknown>>, oldInputs: Readonly<Record<string, unknown>>, ignored: readonly string[]): Record<string, unknown> {
    const result = { ...inputs };
    for (const path of ignored) {
        const key = path.split(/[.[]/)[0];
        if (key in oldInputs) {
            result[key] = oldInputs[key];
        } else {
            delete result[key];
        }
    }
    return result;
}

/** `applyReplaceOnChanges`: a change at or under a listed path (or anywhere, for `*`) forces replacement. */
function withReplaceOnChanges(diff: ResourceDiff, replaceOnChanges: readonly string[]): ResourceDiff {
    if (replaceOnChanges.length === 0) {
        return diff;
    }
    const matches = (path: string): boolean =>
        replaceOnChanges.some((listed) => listed === "*" || path === listed || path.startsWith(`${listed}.`) || path.startsWith(`${listed}[`));
    const changes = diff.changes.map((change) =>
        matches(change.path) && !change.kind.endsWith("-replace") ? { ...change, kind: `${change.kind}-replace` as PropertyChange["kind"] } : change,
    );
    const replaceKeys = [...new Set(changes.filter((c) => c.kind.endsWith("-replace")).map((c) => c.path.split(/[.[]/)[0]))];
    return { ...diff, changes, replaceKeys };
}

/** The replaced resources an unknown new value comes from (by the property's recorded dependencies). */
function causes(resource: PlannedResource, changes: readonly PropertyChange[], replaced: ReadonlySet<string>): string[] {
    const found = new Set<string>();
    for (const change of changes) {
        if (!containsUnknown(change.new)) {
            continue;
        }
        const property = change.path.split(/[.[]/)[0];
        for (const urn of resource.propertyDependencies[property] ?? []) {
            if (replaced.has(urn) && urn !== resource.urn) {
                found.add(urn);
            }
        }
    }
    return [...found];
}

function containsUnknown(value: unknown): boolean {
    return value === UNKNOWN_VALUE || JSON.stringify(value ?? null).includes(UNKNOWN_VALUE);
}

/**
 * `calculateDependentReplacements`: the transitive dependents of a delete-before-replace resource that its deletion
 * would replace too. Each dependent's inputs that come from a resource in the replace set become unknown, and its
 * provider's Diff decides; dependents registered no more are left to their own delete step.
 */
function dependentReplacements(root: DeployedResource, state: DeployedState, registered: readonly PlannedResource[]): DeployedResource[] {
    const replaceSet = new Set([root.urn]);
    const result: DeployedResource[] = [];
    const stillRegistered = new Set(registered.map((resource) => resource.urn));
    for (const candidate of state) {
        if (!candidate.custom || candidate.urn === root.urn || !stillRegistered.has(candidate.urn)) {
            continue;
        }
        const providerReplaced = candidate.provider !== undefined && [...replaceSet].some((urn) => candidate.provider?.startsWith(`${urn}::`));
        let dependsOnReplaced = false;
        const inputs: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(candidate.inputs)) {
            const fromReplaced = (candidate.propertyDependencies[key] ?? []).some((urn) => replaceSet.has(urn));
            dependsOnReplaced ||= fromReplaced;
            inputs[key] = fromReplaced ? UNKNOWN_VALUE : value;
        }
        const model = providerModelFor(candidate);
        const replacedByDiff =
            dependsOnReplaced && diffResource({ newInputs: inputs, oldInputs: candidate.inputs, oldOutputs: candidate.outputs, model }).replaceKeys.length > 0;
        if (providerReplaced || replacedByDiff) {
            replaceSet.add(candidate.urn);
            result.push(candidate);
        }
    }
    return result;
}

/**
 * The engine registers default providers (`pulumi:providers:<pkg>::default_<version>`) itself; the program never
 * does, so a state's default provider is not a resource the program dropped.
 */
function isDefaultProvider(resource: DeployedResource): boolean {
    return resource.type.startsWith("pulumi:providers:") && /::default(_[0-9a-z_]+)?$/.test(resource.urn);
}
