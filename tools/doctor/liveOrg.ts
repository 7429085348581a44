import type { Action, Flow, GenesysOrgReader, Integration, Trigger } from "../genesys/genesysClient";

/** One read of the parts of the org doctor and adopt compare; triggers only on the stack's topics. */
export interface LiveOrg {
    readonly integrations: readonly Integration[];
    readonly actions: readonly Action[];
    readonly workflows: readonly Flow[];
    readonly triggers: readonly Trigger[];
}

/** `webhook`: the stack has the webhook path, so its actions and workflows are read too. */
export async function readLiveOrg(org: GenesysOrgReader, topics: readonly string[], options: { webhook: boolean }): Promise<LiveOrg> {
    // Sequential on purpose: a missing permission is reported for the first endpoint that needs it, every run the same.
    const integrations = await org.listIntegrations();
    const actions = options.webhook ? await org.listActions() : [];
    const workflows = options.webhook ? await org.listWorkflows() : [];
    const triggers = topics.length > 0 ? await org.listTriggers(topics) : [];
    return { integrations, actions, workflows, triggers };
}

export function byName<T extends { name?: string }>(items: readonly T[], names: readonly string[]): T[] {
    return items.filter((item) => item.name !== undefined && names.includes(item.name));
}

export function idsOf(items: readonly { id?: string }[]): string[] {
    return items.map((item) => item.id ?? "(no id)");
}
