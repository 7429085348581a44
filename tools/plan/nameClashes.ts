/**
 * Create-before-delete replacements that keep their name: between the create and the delete, two resources of one
 * type carry the same name. Genesys resolves a data action by category and name (Architect binds a workflow to
 * whichever it finds) and many APIs refuse the duplicate outright, so the plan treats it as blocking. A name the
 * replacement changes (an auto-name the engine draws afresh, a name derived from the replaced content) or
 * `deleteBeforeReplace` avoids it.
 */
import { UNKNOWN_VALUE } from "../evaluate/plannedResource";
import { PlanStep } from "./planSteps";

export interface NameClash {
    readonly urn: string;
    readonly type: string;
    readonly name: string;
    readonly message: string;
}

export function nameClashes(steps: readonly PlanStep[]): NameClash[] {
    const clashes: NameClash[] = [];
    for (const step of steps) {
        if (step.op !== "replace" || step.deleteBeforeReplace || !step.new || !step.old) {
            continue;
        }
        const name = step.new.inputs["name"];
        if (typeof name !== "string" || name === UNKNOWN_VALUE || name !== step.old.inputs["name"]) {
            continue;
        }
        clashes.push({
            urn: step.urn,
            type: step.type,
            name,
            message:
                `${step.type} ${step.urn.split("::").pop()} is replaced create-before-delete under the same name ${JSON.stringify(name)} ` +
                `(${step.diff?.replaceKeys.join(", ")} force the replacement): for a while two exist with that name. ` +
                "Set `deleteBeforeReplace: true`, or make the name change with what forces the replacement.",
        });
    }
    return clashes;
}
