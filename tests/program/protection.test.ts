/**
 * Protection is set once, on the top component (index.ts passes `stackComponentOptions`), and every Genesys and
 * AWS resource inherits it through `{ parent: this }` (@pulumi/pulumi resource.ts: a child without its own
 * `protect` takes its parent's). Read from the registration requests the engine receives, so a child that
 * opted out, or a component that stopped passing itself as parent, fails here.
 */
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { WEBHOOK_CONFIG, ONPREM_CONFIG, registerStack, SAAS_CONFIG } from "../eventbridge/registeredStack";

const VARIANTS: readonly [string, Readonly<Record<string, string>>, readonly string[]][] = [
    [
        "webhook delivery with a proxy credential",
        { ...WEBHOOK_CONFIG, credentialType: "basicAuth", basicAuthUsername: "genesys-data-actions", basicAuthPassword: "not-a-real-password" },
        ["basicAuthPassword"],
    ],
    ["on-prem EventBridge delivery", ONPREM_CONFIG, ["eventbridgeApiKey"]],
    ["SaaS EventBridge delivery during the webhook migration", { ...SAAS_CONFIG, keepWebhookDuringMigration: "true" }, []],
];

/** What lands in Genesys or AWS: custom resources other than the providers themselves. */
function cloudResources(resources: readonly PlannedResource[]): PlannedResource[] {
    return resources.filter((resource) => resource.custom && !resource.type.startsWith("pulumi:providers:"));
}

describe.each(VARIANTS)("protection of the %s", (_variant, config, secretKeys) => {
    test("a prod stack protects every Genesys and AWS resource", async () => {
        const resources = cloudResources(await registerStack(config, secretKeys, "prod"));
        expect(resources.length).toBeGreaterThan(0);
        expect(resources.filter((resource) => !resource.protect).map((resource) => `${resource.type} ${resource.name}`)).toEqual([]);
    });

    test("a dev stack protects none of them", async () => {
        const resources = cloudResources(await registerStack(config, secretKeys, "dev"));
        expect(resources.filter((resource) => resource.protect).map((resource) => `${resource.type} ${resource.name}`)).toEqual([]);
    });
});

test("the on-prem variant really covers both clouds", async () => {
    const types = cloudResources(await registerStack(ONPREM_CONFIG, ["eventbridgeApiKey"], "prod")).map((resource) => resource.type.split(":")[0]);
    expect([...new Set(types)].sort()).toEqual(["aws", "genesyscloud"]);
});
