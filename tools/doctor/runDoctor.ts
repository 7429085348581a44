/**
 * The doctor's checks: the stack's declared Genesys objects against the live org, which triggers would really
 * fire for a handover end (Genesys' own topic and trigger tests), and optionally one real call to Cognigy
 * through the data action's test endpoint. Reads only; the tests evaluate criteria without starting workflows.
 */
import { eventByTopic } from "@cognigy-handover/contract";
import type { Action, GenesysOrgReader, Trigger } from "../genesys/genesysClient";
import { DeclaredIntegration, DeclaredStack, DeclaredTrigger } from "../genesys/declaredStack";
import { actionDifferences, integrationDifferences, triggerDifferences, workflowDifferences } from "./differences";
import { CognigyProbe, DoctorReport, ObjectCheck, ObjectKind, TopicTest, TriggerSummary, TriggerTest } from "./doctorReport";
import { handBuiltFinding, withHandBuiltCounterparts } from "./handBuiltCounterparts";
import { byName, idsOf, LiveOrg, readLiveOrg } from "./liveOrg";
import { PROBE_ADDRESS, samplesFor } from "./sampleEvents";
import type { TrackedState } from "./trackedState";
import { untrackedObjects } from "./untrackedObjects";
import { checkManagedWorkflow } from "./workflowChecks";

export interface DoctorOptions {
    /** Execute the data action once through its test endpoint: sends one request to Cognigy. */
    readonly callCognigy: boolean;
    /** The stack's state (`--state`): which of the objects under the stack's names it tracks. */
    readonly tracked?: TrackedState;
    /** The Pulumi project directory: the workflow file rendered for the published-content check. */
    readonly projectDir?: string;
}

function check(kind: ObjectKind, name: string, resource: { name: string; type: string }, found: readonly { id?: string }[]): Omit<ObjectCheck, "differences"> {
    const status = found.length === 0 ? "missing" : found.length === 1 ? "found" : "duplicate";
    return { kind, name, logicalName: resource.name, type: resource.type, status, ids: idsOf(found) };
}

function objectFinding(object: ObjectCheck, stack: string): string[] {
    const what = `${object.kind} "${object.name}" (${object.logicalName})`;
    const handBuilt = handBuiltFinding(what, object, stack);
    if (handBuilt !== undefined) {
        return [handBuilt];
    }
    if (object.status === "missing") {
        return [`${what} is missing from the org. Fix: pulumi up creates it; if it was deleted by hand, run pulumi refresh first.`];
    }
    if (object.status === "duplicate") {
        return [`${what} exists ${object.ids.length} times (${object.ids.join(", ")}): only one can be this stack's. Fix: run the doctor with --state (the file pulumi stack export writes): it names the copies the stack's state does not track and what to do with each.`];
    }
    return object.differences.map(
        (d) => `${what} differs from the stack in ${d.field}: the stack declares ${JSON.stringify(d.declared)}, the org has ${JSON.stringify(d.live)}. Fix: pulumi up (or find who changed it).`,
    );
}

function integrationCheck(declared: DeclaredIntegration, live: LiveOrg, kind: ObjectKind): ObjectCheck {
    const found = byName(live.integrations, [declared.name]).filter((i) => i.integrationType?.id === declared.integrationType);
    const base = check(kind, declared.name, declared.resource, found);
    return { ...base, differences: found.length === 1 ? integrationDifferences(declared, found[0]) : [] };
}

function summary(trigger: Trigger, own: boolean, workflowNames: ReadonlyMap<string, string>): TriggerSummary {
    const targetId = trigger.target?.id ?? "";
    return {
        id: trigger.id ?? "",
        name: trigger.name ?? "",
        topic: trigger.topicName ?? "",
        enabled: trigger.enabled !== false,
        target: `${trigger.target?.type ?? "?"} ${workflowNames.get(targetId) ?? targetId}`,
        own,
    };
}

