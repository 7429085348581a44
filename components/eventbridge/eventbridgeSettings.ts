import { ConfigReader } from "../config/configReader";
import { SecretValue } from "../config/secretValue";
import { CognigyRelease, eventBridgeEventsFor, FIRST_USER_START_RELEASE, formatRelease, HandoverEvent, supportsEventBridge, supportsUserStartEvent } from "@cognigy-handover/contract";

export const EVENTBRIDGE_HOSTINGS = ["saas", "onprem"] as const;
export type EventBridgeHosting = (typeof EVENTBRIDGE_HOSTINGS)[number];

/** How long and how often EventBridge retries a delivery Cognigy did not accept, before dead-lettering it. */
export interface DeliveryRetryPolicy {
    readonly maximumEventAgeSeconds: number;
    readonly maximumRetryAttempts: number;
}

export interface OnPremEventBridgeSettings {
    /** The Authorization header value the API destination sends and Cognigy's handover service checks. */
    readonly apiKey: SecretValue;
    readonly rateLimitPerSecond: number;
    readonly retryPolicy: DeliveryRetryPolicy;
    /** SNS topic for the dead-letter queue depth alarm; no alarm without it. */
    readonly alarmTopicArn?: string;
}

export interface EventBridgeSettings {
    readonly release: CognigyRelease;
    /** Derived from the release: the Genesys source's topic filter. */
    readonly events: readonly HandoverEvent[];
    /** The Cognigy `organisationId`, used as the Genesys event source suffix. */
    readonly organisationId: string;
    readonly hosting: EventBridgeHosting;
    readonly awsAccountId: string;
    readonly awsRegion: string;
    /** Only for `onprem`: the AWS side this stack creates. */
    readonly onPrem?: OnPremEventBridgeSettings;
    /**
     * Migration only: keep the webhook path deployed next to the EventBridge source until Cognigy confirms
     * EventBridge delivery (SaaS: Cognigy support must first attach the new partner event source). Both paths
     * then deliver; the pack's no-double-delivery policy must be waived for that window.
     */
    readonly keepWebhookDuringMigration: boolean;
}

/** Cognigy's guide: 300 invocations per second. */
export const DEFAULT_API_DESTINATION_RATE_LIMIT = 300;
/**
 * An hour: long enough to ride out a Cognigy restart or deployment (EventBridge retries with backoff and
 * also on 401, so even a late Kubernetes secret loses nothing), short enough that a handover end is not
 * applied to a conversation that has long moved on. Older failures wait 14 days in the dead-letter queue.
 */
export const DEFAULT_MAXIMUM_EVENT_AGE_SECONDS = 3600;
/** EventBridge's own maximum; the event age above is what really ends the retries. */
export const DEFAULT_MAXIMUM_RETRY_ATTEMPTS = 185;
/** EventBridge target limits (PutTargets RetryPolicy). */
export const RETRY_LIMITS = { eventAgeMin: 60, eventAgeMax: 86400, attemptsMin: 0, attemptsMax: 185 } as const;
/** A shorter key is guessable; Cognigy asks for 23 random characters, base64-encoded (32 characters). */
const MIN_API_KEY_LENGTH = 16;
const ORGANISATION_ID = /^[A-Za-z0-9._-]{1,64}$/;
const AWS_ACCOUNT_ID = /^\d{12}$/;
const AWS_REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;
const SNS_TOPIC_ARN = /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/;

/**
 * `release` is the stack's `cognigyRelease`, read (and checked against the delivery) with the other stack
 * settings; undefined when it is missing or invalid, which is reported there.
 */
export function readEventBridgeSettings(reader: ConfigReader, release: CognigyRelease | undefined): EventBridgeSettings | undefined {
    const stack = reader.source.stack;
    const includeUserStartEvent = reader.optionalBoolean("includeUserStartEvent") ?? false;
    if (includeUserStartEvent && release !== undefined && !supportsUserStartEvent(release)) {
        reader.problem(
            "includeUserStartEvent",
            `needs Cognigy.AI ${formatRelease(FIRST_USER_START_RELEASE)} or later, but cognigyRelease is ${release.text}. ` +
                `Fix: pulumi config rm includeUserStartEvent -s ${stack}`,
        );
    }
    const organisationId = reader.requiredString(
        "cognigyOrganisationId",
        "<organisationId from Cognigy.AI>",
        "it is the suffix of the Genesys event source Cognigy listens to",
    );
    if (organisationId !== undefined && !ORGANISATION_ID.test(organisationId)) {
        reader.problem(
            "cognigyOrganisationId",
            `"${organisationId}" must be 1 to 64 characters of letters, digits, ".", "-" and "_" (Genesys event source suffix). ` +
                `Fix: ${reader.setCommand("cognigyOrganisationId", "<organisationId from Cognigy.AI>")}`,
        );
    }
    const hosting = readHosting(reader);
    const whose =
        hosting === "saas"
            ? "given by Cognigy technical support"
            : hosting === "onprem"
              ? "of your own AWS account that receives the events"
              : "that receives the events (Cognigy support's for saas, your own for onprem)";
    const awsAccountId = reader.requiredString("eventbridgeAwsAccountId", "123456789012", `the AWS account ${whose}`);
    if (awsAccountId !== undefined && !AWS_ACCOUNT_ID.test(awsAccountId)) {
        reader.problem(
            "eventbridgeAwsAccountId",
            `"${awsAccountId}" must be the 12-digit AWS account id ${whose}. Fix: ${reader.setCommand("eventbridgeAwsAccountId", "123456789012")}`,
        );
    }
    const awsRegion = reader.requiredString("eventbridgeAwsRegion", "eu-central-1", `the AWS region ${whose}`);
    if (awsRegion !== undefined && !AWS_REGION.test(awsRegion)) {
        reader.problem(
            "eventbridgeAwsRegion",
            `"${awsRegion}" is not an AWS region id. Fix: ${reader.setCommand("eventbridgeAwsRegion", "eu-central-1")}`,
        );
    }
    const onPrem = readOnPrem(reader, hosting === "onprem");
    const keepWebhookDuringMigration = reader.optionalBoolean("keepWebhookDuringMigration") ?? false;

    const valid =
        release !== undefined &&
        supportsEventBridge(release) &&
        hosting !== undefined &&
        organisationId !== undefined &&
        ORGANISATION_ID.test(organisationId) &&
        awsAccountId !== undefined &&
        AWS_ACCOUNT_ID.test(awsAccountId) &&
        awsRegion !== undefined &&
        AWS_REGION.test(awsRegion) &&
        (hosting === "saas" || onPrem !== undefined);
    if (!valid) {
        return undefined;
    }
    return {
        release,
        events: eventBridgeEventsFor(release, includeUserStartEvent),
        organisationId,
        hosting,
        awsAccountId,
        awsRegion,
        onPrem,
        keepWebhookDuringMigration,
    };
}

