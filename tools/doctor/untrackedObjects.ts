/**
 * Objects the org holds under the stack's names that the stack's state does not track, each with the command
 * that settles it. Two ways they arise (docs/deploying.md, "After a failed up"):
 * - a create that failed after Genesys made the object: the provider set the id before its last calls and the
 *   bridge dropped the failed create's state (see trackedState.ts for the sources). If the state tracks another
 *   object for the same resource, this one is a copy; if it tracks none, the next `up` makes a second one.
 * - an object built by hand under a name the stack declares. For a workflow that matters most: creating a flow is
 *   the same publish-by-name as updating one and never looks for an existing flow (provider v1.84.1
 *   architect_flow/resource_genesyscloud_flow.go:92-95), so a first `up` overwrites the hand-built workflow and
 *   takes it over, and a later destroy deletes it.
 * A workflow is never to be deleted here: a trigger may start it (the advice names the ones that do).
 */
import type { ObjectCheck } from "./doctorReport";
import type { LiveOrg } from "./liveOrg";
import { resourceKey, TrackedState } from "./trackedState";

export interface UntrackedObject {
    readonly kind: ObjectCheck["kind"];
    /** The Genesys name (the stack's). */
    readonly name: string;
    readonly id: string;
    readonly logicalName: string;
    readonly type: string;
    /** The id the state tracks for the same resource, when it tracks one. */
    readonly trackedId?: string;
    /** Triggers in the org (on the stack's topics) that start this object, when it is a workflow. */
    readonly startedBy: readonly string[];
    /** What it is and the command that settles it. */
    readonly finding: string;
}

const DELETE_WHERE: Readonly<Record<ObjectCheck["kind"], string>> = {
    integration: "Admin > Integrations, or DELETE /api/v2/integrations/{id}",
    "EventBridge source": "Admin > Integrations, or DELETE /api/v2/integrations/{id}",
    "data action": "Admin > Integrations > Actions, or DELETE /api/v2/integrations/actions/{id}",
    trigger: "Admin > Process Automation > Triggers, or DELETE /api/v2/processautomation/triggers/{id}",
    workflow: "",
};

function deleteIt(kind: ObjectCheck["kind"], id: string): string {
    return `delete it (${DELETE_WHERE[kind].replace("{id}", id)})`;
}

function adoptIt(stack: string): string {
    return `npm run adopt -- --stack ${stack}, then the pulumi import it prints`;
}

function workflowFinding(what: string, object: UntrackedObject, stack: string): string {
    const started = object.startedBy.length > 0 ? ` Triggers ${object.startedBy.join(", ")} start it: leave it in place.` : "";
    if (object.trackedId !== undefined) {
        return (
            `${what} is not the flow the stack's state tracks (${object.trackedId}): the state's flow was renamed or removed outside the stack.` +
            `${started} Fix: pulumi refresh --stack ${stack}, then run the doctor again; do not delete a workflow a trigger still starts.`
        );
    }
    return (
        `${what} is not in the stack's state: a first pulumi up publishes over it and takes it over (creating a flow is a publish by name), ` +
        `and a later destroy deletes it.${started} Fix: if it is the setup this stack replaces, ${adoptIt(stack)}; if it belongs to ` +
        `someone else, give this stack other names (nameSuffix) so it creates its own.`
    );
}

function otherFinding(what: string, object: UntrackedObject, usedBy: readonly string[], stack: string): string {
    const delivery = object.kind === "trigger" ? " While enabled it delivers every handover end a second time." : "";
    const users = usedBy.length > 0 ? ` Data actions ${usedBy.join(", ")} belong to it: adopt or delete those first.` : "";
    if (object.trackedId !== undefined) {
        return (
            `${what} is a copy the stack's state does not track (it tracks ${object.trackedId}): left by a create that failed after Genesys ` +
            `made it, or made by hand.${delivery}${users} Fix: ${deleteIt(object.kind, object.id)}.`
        );
    }
    return (
        `${what} is not in the stack's state, so the next pulumi up creates a second one beside it (a create that failed after Genesys ` +
        `made the object leaves it so).${delivery}${users} Fix: ${adoptIt(stack)}; or ${deleteIt(object.kind, object.id)}.`
    );
}

/** Pure: every id the checks found under a declared name that `tracked` does not hold. */
export function untrackedObjects(objects: readonly ObjectCheck[], live: LiveOrg, tracked: TrackedState, stack: string): UntrackedObject[] {
    const out: UntrackedObject[] = [];
    for (const check of objects) {
        const trackedId = tracked.idByResource.get(resourceKey(check.type, check.logicalName));
        for (const id of check.ids.filter((candidate) => !tracked.ids.has(candidate))) {
            const startedBy =
                check.kind === "workflow" ? live.triggers.filter((t) => t.target?.id === id).map((t) => `"${t.name ?? ""}" (${t.id ?? "?"})`) : [];
            const usedBy =
                check.kind === "integration" || check.kind === "EventBridge source"
                    ? live.actions.filter((a) => a.integrationId === id).map((a) => `"${a.name ?? ""}" (${a.id ?? "?"})`)
                    : [];
            const object: Omit<UntrackedObject, "finding"> = { kind: check.kind, name: check.name, id, logicalName: check.logicalName, type: check.type, trackedId, startedBy };
            const what = `${check.kind} "${check.name}" ${id} (${check.logicalName})`;
            const finding = check.kind === "workflow" ? workflowFinding(what, { ...object, finding: "" }, stack) : otherFinding(what, { ...object, finding: "" }, usedBy, stack);
            out.push({ ...object, finding });
        }
    }
    return out;
}
