/**
 * Which live objects are the ones the stack would create: found by the stack's own names first, then by the
 * Cognigy guide's names, by wiring (the integration that owns the adopted action) and by topic and target (a
 * trigger on the event's topic that starts the adopted workflow). The first rule that finds anything decides;
 * two candidates under one rule is an ambiguity to resolve by hand, never a guess.
 */
import { DATA_ACTIONS_INTEGRATION_NAME, eventByTopic, SEND_EVENT_ACTION_NAME } from "@cognigy-handover/contract";
import { DeclaredWebhook } from "../genesys/declaredStack";
import { Difference, actionDifferences, integrationDifferences, triggerDifferences, workflowDifferences } from "../doctor/differences";
import { ObjectKind } from "../doctor/doctorReport";
import { LiveOrg } from "../doctor/liveOrg";
import type { Action, Flow, GenesysOrgReader, Integration, Trigger } from "../genesys/genesysClient";
import { PlannedResource } from "../evaluate/plannedResource";
import { maskCredentialsInText } from "../maskSecrets";

export interface Candidate {
    readonly id: string;
    readonly name: string;
    readonly detail: string;
}

export interface Adoption {
    readonly kind: ObjectKind;
    readonly declaredName: string;
    readonly resource: PlannedResource;
    /** adopt: one candidate, imported; create: none, `pulumi up` creates it; ambiguous: several, nothing written. */
    readonly outcome: "adopt" | "create" | "ambiguous";
    readonly rule?: string;
    readonly candidates: readonly Candidate[];
    readonly differences: readonly Difference[];
}

interface Rule<T> {
    readonly rule: string;
    readonly items: readonly T[];
}

function firstMatching<T>(rules: readonly Rule<T>[]): Rule<T> | undefined {
    return rules.find((r) => r.items.length > 0);
}

function named<T extends { name?: string }>(items: readonly T[], name: string): T[] {
    return items.filter((item) => item.name === name);
}

/** The stack's name, then the guide's when it differs (a suffixed stack adopting the guide's objects). */
function nameRules<T extends { name?: string }>(items: readonly T[], stackName: string, guideName: string | undefined): Rule<T>[] {
    const rules: Rule<T>[] = [{ rule: `the stack's name "${stackName}"`, items: named(items, stackName) }];
    if (guideName !== undefined && guideName !== stackName) {
        rules.push({ rule: `the guide's name "${guideName}"`, items: named(items, guideName) });
    }
    return rules;
}

function decide<T extends { id?: string; name?: string }>(
    kind: ObjectKind,
    declaredName: string,
    resource: PlannedResource,
    rules: readonly Rule<T>[],
    describe: (item: T) => string,
): { adoption: Adoption; chosen?: T } {
    const found = firstMatching(rules);
    const candidates = (found?.items ?? []).map((item) => ({ id: item.id ?? "", name: item.name ?? "", detail: describe(item) }));
    const outcome = candidates.length === 0 ? "create" : candidates.length === 1 ? "adopt" : "ambiguous";
    return {
        adoption: { kind, declaredName, resource, outcome, rule: found?.rule, candidates, differences: [] },
        chosen: outcome === "adopt" ? found?.items[0] : undefined,
    };
}

export async function findAdoptions(webhook: DeclaredWebhook, live: LiveOrg, org: GenesysOrgReader): Promise<Adoption[]> {
    const adoptions: Adoption[] = [];
    const customRestIntegrations = live.integrations.filter((i) => i.integrationType?.id === webhook.integration.integrationType);

    let actionDetail: Action | undefined;
    let actionAdoption: Adoption | undefined;
    if (webhook.action) {
        const declaredAction = webhook.action;
        const { adoption, chosen } = decide("data action", declaredAction.name, declaredAction.resource, nameRules(live.actions, declaredAction.name, SEND_EVENT_ACTION_NAME), (a: Action) =>
            `category "${a.category ?? ""}", integration ${a.integrationId ?? "?"}, POST to ${maskCredentialsInText(a.config?.request?.requestUrlTemplate ?? "?")}`,
        );
        actionDetail = chosen?.id ? await org.getAction(chosen.id) : undefined;
        actionAdoption = adoption;
    }

    const owner = customRestIntegrations.filter((i) => actionDetail !== undefined && i.id === actionDetail.integrationId);
    const integrationRules: Rule<Integration>[] = [
        ...nameRules(customRestIntegrations, webhook.integration.name, undefined),
        { rule: `the integration that owns the adopted data action`, items: owner },
        { rule: `the guide's name "${DATA_ACTIONS_INTEGRATION_NAME}"`, items: named(customRestIntegrations, DATA_ACTIONS_INTEGRATION_NAME) },
    ];
    const integration = decide("integration", webhook.integration.name, webhook.integration.resource, integrationRules, (i: Integration) =>
        `type ${i.integrationType?.id ?? "?"}, ${i.intendedState}`,
    );
    adoptions.push({ ...integration.adoption, differences: integration.chosen ? integrationDifferences(webhook.integration, integration.chosen) : [] });
    if (actionAdoption && webhook.action) {
        adoptions.push({ ...actionAdoption, differences: actionDetail ? actionDifferences(webhook.action, actionDetail, integration.chosen?.id) : [] });
    }

    const workflowIds = new Map<string, string>();
    for (const workflow of webhook.workflows) {
        const trigger = webhook.triggers.find((t) => t.workflow === workflow);
        const event = trigger ? eventByTopic(trigger.topic) : undefined;
        const { adoption, chosen } = decide("workflow", workflow.name, workflow.resource, nameRules(live.workflows, workflow.name, event?.workflowName), (f: Flow) =>
            `division ${f.division?.name ?? "?"}, published ${f.publishedVersion?.id ?? "never"}`,
        );
        if (chosen?.id) {
            workflowIds.set(workflow.resource.urn, chosen.id);
        }
        adoptions.push({ ...adoption, differences: chosen ? workflowDifferences(workflow, chosen) : [] });
    }

    for (const trigger of webhook.triggers) {
        const onTopic = live.triggers.filter((t) => t.topicName === trigger.topic);
        const workflowId = trigger.workflow ? workflowIds.get(trigger.workflow.resource.urn) : undefined;
        const rules: Rule<Trigger>[] = [
            ...nameRules(onTopic, trigger.name, trigger.event?.triggerName),
            { rule: `topic ${trigger.topic} and target workflow ${workflowId ?? "(none adopted)"}`, items: onTopic.filter((t) => workflowId !== undefined && t.target?.id === workflowId) },
        ];
        const { adoption, chosen } = decide("trigger", trigger.name, trigger.resource, rules, (t: Trigger) =>
            `${t.enabled === false ? "disabled" : "enabled"}, target ${t.target?.type ?? "?"} ${t.target?.id ?? "?"}`,
        );
        adoptions.push({ ...adoption, differences: chosen ? triggerDifferences(trigger, chosen, workflowId) : [] });
    }
    return adoptions;
}
