/**
 * The handover contract: what Cognigy's endpoint expects and which conversations may reach it.
 * Components build resources from it, the policy pack checks resources against it, the simulation
 * replays events through it. Like events.ts it imports nothing, so the policy pack can use it.
 */

/** Cognigy only handles Genesys Open Messaging conversations; anything wider ends the wrong bot sessions. */
export const REQUIRED_EVENT_MATCH: readonly { readonly jsonPath: string; readonly value: string }[] = [
    { jsonPath: "mediaType", value: "MESSAGE" },
    { jsonPath: "messageType", value: "OPEN" },
];

/**
 * The event field a stack scopes its triggers by (`handoverQueueIds`): AfterCallWorkEvent and UserEndEvent carry
 * the queue of the conversation (purecloud-platform-client-v2 models `AcwDetailEventTopicAfterCallWorkEvent`,
 * `UserEndDetailEventTopicUserEndEvent`); the criterion is `In` with `values`.
 */
export const QUEUE_SCOPE_FIELD = "queueId";

/** Genesys entity ids (queues among them) are UUIDs, written in lower case by the API and in events [inferred]. */
export const GENESYS_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The path on the Cognigy endpoint host that receives Genesys Open Messaging handover events. */
export const COGNIGY_HANDOVER_PATH = "/handover/genesysCloudOM";

export const INTEGRATION_TYPE_WEB_SERVICES = "custom-rest-actions";
export const INTEGRATION_TYPE_EVENTBRIDGE = "amazon-eventbridge-source";

export const DATA_ACTIONS_INTEGRATION_NAME = "Web Services Data Actions Integration";
export const EVENTBRIDGE_INTEGRATION_NAME = "Amazon EventBridge Source";
export const SEND_EVENT_ACTION_NAME = "Send Event to Cognigy";

/** The data action's input contract, exactly as the Cognigy guide gives it. */
export const SEND_EVENT_INPUT_CONTRACT = {
    title: "properties",
    type: "object",
    properties: {
        userId: { type: "string" },
        topic: { type: "string" },
        disconnectType: { type: "string" },
    },
    additionalProperties: true,
} as const;

/** Cognigy's answer is passed through untouched (`${rawResult}`), so the output contract accepts any object. */
export const SEND_EVENT_OUTPUT_CONTRACT = {
    type: "object",
    properties: {},
    additionalProperties: true,
} as const;

/**
 * Velocity templates Genesys evaluates, written with `$` literally: the request body is the action's input
 * as JSON (also what Genesys sends for an action without a request template), Cognigy's answer is passed through
 * untouched.
 */
export const PASS_THROUGH_REQUEST_TEMPLATE = "${input.rawRequest}";
export const PASS_THROUGH_SUCCESS_TEMPLATE = "${rawResult}";

export type SendEventInputName = keyof typeof SEND_EVENT_INPUT_CONTRACT.properties;

/**
 * How each workflow fills the action's inputs: from a trigger-fed flow variable (`expression`) or from
 * the event's topic literal (`topicLiteral`).
 */
export const SEND_EVENT_INPUT_SOURCES: Readonly<Record<SendEventInputName, { kind: "expression"; expression: string } | { kind: "topicLiteral" }>> = {
    userId: { kind: "expression", expression: "Flow.addressTo" },
    topic: { kind: "topicLiteral" },
    disconnectType: { kind: "expression", expression: "Flow.disconnectType" },
};

/** Workflow variables the trigger fills (TopLevelPrimitives maps event field `x` to `Flow.x`). */
export const WORKFLOW_INPUT_VARIABLES: readonly string[] = ["Flow.addressTo", "Flow.disconnectType"];

export const TRIGGER_TARGET_TYPE = "Workflow";
export const TRIGGER_DATA_FORMAT = "TopLevelPrimitives";

/** Genesys limits for triggers and data actions (Process Automation and Data Actions API docs). */
export const LIMITS = {
    eventTtlSecondsMin: 10,
    delayBySecondsMin: 60,
    delayBySecondsMax: 900,
    dataActionTimeoutSecondsMin: 1,
    dataActionTimeoutSecondsMax: 60,
    /** Calls of the data action per handover end (`dataActionAttempts`): 1 is a single try, 5 keeps a burst of
     * failures within the data action budgets (docs/delivery-budgets.md). */
    dataActionAttemptsMin: 1,
    dataActionAttemptsMax: 5,
} as const;
