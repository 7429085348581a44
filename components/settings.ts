import { ConfigReader, ConfigSource, ConfigurationError } from "./config/configReader";
import { checkDeliveryAgainstRelease, Delivery, DELIVERIES, readDeliveryChoice } from "./config/deliveryRelease";
import { readHandoverQueueIds } from "./config/handoverQueueIds";
import { EVENTBRIDGE_ONLY_KEYS, reportUnknownKeys } from "./config/knownKeys";
import { refuseCredentialsInStackConfig } from "./config/deployCredentials";
import { pulumiConfigSource } from "./config/pulumiConfigSource";
import { readWorkflowLogLevel, WorkflowLogLevel } from "./config/workflowLogLevel";
import { SecretValue } from "./config/secretValue";
import { COGNIGY_HANDOVER_PATH, CognigyRelease, LIMITS, maskUrlCredentials, WEBHOOK_EVENTS } from "@cognigy-handover/contract";
import { refuseUnsafeText, unsafeEndpointProblem } from "./config/unsafeInput";
import { GENESYS_REGIONS } from "./genesysRegions";
import { genesysName } from "./names";
import { flowNameProblem } from "./webhook/publishedWorkflowName";
import { EventBridgeSettings, readEventBridgeSettings } from "./eventbridge/eventbridgeSettings";

/**
 * The stack's configuration as one validated, typed object. Everything the components need comes from
 * here; nothing else reads stack configuration. Validation runs before any resource is declared and
 * reports every problem at once.
 */

export type { Delivery };
export { DELIVERIES };

export const CREDENTIAL_TYPES = ["none", "basicAuth", "userDefined"] as const;
export type CredentialType = (typeof CREDENTIAL_TYPES)[number];

export type CredentialSettings =
    | { readonly type: "basicAuth"; readonly username: string; readonly password: SecretValue }
    | { readonly type: "userDefined"; readonly fields: Readonly<Record<string, SecretValue>> };

export interface TriggerTiming {
    readonly eventTtlSeconds?: number;
    readonly delayBySeconds?: number;
}

export interface TriggerSettings extends TriggerTiming {
    /** false keeps a stack's triggers switched off, e.g. a dev stack in an org shared with prod. */
    readonly enabled: boolean;
    /** When set, the triggers also require the event's queueId to be one of these (`handoverQueueIds`). */
    readonly queueIds?: readonly string[];
}

export interface HandoverSettings {
    readonly stack: string;
    readonly delivery: Delivery;
    /** The Cognigy.AI release the delivery was checked against. */
    readonly cognigyRelease: CognigyRelease;
    /** Webhook on Cognigy.AI 4.100+: the stack's webhook setup was deployed before that update (`webhookSetupPredates4100`). */
    readonly webhookSetupPredates4100: boolean;
    /** `https://<host>` with nothing after the host. */
    readonly cognigyEndpoint: string;
    /** Where Genesys sends the events: `<cognigyEndpoint>/handover/genesysCloudOM`. */
    readonly handoverUrl: string;
    readonly genesysRegion: string;
    /** Appended to every Genesys name; empty for the stack that owns the org. */
    readonly nameSuffix: string;
    readonly architectDivision: string;
    readonly triggers: TriggerSettings;
    readonly dataActionTimeoutSeconds: number;
    /** The handover workflows' log level (`workflowLogLevel`); unset declares none. */
    readonly workflowLogLevel?: WorkflowLogLevel;
    /** Calls of the data action per handover end at most (the workflow retries on Failure and Timeout); 1 = no retry. */
    readonly dataActionAttempts: number;
    readonly credential?: CredentialSettings;
    readonly protect: boolean;
    readonly eventbridge?: EventBridgeSettings;
}

export const DEFAULT_DATA_ACTION_TIMEOUT_SECONDS = 10;
/** Two retries ride out a brief Cognigy outage or a Genesys limit rejection within the budgets (docs/delivery-budgets.md). */
export const DEFAULT_DATA_ACTION_ATTEMPTS = 3;
export const DEFAULT_ARCHITECT_DIVISION = "Home";
/** Workflow names are at most 200 characters; the longest base name is 36. */
const MAX_NAME_SUFFIX_LENGTH = 60;
/**
 * Quotes, backslashes and line breaks would break the workflow YAML's quoted strings; braces could form a
 * `{{key}}` the provider substitutes again; a slash breaks Architect names.
 */
