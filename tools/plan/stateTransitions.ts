/**
 * The program runs the plan makes beyond the first preview: the simulated `up`, and a preview against a deployed
 * state (the simulated one, a base ref's, or a `pulumi stack export`). All go through the shared evaluator.
 */
import type { EvaluateOptions, ProgramEvaluation } from "../evaluate/evaluateProgram";
import { UNKNOWN_VALUE } from "../evaluate/plannedResource";
import { DeployedState } from "./deployedState";
import { planSteps, PlannedSteps } from "./planSteps";
import { ReadBackContext } from "./readBack";
import { simulateUp } from "./simulateUp";
import { toPriorState } from "./priorState";


export type Evaluate = (options: EvaluateOptions) => Promise<ProgramEvaluation>;

export interface Target {
    readonly projectDir: string;
    readonly stack: string;
}

/** `pulumi up` of the program from an empty state: an update-mode run, then each provider's read-back. */
export async function upFromEmpty(evaluate: Evaluate, target: Target): Promise<{ evaluation: ProgramEvaluation; state: DeployedState }> {
    const evaluation = await evaluate({ ...target, mode: "update" });
    const context: ReadBackContext = { projectDir: target.projectDir };
    return { evaluation, state: simulateUp(evaluation.resources, context) };
}

export interface PreviewAgainstState {
    readonly evaluation: ProgramEvaluation;
    readonly planned: PlannedSteps;
}

/**
 * `pulumi preview` against `state`. A resource the preview replaces gets a new id, unknown until the update runs, and
 * the engine re-checks its inputs without the old ones (fresh auto-names); so the program runs again with those
 * resources withheld from the prior state until the set of replacements stops growing (a replacement can force
 * another through a ForceNew input that takes its id).
 */
export async function previewAgainst(evaluate: Evaluate, target: Target, state: DeployedState): Promise<PreviewAgainstState> {
    const withheld = new Set<string>();
    for (;;) {
        const evaluation = await evaluate({ ...target, mode: "preview", priorState: toPriorState(state, withheld) });
        const planned = planSteps(evaluation.resources, state);
        const replaced = planned.steps.filter((step) => step.op === "replace").map((step) => step.urn);
        if (replaced.every((urn) => withheld.has(urn))) {
            return { evaluation, planned };
        }
        replaced.forEach((urn) => withheld.add(urn));
    }
}

/**
 * The preview right after `pulumi up` from an empty state. The up is simulated from an update-mode run, where a
 * dependent sees the evaluator's stand-in outputs of what it depends on, not the state the provider read back; so
 * when that preview still changes something, the changes are applied as the next up would apply them and the
 * program previewed once more. What still changes then changes on every up: a perpetual diff.
 */
export async function previewAfterUp(evaluate: Evaluate, target: Target): Promise<PreviewAgainstState> {
    const { state } = await upFromEmpty(evaluate, target);
    const first = await previewAgainst(evaluate, target, state);
    if (first.planned.steps.every((step) => step.op === "same" || !step.logical)) {
        return first;
    }
    return previewAgainst(evaluate, target, applyPreview(state, first, { projectDir: target.projectDir }));
}

/** The state after an up that applies `preview` to `state`: resources whose new inputs are all known are rewritten. */
function applyPreview(state: DeployedState, preview: PreviewAgainstState, context: ReadBackContext): DeployedState {
    const oldByUrn = new Map(state.map((resource) => [resource.urn, resource]));
    const known = preview.evaluation.resources
        .filter((resource) => !JSON.stringify(resource.inputs).includes(UNKNOWN_VALUE))
        .map((resource) => {
            const id = oldByUrn.get(resource.urn)?.id;
            return resource.custom && id !== undefined && (resource.id === undefined || resource.id === UNKNOWN_VALUE || resource.id === "") ? { ...resource, id } : resource;
        });
    const rewritten = new Map(simulateUp(known, context).map((resource) => [resource.urn, resource]));
    return state.map((resource) => rewritten.get(resource.urn) ?? resource);
}
