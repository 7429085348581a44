/**
 * An org set up by hand from Cognigy's guide holds the objects under the guide's names, not the stack's (the data
 * action's name carries a contract fingerprint, a stack may add a suffix). Looking only by the stack's names, the
 * doctor would call them missing and say `pulumi up` creates them: a second set, every handover end posted twice.
 * For each missing object this finds the hand-built counterpart by adopt's own rules (tools/adopt/findCandidates.ts:
 * the guide's name, the wiring, the trigger's topic and target) and shows how it differs from the stack.
 */
import { findAdoptions } from "../adopt/findCandidates";
import type { GenesysOrgReader } from "../genesys/genesysClient";
import { DeclaredWebhook } from "../genesys/declaredStack";
import { HandBuiltCounterpart, ObjectCheck } from "./doctorReport";
import { LiveOrg } from "./liveOrg";

/** `objects` with each missing webhook object's hand-built counterpart attached, when the org has one. */
export async function withHandBuiltCounterparts(objects: readonly ObjectCheck[], webhook: DeclaredWebhook, live: LiveOrg, org: GenesysOrgReader): Promise<ObjectCheck[]> {
    if (!objects.some((o) => o.status === "missing" && o.kind !== "EventBridge source")) {
        return [...objects];
    }
    const adoptions = await findAdoptions(webhook, live, org);
    return objects.map((object) => {
        if (object.status !== "missing") {
            return object;
        }
        const adoption = adoptions.find((a) => a.kind === object.kind && a.declaredName === object.name && a.resource.name === object.logicalName);
        if (adoption === undefined || adoption.outcome === "create" || adoption.rule === undefined) {
            return object;
        }
        const handBuilt: HandBuiltCounterpart = {
            rule: adoption.rule,
            candidates: adoption.candidates.map(({ id, name }) => ({ id, name })),
            differences: adoption.outcome === "adopt" ? adoption.differences : [],
        };
        return { ...object, handBuilt };
    });
}

/** The finding for a missing object that has a hand-built counterpart: what differs, and adopt as the fix. */
export function handBuiltFinding(what: string, object: ObjectCheck, stack: string): string | undefined {
    const handBuilt = object.handBuilt;
    if (handBuilt === undefined) {
        return undefined;
    }
    const adopt = `npm run adopt -- --stack ${stack}`;
    if (handBuilt.candidates.length > 1) {
        const listed = handBuilt.candidates.map((c) => `"${c.name}" (${c.id})`).join(", ");
        return (
            `${what} is not in the org under the stack's name, but ${handBuilt.candidates.length} hand-built ones match ${handBuilt.rule}: ${listed}. ` +
            `Fix: delete or rename the copies that are not the setup to keep, then ${adopt}; pulumi up alone would create another one.`
        );
    }
    const [candidate] = handBuilt.candidates;
    const differences =
        handBuilt.differences.length === 0
            ? "it matches the stack in everything the doctor compares"
            : `it differs in ${handBuilt.differences.map((d) => `${d.field} (stack ${JSON.stringify(d.declared)}, org ${JSON.stringify(d.live)})`).join("; ")}`;
    return (
        `${what} is not in the org under the stack's name, but "${candidate.name}" (${candidate.id}), found by ${handBuilt.rule}, looks like it was set up by hand: ${differences}. ` +
        `Fix: ${adopt} takes it over (then pulumi up applies the stack's values); pulumi up alone would create a second one next to it.`
    );
}
