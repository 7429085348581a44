/**
 * Switching a stack from `delivery: webhook` to `delivery: eventbridge`: the resource sets before and after,
 * and what Pulumi's ordering makes of the difference (creates in dependency order, deletes of removed
 * resources at the very end).
 */
import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { AWS_RESOURCE_TYPES, BASE_CONFIG, customResourceSet, ONPREM_CONFIG, registerStack, SAAS_CONFIG } from "./registeredStack";

function diff(before: readonly string[], after: readonly string[]) {
    return {
        created: after.filter((resource) => !before.includes(resource)),
        deleted: before.filter((resource) => !after.includes(resource)),
        kept: after.filter((resource) => before.includes(resource)),
    };
}

let webhook: PlannedResource[];
let onprem: PlannedResource[];
let saas: PlannedResource[];
let saasDuringMigration: PlannedResource[];
beforeAll(async () => {
    // Same stack, same settings otherwise: only the delivery (and its EventBridge keys) change.
    // The webhook setup was deployed before Cognigy.AI was updated past 4.99, hence the flag on its newer release.
    webhook = await registerStack(
        { ...BASE_CONFIG, cognigyEndpoint: ONPREM_CONFIG.cognigyEndpoint, delivery: "webhook", cognigyRelease: ONPREM_CONFIG.cognigyRelease, webhookSetupPredates4100: "true" },
        [],
    );
    onprem = await registerStack(ONPREM_CONFIG);
    saas = await registerStack(SAAS_CONFIG, []);
    saasDuringMigration = await registerStack({ ...SAAS_CONFIG, keepWebhookDuringMigration: "true" }, []);
});

describe("migrating from webhook to EventBridge", () => {
    test("before: the webhook path only", () => {
        expect(customResourceSet(webhook)).toEqual(
            expect.arrayContaining([
                `${RESOURCE_TYPES.integration} handover-webhook-integration`,
                `${RESOURCE_TYPES.integrationAction} handover-webhook-send-event-action`,
                `${RESOURCE_TYPES.flow} handover-webhook-workflow-acw`,
                `${RESOURCE_TYPES.flow} handover-webhook-workflow-user-end`,
                `${RESOURCE_TYPES.trigger} handover-webhook-trigger-acw`,
                `${RESOURCE_TYPES.trigger} handover-webhook-trigger-user-end`,
            ]),
        );
        expect(customResourceSet(webhook).some((resource) => resource.startsWith("aws:"))).toBe(false);
    });

    test("on-prem: one update creates the whole EventBridge path and deletes the whole webhook path, sharing nothing", () => {
        const change = diff(customResourceSet(webhook), customResourceSet(onprem));
        expect(change.kept).toEqual([]);
        expect(change.deleted).toEqual(customResourceSet(webhook));
        expect(change.created.map((resource) => resource.split(" ")[0]).sort()).toEqual(
            [...AWS_RESOURCE_TYPES, RESOURCE_TYPES.integration].sort(),
        );
    });

    test("on-prem: delivery to Cognigy starts with the target, the last create, whose dependencies reach back to the Genesys source", () => {
        const byUrn = new Map(onprem.map((resource) => [resource.urn, resource]));
        const target = onprem.find((resource) => resource.type === RESOURCE_TYPES.eventTarget);
        if (!target) throw new Error("the on-prem stack declares no event target");
        const reachable = new Set<string>();
        const visit = (urn: string) => {
            if (reachable.has(urn)) {
                return;
            }
            reachable.add(urn);
            byUrn.get(urn)?.dependencies.forEach(visit);
        };
        target.dependencies.forEach(visit);
        const createdCustom = onprem.filter((resource) => resource.custom && !resource.type.startsWith("pulumi:providers:") && resource !== target);
        // Everything but the alarm (a side branch) is created before the target can start delivering.
        const notBefore = createdCustom.filter((resource) => !reachable.has(resource.urn)).map((resource) => resource.type);
        expect(notBefore).toEqual([RESOURCE_TYPES.alarm]);
        // Nothing depends on the target, so nothing waits for delivery to start.
        expect(onprem.some((resource) => resource.dependencies.includes(target.urn))).toBe(false);
    });

    test("saas: the update creates the Genesys source and deletes the webhook path", () => {
        const change = diff(customResourceSet(webhook), customResourceSet(saas));
        expect(change.created).toEqual([`${RESOURCE_TYPES.integration} handover-eventbridge-source`]);
        expect(change.deleted).toEqual(customResourceSet(webhook));
    });

    test("saas, step 1 of 2: keepWebhookDuringMigration adds the Genesys source and keeps every webhook resource", () => {
        const change = diff(customResourceSet(webhook), customResourceSet(saasDuringMigration));
        expect(change.created).toEqual([`${RESOURCE_TYPES.integration} handover-eventbridge-source`]);
        expect(change.deleted).toEqual([]);
        expect(change.kept).toEqual(customResourceSet(webhook));
    });

    test("saas, step 2 of 2: once Cognigy support confirms, removing the flag only deletes the webhook path", () => {
        const change = diff(customResourceSet(saasDuringMigration), customResourceSet(saas));
        expect(change.created).toEqual([]);
        expect(change.deleted).toEqual(customResourceSet(webhook));
    });
});