export async function runDoctor(declared: DeclaredStack, org: GenesysOrgReader, options: DoctorOptions): Promise<DoctorReport> {
    const webhook = declared.webhook;
    const topics = [...new Set((webhook?.triggers ?? []).map((t) => t.topic))];
    const live = await readLiveOrg(org, topics, { webhook: webhook !== undefined });
    let objects: ObjectCheck[] = [];
    const notes: string[] = declared.notCovered.map((r) => `Not checked: ${r.type} ${r.name} (doctor covers the integration, data action, workflows and triggers).`);
    const ownTriggers = new Map<DeclaredTrigger, Trigger>();
    let foundAction: Action | undefined;
    const workflowFindings: string[] = [];

    if (declared.eventbridgeSource) {
        objects.push(integrationCheck(declared.eventbridgeSource, live, "EventBridge source"));
        notes.push("Not checked: the AWS side of EventBridge delivery (partner event bus, rule, API destination); doctor reads Genesys only.");
    }
    if (webhook) {
        const integration = integrationCheck(webhook.integration, live, "integration");
        objects.push(integration);
        const integrationId = integration.status === "found" ? integration.ids[0] : undefined;

        if (webhook.action) {
            const action = webhook.action;
            const found = byName(live.actions, [action.name]).filter((a) => a.category === action.category);
            const base = check("data action", action.name, action.resource, found);
            if (found.length === 1 && found[0].id !== undefined) {
                foundAction = await org.getAction(found[0].id);
            }
            objects.push({ ...base, differences: foundAction ? actionDifferences(action, foundAction, integrationId) : [] });
        }

        const workflowIds = new Map<string, string>();
        const actionIds = new Map(live.actions.filter((a) => a.name !== undefined && a.id !== undefined).map((a) => [a.name ?? "", a.id ?? ""]));
        for (const workflow of webhook.workflows) {
            const found = byName(live.workflows, [workflow.name]);
            const base = check("workflow", workflow.name, workflow.resource, found);
            const differences = found.length === 1 ? workflowDifferences(workflow, found[0]) : [];
            if (found.length === 1 && found[0].id) {
                workflowIds.set(workflow.resource.urn, found[0].id);
                const managed = await checkManagedWorkflow(org, workflow, found[0], { projectDir: options.projectDir, actionIds });
                differences.push(...managed.differences);
                workflowFindings.push(...managed.findings);
                notes.push(...managed.notes);
            }
            objects.push({ ...base, differences });
        }

        for (const trigger of webhook.triggers) {
            const found = byName(live.triggers, [trigger.name]).filter((t) => t.topicName === trigger.topic);
            const base = check("trigger", trigger.name, trigger.resource, found);
            if (found.length === 1) {
                ownTriggers.set(trigger, found[0]);
            }
            const workflowId = trigger.workflow ? workflowIds.get(trigger.workflow.resource.urn) : undefined;
            objects.push({ ...base, differences: found.length === 1 ? triggerDifferences(trigger, found[0], workflowId) : [] });
        }
    }

    if (webhook) {
        objects = await withHandBuiltCounterparts(objects, webhook, live, org);
    }
    const ownIds = new Set([...ownTriggers.values()].map((t) => t.id));
    const workflowNames = new Map(live.workflows.map((w) => [w.id ?? "", w.name]));
    const otherTriggers = live.triggers.filter((t) => !ownIds.has(t.id)).map((t) => summary(t, false, workflowNames));
    const tracked = options.tracked;
    const untracked = tracked ? untrackedObjects(objects, live, tracked, declared.stack) : undefined;
    if (!tracked) {
        notes.push(`Not checked: which objects under the stack's names its state tracks. Fix: pulumi stack export --stack ${declared.stack} --file <file>, then npm run doctor -- --stack ${declared.stack} --state <file>.`);
    }
    // With the state, each untracked copy is its own finding naming the command; the bare "duplicate" line would repeat it.
    const findings = [
        ...objects.filter((o) => !(tracked && o.status === "duplicate")).flatMap((object) => objectFinding(object, declared.stack)),
        ...workflowFindings,
        ...(untracked ?? []).map((u) => u.finding),
    ];

    const topicTests: TopicTest[] = [];
    const triggerTests: TriggerTest[] = [];
    for (const trigger of webhook?.triggers ?? []) {
        const event = trigger.event ?? eventByTopic(trigger.topic);
        if (!event) {
            notes.push(`Not tested: trigger ${trigger.name} is on ${trigger.topic}, which has no sample event.`);
            continue;
        }
        const samples = samplesFor(event, trigger.matchCriteria);
        const handoverEnd = samples[0];
        const result = await org.testTopic(trigger.topic, handoverEnd.body);
        const matched = result.triggerMatchValidation?.matchedTriggers ?? [];
        const wouldFire = matched
            .filter((t) => t.enabled !== false)
            .map((t) => ({ id: t.id ?? "", name: t.name ?? "", own: ownIds.has(t.id) }));
        topicTests.push({ topic: trigger.topic, sample: handoverEnd.name, wouldFire });
        for (const foreign of wouldFire.filter((t) => !t.own)) {
            if (!trigger.enabled) {
                // This stack keeps its trigger off (e.g. dev in prod's org): it adds no second delivery.
                notes.push(`Trigger "${foreign.name}" (${foreign.id}) on ${trigger.topic} fires for handover ends; this stack's own trigger is declared disabled.`);
                continue;
            }
            findings.push(
                `Trigger "${foreign.name}" (${foreign.id}) on ${trigger.topic} would also fire for an ${handoverEnd.name}: every handover end is delivered by it too. ` +
                    "Fix: delete or disable it, or scope it (and this stack) to different queues; if it is the manual setup this stack replaces, run npm run adopt.",
            );
        }
        const own = ownTriggers.get(trigger);
        if (own && trigger.enabled && !wouldFire.some((t) => t.id === own.id)) {
            findings.push(`Trigger "${trigger.name}" (${own.id}) would not fire for an ${handoverEnd.name}: Cognigy never learns that the handover ended. Fix: pulumi up.`);
        }
        if (!own?.id) {
            continue;
        }
        for (const sample of samples) {
            const test = await org.testTrigger(own.id, sample.body);
            const details = test.jsonPathValidation?.details ?? [];
            const failedCriteria = details.filter((d) => d.match === false).map((d) => `${d.jsonPath} ${d.operator} ${JSON.stringify(d.value ?? d.values)}`);
            const matchedSample = test.triggerMatches === true;
            triggerTests.push({ trigger: trigger.name, triggerId: own.id, sample: sample.name, mustMatch: sample.mustMatch, matched: matchedSample, failedCriteria });
            if (matchedSample !== sample.mustMatch) {
                findings.push(
                    sample.mustMatch
                        ? `Trigger "${trigger.name}" does not match an ${sample.name} (${failedCriteria.join("; ") || "no criterion detail"}). Fix: pulumi up.`
                        : `Trigger "${trigger.name}" matches an ${sample.name}: it would end bot sessions of conversations Cognigy does not handle. Fix: pulumi up restores the MESSAGE/OPEN criteria.`,
                );
            }
        }
    }

    let cognigy: CognigyProbe | undefined;
    if (options.callCognigy) {
        const event = webhook?.triggers[0]?.event;
        if (!foundAction?.id || !event) {
            findings.push("--call-cognigy: no single data action of this stack found in the org, so Cognigy was not called.");
        } else {
            const result = await org.testAction(foundAction.id, { userId: PROBE_ADDRESS, topic: event.topicLiteral, disconnectType: "CLIENT" });
            const success = result.success === true;
            cognigy = {
                actionId: foundAction.id,
                success,
                status: success ? undefined : result.error?.status,
                message: success
                    ? "Cognigy answered with a 2xx status (Genesys reports no exact code on success)."
                    : `Cognigy's answer was not accepted: ${result.error?.message ?? "no message"}`,
            };
            if (!success) {
                findings.push(`Calling Cognigy through "${foundAction.name}" failed (HTTP ${cognigy.status ?? "?"}): ${cognigy.message}. Fix: check cognigyEndpoint and that the Cognigy endpoint is reachable from Genesys.`);
            }
        }
    }

    return {
        stack: declared.stack,
        region: declared.region,
        apiBaseUrl: org.apiBaseUrl,
        objects,
        ...(tracked ? { stateFile: tracked.file, untracked } : {}),
        otherTriggers,
        topicTests,
        triggerTests,
        cognigy,
        findings,
        notes,
        healthy: findings.length === 0,
    };
}
