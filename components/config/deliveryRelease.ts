import { ConfigReader } from "./configReader";
import { acceptsNewWebhookSetup, CognigyRelease, FIRST_EVENTBRIDGE_RELEASE, formatRelease, LAST_NEW_WEBHOOK_RELEASE, parseCognigyRelease, supportsEventBridge } from "@cognigy-handover/contract";

/**
 * Which delivery path a stack may use is decided by its Cognigy.AI release, so the release is required for every
 * stack. Cognigy's webhook guide: the HTTP-webhook setup is for 4.99 and earlier; from 4.100 it keeps working only
 * if it was set up before the update. A fresh webhook setup on a newer release deploys cleanly and Cognigy never
 * acts on it, so that combination is a configuration error unless the stack states that its setup predates 4.100.
 */

export const DELIVERIES = ["webhook", "eventbridge"] as const;
export type Delivery = (typeof DELIVERIES)[number];

/** The docs/ pages the messages point to; a test checks that each exists and covers the setting it is cited for. */
export const DELIVERY_DOCS_PAGE = "docs/delivery-and-cognigy-releases.md";
export const EVENTBRIDGE_DOCS_PAGE = "docs/eventbridge-migration.md";

export const PRE_EXISTING_WEBHOOK_KEY = "webhookSetupPredates4100";

export interface DeliveryChoice {
    readonly delivery: Delivery;
    /** undefined when missing or invalid (a problem is recorded). */
    readonly release?: CognigyRelease;
    /** The stack's webhook setup was deployed before Cognigy.AI was updated to 4.100 (the migration path). */
    readonly webhookSetupPredates4100: boolean;
}

export function readDeliveryChoice(reader: ConfigReader): DeliveryChoice {
    const delivery = reader.oneOf("delivery", DELIVERIES, "webhook");
    const release = readCognigyRelease(reader, delivery);
    const webhookSetupPredates4100 = reader.optionalBoolean(PRE_EXISTING_WEBHOOK_KEY) ?? false;
    return { delivery, release, webhookSetupPredates4100 };
}

function readCognigyRelease(reader: ConfigReader, delivery: Delivery): CognigyRelease | undefined {
    const key = "cognigyRelease";
    const example = delivery === "eventbridge" ? "2025.22" : formatRelease(LAST_NEW_WEBHOOK_RELEASE);
    const text = reader.requiredString(
        key,
        example,
        `set it to your Cognigy.AI release: the delivery that works depends on it (webhook: Cognigy.AI ${formatRelease(LAST_NEW_WEBHOOK_RELEASE)} and earlier; ` +
            `eventbridge: ${formatRelease(FIRST_EVENTBRIDGE_RELEASE)} and later; see ${DELIVERY_DOCS_PAGE})`,
    );
    if (text === undefined) {
        return undefined;
    }
    const release = parseCognigyRelease(text);
    if (release === undefined) {
        reader.problem(key, `"${text}" is not a Cognigy.AI release such as 4.99, 4.100 or 2025.22. Fix: ${reader.setCommand(key, example)}`);
    }
    return release;
}

/**
 * Checks the delivery against the release once the whole configuration is read. `webhookDeployed` is true for
 * delivery webhook and during a migration overlap (delivery eventbridge with keepWebhookDuringMigration).
 */
export function checkDeliveryAgainstRelease(reader: ConfigReader, choice: DeliveryChoice, webhookDeployed: boolean): void {
    const stack = reader.source.stack;
    const { delivery, release } = choice;
    if (choice.webhookSetupPredates4100 && !webhookDeployed) {
        reader.problem(
            PRE_EXISTING_WEBHOOK_KEY,
            `only applies to a stack that deploys the webhook path (delivery webhook, or keepWebhookDuringMigration while moving to eventbridge). ` +
                `Fix: pulumi config rm ${PRE_EXISTING_WEBHOOK_KEY} -s ${stack}`,
        );
    }
    if (release === undefined) {
        return;
    }
    if (delivery === "eventbridge" && !supportsEventBridge(release)) {
        reader.problem(
            "cognigyRelease",
            `Cognigy.AI ${release.text} predates EventBridge delivery (${formatRelease(FIRST_EVENTBRIDGE_RELEASE)} and later). ` +
                `Fix: pulumi config set delivery webhook -s ${stack}`,
        );
        return;
    }
    if (delivery === "webhook" && !acceptsNewWebhookSetup(release) && !choice.webhookSetupPredates4100) {
        reader.problem(
            "delivery",
            `"webhook" does not work for a new setup on Cognigy.AI ${release.text} (cognigyRelease): from ${formatRelease(FIRST_EVENTBRIDGE_RELEASE)} on, ` +
                `Cognigy acts on the HTTP-webhook setup only if it existed before the update, so this stack would deploy and no handover would ever end. ` +
                `Fix: pulumi config set delivery eventbridge -s ${stack} and set the EventBridge keys (see ${EVENTBRIDGE_DOCS_PAGE}); ` +
                `or, only if this stack's webhook setup was deployed before Cognigy.AI was updated to ${formatRelease(FIRST_EVENTBRIDGE_RELEASE)}: ` +
                `pulumi config set ${PRE_EXISTING_WEBHOOK_KEY} true -s ${stack} (see ${DELIVERY_DOCS_PAGE})`,
        );
    }
}
