/**
 * Rule: an Amazon EventBridge Source sends data out of Genesys only to an AWS account the operator accepted by name.
 * Genesys filters EventBridge events by topic only (the integration's Topic Filtering, `eventFilter`), so every
 * conversation's event on those topics leaves the org, whatever its media type: voice calls and their participants'
 * addresses (phone numbers) included; on Cognigy SaaS, into Cognigy's AWS account. Only the AWS side narrows them to
 * Open Messaging. The operator accepts that per stack by listing the account in `acceptedAwsAccounts`.
 */
import type { PolicyConfigSchema, ResourceValidationPolicy } from "@pulumi/policy";
import { ALL_EVENTS, INTEGRATION_TYPE, INTEGRATION_TYPE_EVENTBRIDGE, isRecord, parseEventBridgeSourceProperties } from "@cognigy-handover/contract";
import { describeResource, quoteAll, stringListSetting } from "./policySupport";

export const EVENTBRIDGE_EGRESS_ACCEPTED = "eventbridge-egress-accepted";

const configSchema: PolicyConfigSchema = {
    properties: {
        acceptedAwsAccounts: {
            type: "array",
            items: { type: "string", pattern: "^[0-9]{12}$" },
            default: [],
            description:
                "AWS account ids the operator accepts as recipients of every conversation's events on the EventBridge topics " +
                "(all media types, voice included). Empty: no EventBridge source may be deployed.",
        },
    },
};

export const eventbridgeEgressAccepted: ResourceValidationPolicy = {
    name: EVENTBRIDGE_EGRESS_ACCEPTED,
    description:
        "An Amazon EventBridge Source sends every conversation's events on its topics (all media types, voice included) out of Genesys: " +
        "only to an AWS account listed in acceptedAwsAccounts.",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema,
    validateResource: (args, reportViolation) => {
        if (args.type !== INTEGRATION_TYPE || args.props["integrationType"] !== INTEGRATION_TYPE_EVENTBRIDGE) {
            return args.notApplicable(`Only applies to ${INTEGRATION_TYPE} of type ${INTEGRATION_TYPE_EVENTBRIDGE}`);
        }
        const accepted = stringListSetting(EVENTBRIDGE_EGRESS_ACCEPTED, args.getConfig<Record<string, unknown>>(), "acceptedAwsAccounts");
        const config = isRecord(args.props["config"]) ? args.props["config"] : {};
        const integration = describeResource("EventBridge source", args.name, config);
        const parsed = parseEventBridgeSourceProperties(config["properties"]);
        if ("problem" in parsed) {
            // eventbridge-source-topics reports unreadable properties; nothing is known to leave.
            return;
        }
        if (accepted.includes(parsed.awsAccountId)) {
            return;
        }
        const events = parsed.eventFilter.map((topic) => ALL_EVENTS.find((event) => event.topic === topic)?.name ?? topic).join(", ");
        reportViolation(
            `${integration} sends every conversation's ${events} in this org (all media types, voice calls included, with participants' ` +
                `addresses such as phone numbers) to AWS account ${parsed.awsAccountId} (${parsed.awsAccountRegion}); Genesys filters only by topic. ` +
                `Accept it explicitly: add "${parsed.awsAccountId}" to acceptedAwsAccounts of ${EVENTBRIDGE_EGRESS_ACCEPTED} in the stack's policy config ` +
                `(accepted now: ${accepted.length === 0 ? "none" : quoteAll(accepted)}; docs/eventbridge-migration.md, "What leaves Genesys").`,
        );
    },
};