/**
 * No default: a self-hosted stack that silently became `saas` would point Genesys at its own account and
 * build no bus, and a SaaS stack that became `onprem` would try to build Cognigy's side in the wrong account.
 */
function readHosting(reader: ConfigReader): EventBridgeHosting | undefined {
    const key = "eventbridgeHosting";
    const value = reader.requiredString(key, "saas", `"saas" (Cognigy runs the AWS side) or "onprem" (this stack builds it in your AWS account)`);
    if (value === undefined) {
        return undefined;
    }
    if (!(EVENTBRIDGE_HOSTINGS as readonly string[]).includes(value)) {
        reader.problem(key, `"${value}" is not one of "saas", "onprem". Fix: ${reader.setCommand(key, "saas")} (or onprem for self-hosted Cognigy)`);
        return undefined;
    }
    return value as EventBridgeHosting;
}

function readOnPrem(reader: ConfigReader, onPrem: boolean): OnPremEventBridgeSettings | undefined {
    const requirement = "to self-hosted Cognigy (eventbridgeHosting: onprem)";
    reader.rejectUnless(onPrem, "eventbridgeApiKey", requirement);
    reader.rejectUnless(onPrem, "eventbridgeRateLimitPerSecond", requirement);
    reader.rejectUnless(onPrem, "eventbridgeAlarmTopicArn", requirement);
    reader.rejectUnless(onPrem, "eventbridgeMaximumEventAgeSeconds", requirement);
    reader.rejectUnless(onPrem, "eventbridgeMaximumRetryAttempts", requirement);
    if (!onPrem) {
        return undefined;
    }
    const apiKey = reader.requiredSecret(
        "eventbridgeApiKey",
        "$(openssl rand -hex 12 | base64)",
        "the API destination authenticates to Cognigy's handover service with it",
    );
    if (apiKey !== undefined && (apiKey.reveal().length < MIN_API_KEY_LENGTH || /\s/.test(apiKey.reveal()))) {
        reader.problem(
            "eventbridgeApiKey",
            `must be at least ${MIN_API_KEY_LENGTH} characters without spaces (value not shown). ` +
                `Fix: ${reader.setCommand("eventbridgeApiKey", "$(openssl rand -hex 12 | base64)", true)}`,
        );
    }
    const rateLimitPerSecond = reader.integer("eventbridgeRateLimitPerSecond", { min: 1, max: 300 }, DEFAULT_API_DESTINATION_RATE_LIMIT);
    const retryPolicy: DeliveryRetryPolicy = {
        maximumEventAgeSeconds: reader.integer(
            "eventbridgeMaximumEventAgeSeconds",
            { min: RETRY_LIMITS.eventAgeMin, max: RETRY_LIMITS.eventAgeMax },
            DEFAULT_MAXIMUM_EVENT_AGE_SECONDS,
        ),
        maximumRetryAttempts: reader.integer(
            "eventbridgeMaximumRetryAttempts",
            { min: RETRY_LIMITS.attemptsMin, max: RETRY_LIMITS.attemptsMax },
            DEFAULT_MAXIMUM_RETRY_ATTEMPTS,
        ),
    };
    const alarmTopicArn = reader.optionalString("eventbridgeAlarmTopicArn");
    if (alarmTopicArn !== undefined && !SNS_TOPIC_ARN.test(alarmTopicArn)) {
        reader.problem(
            "eventbridgeAlarmTopicArn",
            `"${alarmTopicArn}" is not an SNS topic ARN. Fix: ${reader.setCommand("eventbridgeAlarmTopicArn", "arn:aws:sns:eu-central-1:123456789012:ops-alerts")}`,
        );
    }
    const keyValid = apiKey !== undefined && apiKey.reveal().length >= MIN_API_KEY_LENGTH && !/\s/.test(apiKey.reveal());
    const alarmValid = alarmTopicArn === undefined || SNS_TOPIC_ARN.test(alarmTopicArn);
    return keyValid && alarmValid ? { apiKey, rateLimitPerSecond, retryPolicy, alarmTopicArn } : undefined;
}