const FORBIDDEN_NAME_CHARACTERS = /["\\{}/\n\r\t]/;
const NAME_CHARACTERS_RULE = "without quotes, backslashes, slashes, braces or line breaks";

/** The running stack's settings; throws ConfigurationError (a clean error, no stack trace) listing every problem. */
export function loadSettings(): HandoverSettings {
    return loadSettingsFrom(pulumiConfigSource());
}

export function loadSettingsFrom(source: ConfigSource): HandoverSettings {
    const reader = new ConfigReader(source);
    const settings = readSettings(reader);
    if (reader.problems.length > 0 || settings === undefined) {
        throw new ConfigurationError(source.stack, reader.problems);
    }
    return settings;
}

function readSettings(reader: ConfigReader): HandoverSettings | undefined {
    const stack = reader.source.stack;
    reportUnknownKeys(reader);
    const deliveryChoice = readDeliveryChoice(reader);
    const { delivery, release } = deliveryChoice;
    const cognigyEndpoint = readCognigyEndpoint(reader);
    const genesysRegion = readGenesysRegion(reader);
    refuseCredentialsInStackConfig(reader);
    const nameSuffix = readNameSuffix(reader);
    const architectDivision = readArchitectDivision(reader);
    const eventbridge = delivery === "eventbridge" ? readEventBridgeSettings(reader, release) : undefined;
    // During a reviewed SaaS migration both paths run until Cognigy support confirms EventBridge delivery.
    const webhook = delivery === "webhook" || eventbridge?.keepWebhookDuringMigration === true;
    if (delivery === "webhook" && reader.source.get("keepWebhookDuringMigration") === "true") {
        reader.problem(
            "keepWebhookDuringMigration",
            `only applies while migrating to delivery: eventbridge. Fix: pulumi config rm keepWebhookDuringMigration -s ${reader.source.stack}`,
        );
    }
    rejectEventBridgeKeysUnless(reader, delivery === "eventbridge");
    checkDeliveryAgainstRelease(reader, deliveryChoice, webhook);
    const triggers = readTriggerSettings(reader, webhook);
    const dataActionTimeoutSeconds = reader.integer(
        "dataActionTimeoutSeconds",
        { min: LIMITS.dataActionTimeoutSecondsMin, max: LIMITS.dataActionTimeoutSecondsMax },
        DEFAULT_DATA_ACTION_TIMEOUT_SECONDS,
    );
    const workflowLogLevel = readWorkflowLogLevel(reader, webhook);
    const dataActionAttempts = reader.integer(
        "dataActionAttempts",
        { min: LIMITS.dataActionAttemptsMin, max: LIMITS.dataActionAttemptsMax },
        DEFAULT_DATA_ACTION_ATTEMPTS,
    );
    const credential = readCredential(reader, webhook);
    const protect = reader.optionalBoolean("protect") ?? stack.toLowerCase().startsWith("prod");

    if (
        cognigyEndpoint === undefined ||
        genesysRegion === undefined ||
        nameSuffix === undefined ||
        architectDivision === undefined ||
        release === undefined
    ) {
        return undefined;
    }
    return {
        stack,
        delivery,
        cognigyRelease: release,
        webhookSetupPredates4100: deliveryChoice.webhookSetupPredates4100,
        cognigyEndpoint,
        handoverUrl: `${cognigyEndpoint}${COGNIGY_HANDOVER_PATH}`,
        genesysRegion,
        nameSuffix,
        architectDivision,
        triggers,
        dataActionTimeoutSeconds,
        ...(workflowLogLevel !== undefined ? { workflowLogLevel } : {}),
        dataActionAttempts,
        credential,
        protect,
        eventbridge,
    };
}

/** Accepts only `https://host`; the handover path is derived, never configured, so it cannot be mistyped. */
export function readCognigyEndpoint(reader: ConfigReader): string | undefined {
    const key = "cognigyEndpoint";
    const example = "https://endpoint-app.cognigy.ai";
    const raw = reader.requiredString(key, example, "Genesys needs the Cognigy endpoint to send handover events to");
    if (raw === undefined) {
        return undefined;
    }
    const unsafe = unsafeEndpointProblem(raw);
    if (unsafe !== undefined) {
        reader.problem(key, `${unsafe} Fix: ${reader.setCommand(key, example)} (your Cognigy endpoint's host)`);
        return undefined;
    }
    // Every message below shows the value with any user and password masked.
    const shown = maskUrlCredentials(raw);
    let url: URL;
    try {
        url = new URL(raw);
    } catch {
        reader.problem(key, `"${shown}" is not a URL. Fix: ${reader.setCommand(key, example)}`);
        return undefined;
    }
    const fix = `Fix: ${reader.setCommand(key, `https://${url.host || "endpoint-<your Cognigy domain>"}`)}`;
    if (url.protocol !== "https:") {
        reader.problem(key, `"${shown}" must use https (events carry customer addresses). ${fix}`);
        return undefined;
    }
    if (url.username !== "" || url.password !== "") {
        reader.problem(key, `must not contain credentials; use credentialType instead. ${fix}`);
        return undefined;
    }
    if (url.pathname !== "/" || url.search !== "" || url.hash !== "") {
        const hint = url.pathname.endsWith(COGNIGY_HANDOVER_PATH) ? ` (${COGNIGY_HANDOVER_PATH} is added for you)` : "";
        // A query or fragment may carry a token: named, not shown.
        const withoutQuery = `${url.protocol}//${url.host}${url.pathname}${url.search !== "" ? "?…" : ""}${url.hash !== "" ? "#…" : ""}`;
        reader.problem(key, `"${withoutQuery}" must be the endpoint's base URL with no path, query or fragment${hint}. ${fix}`);
        return undefined;
    }
    return `https://${url.host}`;
}

function readGenesysRegion(reader: ConfigReader): string | undefined {
    const key = "genesysRegion";
    const region = reader.requiredString(key, "eu-central-1", "the Genesys provider needs the org's region");
    if (region === undefined) {
        return undefined;
    }
    // The provider validates the region case-insensitively (provider_schema.go: StringInSlice(..., true)).
    const id = region.toLowerCase();
    if (!(id in GENESYS_REGIONS)) {
        const known = Object.entries(GENESYS_REGIONS)
            .map(([known, domain]) => `${known} (${domain})`)
            .join(", ");
        reader.problem(key, `"${region}" is not a Genesys Cloud region. Known regions: ${known}. Fix: ${reader.setCommand(key, "eu-central-1")}`);
        return undefined;
    }
    return id;
}

function readNameSuffix(reader: ConfigReader): string | undefined {
    const key = "nameSuffix";
    const suffix = reader.source.get(key) ?? "";
    if (!refuseUnsafeText(reader, key, suffix, `" (${reader.source.stack})"`)) {
        return undefined;
    }
    if (suffix.length > MAX_NAME_SUFFIX_LENGTH || FORBIDDEN_NAME_CHARACTERS.test(suffix)) {
        reader.problem(
            key,
            `"${suffix}" must be at most ${MAX_NAME_SUFFIX_LENGTH} characters ${NAME_CHARACTERS_RULE}. ` +
                `Fix: ${reader.setCommand(key, `" (${reader.source.stack})"`)}`,
        );
        return undefined;
    }
    // Every workflow's published name is its base name plus the suffix: each must pass Genesys' flow-name rules.
    for (const workflowName of WEBHOOK_EVENTS.map((event) => genesysName(event.workflowName, suffix))) {
        const problem = flowNameProblem(workflowName);
        if (problem !== undefined) {
            reader.problem(key, `"${suffix}" makes the workflow name "${workflowName}", which ${problem}. Fix: ${reader.setCommand(key, `" (${reader.source.stack})"`)}`);
            return undefined;
        }
    }
    return suffix;
}

/**
 * The division goes into the workflow YAML's quoted `division:` and Architect looks it up by exact name, so it
 * follows the same character rule as nameSuffix and must not start or end with a space.
 */
function readArchitectDivision(reader: ConfigReader): string | undefined {
    const key = "architectDivision";
    const division = reader.optionalString(key) ?? DEFAULT_ARCHITECT_DIVISION;
    if (!refuseUnsafeText(reader, key, division, DEFAULT_ARCHITECT_DIVISION)) {
        return undefined;
    }
    if (FORBIDDEN_NAME_CHARACTERS.test(division) || division.trim() !== division) {
        reader.problem(
            key,
            `"${division}" must be the division's name as Genesys shows it, ${NAME_CHARACTERS_RULE} and without leading or trailing spaces. ` +
                `Fix: ${reader.setCommand(key, DEFAULT_ARCHITECT_DIVISION)} (or the name of your division)`,
        );
        return undefined;
    }
    return division;
}

/** EventBridge keys on a webhook stack would be ignored, so they are reported. */
function rejectEventBridgeKeysUnless(reader: ConfigReader, eventbridge: boolean): void {
    const requirement = "to the EventBridge delivery (delivery: eventbridge)";
    for (const key of EVENTBRIDGE_ONLY_KEYS) {
        reader.rejectUnless(eventbridge, key, requirement);
    }
    if (!eventbridge && reader.source.get("includeUserStartEvent") === "true") {
        reader.problem("includeUserStartEvent", `only applies ${requirement}. Fix: pulumi config rm includeUserStartEvent -s ${reader.source.stack}`);
    }
}

function readTriggerSettings(reader: ConfigReader, webhook: boolean): TriggerSettings {
    const requirement = "to the webhook delivery's triggers (delivery: webhook)";
    const enabled = reader.optionalBoolean("triggersEnabled") ?? true;
    if (!webhook && !enabled) {
        reader.problem("triggersEnabled", `only applies to the webhook delivery's triggers. Fix: pulumi config rm triggersEnabled -s ${reader.source.stack}`);
    }
    reader.rejectUnless(webhook, "triggerEventTtlSeconds", requirement);
    reader.rejectUnless(webhook, "triggerDelayBySeconds", requirement);
    const eventTtlSeconds = reader.optionalInteger("triggerEventTtlSeconds", { min: LIMITS.eventTtlSecondsMin }, 60);
    const delayBySeconds = reader.optionalInteger(
        "triggerDelayBySeconds",
        { min: LIMITS.delayBySecondsMin, max: LIMITS.delayBySecondsMax },
        LIMITS.delayBySecondsMin,
    );
    if (eventTtlSeconds !== undefined && delayBySeconds !== undefined) {
        reader.problem(
            "triggerDelayBySeconds",
            `cannot be set together with triggerEventTtlSeconds (Genesys accepts only one of them). ` +
                `Fix: pulumi config rm triggerDelayBySeconds -s ${reader.source.stack} (or rm triggerEventTtlSeconds)`,
        );
    }
    const queueIds = readHandoverQueueIds(reader, webhook);
    return { enabled, eventTtlSeconds, delayBySeconds, queueIds };
}

function readCredential(reader: ConfigReader, webhook: boolean): CredentialSettings | undefined {
    const type = reader.oneOf("credentialType", CREDENTIAL_TYPES, "none");
    reader.rejectUnless(type === "basicAuth", "basicAuthUsername", "when credentialType is basicAuth");
    reader.rejectUnless(type === "basicAuth", "basicAuthPassword", "when credentialType is basicAuth");
    reader.rejectUnless(type === "userDefined", "userDefinedCredentialFields", "when credentialType is userDefined");
    if (type !== "none" && !webhook) {
        reader.problem("credentialType", `only applies to the webhook delivery. Fix: pulumi config rm credentialType -s ${reader.source.stack}`);
        return undefined;
    }
    if (type === "basicAuth") {
        const why = "credentialType basicAuth needs it";
        const username = reader.requiredString("basicAuthUsername", "cognigy-proxy", why);
        const password = reader.requiredSecret("basicAuthPassword", "<password>", why);
        return username !== undefined && password !== undefined ? { type, username, password } : undefined;
    }
    if (type === "userDefined") {
        const fields = readUserDefinedFields(reader);
        return fields !== undefined ? { type, fields } : undefined;
    }
    return undefined;
}

/**
 * Structured secret config (`pulumi config set --secret --path 'userDefinedCredentialFields.apiKey' …`)
 * arrives as a JSON object string. Field names are shown in messages, values never.
 */
function readUserDefinedFields(reader: ConfigReader): Readonly<Record<string, SecretValue>> | undefined {
    const key = "userDefinedCredentialFields";
    const example = `'{"apiKey":"<value>"}'`;
    const secret = reader.requiredSecret(key, example, "credentialType userDefined needs at least one field");
    if (secret === undefined) {
        return undefined;
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(secret.reveal());
    } catch {
        parsed = undefined;
    }
    const fieldName = /^[A-Za-z][A-Za-z0-9_-]*$/;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        reader.problem(key, `must be a JSON object of field names to string values (value not shown). Fix: ${reader.setCommand(key, example, true)}`);
        return undefined;
    }
    const entries = Object.entries(parsed as Record<string, unknown>);
    const badNames = entries.filter(([name, value]) => !fieldName.test(name) || typeof value !== "string" || value === "");
    if (entries.length === 0 || badNames.length > 0) {
        const which = badNames.map(([name]) => `"${name}"`).join(", ");
        reader.problem(
            key,
            `needs at least one field; names start with a letter (letters, digits, - and _), values are non-empty strings` +
                `${which ? `; bad fields: ${which}` : ""}. Fix: ${reader.setCommand(key, example, true)}`,
        );
        return undefined;
    }
    return Object.fromEntries(entries.map(([name, value]) => [name, new SecretValue(value as string)]));
}
