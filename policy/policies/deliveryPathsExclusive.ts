/**
 * Stack rule: a stack runs one delivery path. Webhook triggers/data actions next to an active Amazon
 * EventBridge Source deliver every handover end to Cognigy twice.
 *
 * A migration may need both for a bounded time (SaaS: until Cognigy support has attached the new partner
 * event source, see docs/eventbridge-migration.md, "Migrating a stack from webhooks"). That is a reviewed exception in the
 * policy configuration (`allowMigrationOverlap: true`), never something a stack can switch on by itself.
 */
import type { PolicyConfigSchema, PolicyResource, StackValidationPolicy } from "@pulumi/policy";
import {
    INTEGRATION_ACTION_TYPE,
    INTEGRATION_TYPE,
    INTEGRATION_TYPE_EVENTBRIDGE,
    PROCESS_AUTOMATION_TRIGGER_TYPE,
} from "@cognigy-handover/contract";
import { booleanSetting } from "./policySupport";

export const DELIVERY_PATHS_EXCLUSIVE = "delivery-paths-exclusive";

const configSchema: PolicyConfigSchema = {
    properties: {
        allowMigrationOverlap: {
            type: "boolean",
            default: false,
            description:
                "Temporarily allow the webhook path next to an active EventBridge source while Cognigy confirms EventBridge delivery. " +
                "Set only for the migration window, with the stack's keepWebhookDuringMigration; remove right after.",
        },
    },
};

const WEBHOOK_DELIVERY_TYPES: readonly string[] = [PROCESS_AUTOMATION_TRIGGER_TYPE, INTEGRATION_ACTION_TYPE];

/** The provider's default intendedState is DISABLED: an inactive source forwards nothing. */
function isActiveEventBridgeSource(resource: PolicyResource): boolean {
    return (
        resource.type === INTEGRATION_TYPE &&
        resource.props["integrationType"] === INTEGRATION_TYPE_EVENTBRIDGE &&
        resource.props["intendedState"] === "ENABLED"
    );
}

export const deliveryPathsExclusive: StackValidationPolicy = {
    name: DELIVERY_PATHS_EXCLUSIVE,
    description:
        "A stack must not run the webhook delivery (triggers, Send Event data action) and an active Amazon EventBridge Source at once: " +
        "Cognigy would receive every handover end twice.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema,
    validateStack: (args, reportViolation) => {
        const settings = args.getConfig<Record<string, unknown>>();
        if (booleanSetting(DELIVERY_PATHS_EXCLUSIVE, settings, "allowMigrationOverlap")) {
            return;
        }
        const sources = args.resources.filter(isActiveEventBridgeSource);
        const webhook = args.resources.filter((resource) => WEBHOOK_DELIVERY_TYPES.includes(resource.type));
        if (sources.length === 0 || webhook.length === 0) {
            return;
        }
        const names = (resources: PolicyResource[]) => resources.map((resource) => resource.name).join(", ");
        reportViolation(
            `The stack runs both delivery paths, so Cognigy receives every handover end twice: EventBridge source ${names(sources)} ` +
                `and webhook resources ${names(webhook)}. Set delivery to exactly one of webhook or eventbridge ` +
                `(pulumi config set delivery eventbridge, without keepWebhookDuringMigration); for a reviewed migration window set ` +
                `"${DELIVERY_PATHS_EXCLUSIVE}": { "allowMigrationOverlap": true } in the policy config and remove it afterwards.`,
        );
    },
};
