/**
 * The committed stack files describe coherent, real scenarios, and each stack's policy config says the same
 * thing as its stack file.
 */
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { acceptsNewWebhookSetup } from "@cognigy-handover/contract";
import { HandoverSettings } from "../components/settings";
import { PROJECT_DIR, stackFileSettings } from "./helpers/stackFileSettings";

const STACKS = fs
    .readdirSync(PROJECT_DIR)
    .map((file) => /^Pulumi\.(.+)\.yaml$/.exec(file)?.[1])
    .filter((stack): stack is string => stack !== undefined)
    .sort();

function policyConfig(stack: string): Record<string, unknown> | undefined {
    const file = path.join(PROJECT_DIR, "policy", "config", `${stack}.json`);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : undefined;
}

function section(stack: string, policy: string): Record<string, unknown> {
    const value = policyConfig(stack)?.[policy];
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
}

function rawStackFile(stack: string): Record<string, unknown> {
    return (parse(fs.readFileSync(path.join(PROJECT_DIR, `Pulumi.${stack}.yaml`), "utf8")) as { config: Record<string, unknown> }).config;
}

const settings = new Map<string, HandoverSettings>(STACKS.map((stack) => [stack, stackFileSettings(stack)]));

test("the committed stacks are the two environments and three examples", () => {
    expect(STACKS).toEqual(["dev", "example-onprem", "example-proxy", "example-saas", "prod"]);
});

describe.each(STACKS)("Pulumi.%s.yaml", (stack) => {
    const stackSettings = () => settings.get(stack) as HandoverSettings;

    test("keeps late handover ends: no event TTL", () => {
        expect(stackSettings().triggers.eventTtlSeconds).toBeUndefined();
        expect(Object.keys(rawStackFile(stack)).filter((key) => /ttl/i.test(key))).toEqual([]);
    });

    test("uses a delivery its Cognigy release supports, with a fresh webhook setup only up to 4.99", () => {
        const { delivery, cognigyRelease } = stackSettings();
        expect([stack, delivery === "eventbridge" || acceptsNewWebhookSetup(cognigyRelease)]).toEqual([stack, true]);
    });

    test("points its policy config at the same Cognigy release", () => {
        const topics = section(stack, "eventbridge-source-topics");
        const { delivery, cognigyRelease, eventbridge } = stackSettings();
        if (delivery === "eventbridge") {
            expect(topics).toEqual({ cognigyRelease: cognigyRelease.text, includeUserStartEvent: eventbridge?.events.some((event) => event.name === "UserStartEvent") });
        } else {
            expect(topics).toEqual({});
        }
    });

    test("scopes its enabled triggers by queue when its policy config says the org is shared", () => {
        const shared = section(stack, "trigger-scoped-in-shared-org")["sharedOrg"] === true;
        const { delivery, triggers } = stackSettings();
        if (shared && delivery === "webhook") {
            expect([stack, triggers.queueIds !== undefined || !triggers.enabled]).toEqual([stack, true]);
        }
    });
});

test("dev and prod share one Genesys org, both say so to the policy pack, and hand over to distinct queues", () => {
    const dev = settings.get("dev") as HandoverSettings;
    const prod = settings.get("prod") as HandoverSettings;
    expect(dev.genesysRegion).toBe(prod.genesysRegion);
    expect([section("dev", "trigger-scoped-in-shared-org"), section("prod", "trigger-scoped-in-shared-org")]).toEqual([{ sharedOrg: true }, { sharedOrg: true }]);
    expect(dev.triggers.queueIds).toHaveLength(1);
    expect(prod.triggers.queueIds).toHaveLength(1);
    expect((dev.triggers.queueIds ?? []).filter((id) => prod.triggers.queueIds?.includes(id))).toEqual([]);
    expect([dev.nameSuffix, prod.nameSuffix]).toEqual([" (dev)", ""]);
});

test("no committed stack creates a webhook setup against Cognigy's shared SaaS, which runs releases past 4.99", () => {
    for (const [stack, stackSettings] of settings) {
        if (stackSettings.delivery === "webhook") {
            expect([stack, stackSettings.cognigyEndpoint]).not.toEqual([stack, "https://endpoint-app.cognigy.ai"]);
        }
    }
});
