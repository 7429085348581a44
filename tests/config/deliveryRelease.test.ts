import { ConfigurationError } from "../../components/config/configReader";
import { DELIVERY_DOCS_PAGE, EVENTBRIDGE_DOCS_PAGE } from "../../components/config/deliveryRelease";
import { acceptsNewWebhookSetup, parseCognigyRelease } from "@cognigy-handover/contract";
import { HandoverSettings, loadSettingsFrom } from "../../components/settings";
import { SAAS_CONFIG } from "../helpers/stackConfigs";
import { memoryConfigSource, VALID_WEBHOOK_CONFIG } from "../helpers/memoryConfigSource";
import * as fs from "fs";
import * as path from "path";

function load(values: Record<string, string | undefined>, stack = "prod"): HandoverSettings {
    return loadSettingsFrom(memoryConfigSource(stack, values));
}

function problemsOf(values: Record<string, string | undefined>, stack = "prod"): string[] {
    try {
        load(values, stack);
    } catch (error) {
        if (error instanceof ConfigurationError) {
            return error.problems.map((problem) => `${problem.key}: ${problem.message}`);
        }
        throw error;
    }
    throw new Error("configuration was accepted");
}

describe("delivery checked against the Cognigy release", () => {
    test("4.99 is the last release for a new webhook setup", () => {
        const release = (text: string) => parseCognigyRelease(text) ?? { major: 0, minor: 0, text };
        expect(["4.5", "4.98", "4.99"].map((text) => acceptsNewWebhookSetup(release(text)))).toEqual([true, true, true]);
        expect(["4.100", "2025.1", "2025.22"].map((text) => acceptsNewWebhookSetup(release(text)))).toEqual([false, false, false]);
    });

    test("cognigyRelease is required for every stack, webhook too", () => {
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, cognigyRelease: undefined })).toEqual([
            `cognigyRelease: is not set; set it to your Cognigy.AI release: the delivery that works depends on it (webhook: Cognigy.AI 4.99 and earlier; ` +
                `eventbridge: 4.100 and later; see ${DELIVERY_DOCS_PAGE}). Fix: pulumi config set cognigyRelease 4.99 -s prod`,
        ]);
    });

    test("webhook on 4.99 or earlier: a new setup is what Cognigy expects", () => {
        for (const release of ["4.99", "4.90"]) {
            const settings = load({ ...VALID_WEBHOOK_CONFIG, cognigyRelease: release });
            expect([settings.delivery, settings.cognigyRelease.text, settings.webhookSetupPredates4100]).toEqual(["webhook", release, false]);
        }
    });

    test.each(["4.100", "2025.11", "2025.22"])("a new webhook setup on %s is an error that names eventbridge, the README section and the migration flag", (release) => {
        const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, cognigyRelease: release });
        expect(problems).toEqual([
            `delivery: "webhook" does not work for a new setup on Cognigy.AI ${release} (cognigyRelease): from 4.100 on, Cognigy acts on the ` +
                `HTTP-webhook setup only if it existed before the update, so this stack would deploy and no handover would ever end. ` +
                `Fix: pulumi config set delivery eventbridge -s prod and set the EventBridge keys (see ${EVENTBRIDGE_DOCS_PAGE}); ` +
                `or, only if this stack's webhook setup was deployed before Cognigy.AI was updated to 4.100: ` +
                `pulumi config set webhookSetupPredates4100 true -s prod (see ${DELIVERY_DOCS_PAGE})`,
        ]);
    });

    test("webhook on 4.100+ is accepted when the stack says its setup predates the update (the migration path)", () => {
        const settings = load({ ...VALID_WEBHOOK_CONFIG, cognigyRelease: "2025.22", webhookSetupPredates4100: "true" });
        expect([settings.delivery, settings.cognigyRelease.text, settings.webhookSetupPredates4100]).toEqual(["webhook", "2025.22", true]);
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, cognigyRelease: "2025.22", webhookSetupPredates4100: "false" })[0]).toMatch(/^delivery: "webhook" does not work/);
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, cognigyRelease: "2025.22", webhookSetupPredates4100: "yes" })).toEqual([
            'webhookSetupPredates4100: "yes" must be true or false. Fix: pulumi config set webhookSetupPredates4100 true -s prod',
            expect.stringMatching(/^delivery: "webhook" does not work/),
        ]);
    });

    test("the flag may stay while the webhook path is kept during the move to EventBridge, not after", () => {
        const migrating = load({ ...SAAS_CONFIG, keepWebhookDuringMigration: "true", webhookSetupPredates4100: "true" });
        expect([migrating.delivery, migrating.eventbridge?.keepWebhookDuringMigration]).toEqual(["eventbridge", true]);
        expect(problemsOf({ ...SAAS_CONFIG, webhookSetupPredates4100: "true" })).toEqual([
            "webhookSetupPredates4100: only applies to a stack that deploys the webhook path (delivery webhook, or keepWebhookDuringMigration " +
                "while moving to eventbridge). Fix: pulumi config rm webhookSetupPredates4100 -s prod",
        ]);
        // Declared with a default in Pulumi.yaml, so the CLI always passes it: false must be accepted everywhere.
        expect(load({ ...SAAS_CONFIG, webhookSetupPredates4100: "false" }).delivery).toBe("eventbridge");
    });

    test("EventBridge needs 4.100 or later", () => {
        expect(problemsOf({ ...SAAS_CONFIG, cognigyRelease: "4.99", includeUserStartEvent: undefined })).toEqual([
            "cognigyRelease: Cognigy.AI 4.99 predates EventBridge delivery (4.100 and later). Fix: pulumi config set delivery webhook -s prod",
        ]);
    });

    test("EventBridge keys on a webhook stack are reported, not ignored", () => {
        const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, cognigyOrganisationId: "org-1", eventbridgeApiKey: "k", includeUserStartEvent: "true" });
        expect(problems).toEqual([
            "cognigyOrganisationId: is set but only applies to the EventBridge delivery (delivery: eventbridge). Fix: pulumi config rm cognigyOrganisationId -s prod",
            "eventbridgeApiKey: is set but only applies to the EventBridge delivery (delivery: eventbridge). Fix: pulumi config rm eventbridgeApiKey -s prod",
            "includeUserStartEvent: only applies to the EventBridge delivery (delivery: eventbridge). Fix: pulumi config rm includeUserStartEvent -s prod",
        ]);
        expect(load({ ...VALID_WEBHOOK_CONFIG, includeUserStartEvent: "false" }).delivery).toBe("webhook");
    });

    test("the docs pages the messages point to exist and explain what the messages send the reader there for", () => {
        const pages: [string, string[]][] = [
            [DELIVERY_DOCS_PAGE, ["# Delivery and Cognigy release", "`webhookSetupPredates4100`", "`cognigyRelease`"]],
            [EVENTBRIDGE_DOCS_PAGE, ["# EventBridge delivery and migrating from webhooks", "`eventbridgeHosting saas`", "## Migrating a stack from webhooks"]],
        ];
        for (const [page, facts] of pages) {
            const text = fs.readFileSync(path.join(__dirname, "..", "..", page), "utf8");
            expect([page, facts.filter((fact) => !text.includes(fact))]).toEqual([page, []]);
        }
    });
});
