/**
 * Rule: the Genesys "Amazon EventBridge Source" must forward exactly the topics the configured Cognigy.AI
 * release listens to. A missing topic means handover ends Cognigy never hears of; an extra one (say
 * AfterCallWorkEvent on 2025.12+) makes Cognigy end handovers at the wrong moment.
 */
import type { PolicyConfigSchema, ResourceValidationPolicy } from "@pulumi/policy";
import {
    ALL_EVENTS,
    eventBridgeEventsFor,
    FIRST_CUSTOMER_END_RELEASE,
    FIRST_EVENTBRIDGE_RELEASE,
    FIRST_USER_START_RELEASE,
    INTEGRATION_TYPE,
    INTEGRATION_TYPE_EVENTBRIDGE,
    isRecord,
    parseCognigyRelease,
    parseEventBridgeSourceProperties,
} from "@cognigy-handover/contract";
import { booleanSetting, describeResource, quoteAll } from "./policySupport";

export const EVENTBRIDGE_SOURCE_TOPICS = "eventbridge-source-topics";

const configSchema: PolicyConfigSchema = {
    properties: {
        cognigyRelease: {
            type: "string",
            default: "",
            description:
                "Cognigy.AI release the stack delivers to, e.g. 2025.22 (same value as the stack's cognigyRelease). " +
                "Empty: any event set of a release that supports EventBridge passes.",
        },
        includeUserStartEvent: {
            type: "boolean",
            default: false,
            description: "Whether the stack also forwards UserStartEvent (Cognigy.AI 2025.22 and later).",
        },
    },
};

/** The topic sets some release expects, when the pack is not told which release the stack runs. */
function everyValidTopicSet(): string[][] {
    const releases = [FIRST_EVENTBRIDGE_RELEASE, FIRST_CUSTOMER_END_RELEASE, FIRST_USER_START_RELEASE];
    const sets = releases.flatMap((release) =>
        [false, true].map((userStart) => eventBridgeEventsFor({ ...release, text: "" }, userStart).map((event) => event.topic)),
    );
    return sets.filter((set, index) => sets.findIndex((other) => sameTopics(other, set)) === index);
}

function sameTopics(a: readonly string[], b: readonly string[]): boolean {
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((topic) => right.has(topic)) && a.length === left.size && b.length === right.size;
}

function eventNames(topics: readonly string[]): string {
    return topics.map((topic) => ALL_EVENTS.find((event) => event.topic === topic)?.name ?? topic).join(" + ");
}

export const eventbridgeSourceTopics: ResourceValidationPolicy = {
    name: EVENTBRIDGE_SOURCE_TOPICS,
    description:
        "The Amazon EventBridge Source integration's eventFilter must be exactly the topics of the configured Cognigy.AI release " +
        "(2025.11 and earlier: AfterCallWorkEvent + UserEndEvent; 2025.12 on: CustomerEndEvent; 2025.22 on: optionally UserStartEvent).",
    enforcementLevel: "mandatory",
    severity: "high",
    configSchema,
    validateResource: (args, reportViolation) => {
        if (args.type !== INTEGRATION_TYPE || args.props["integrationType"] !== INTEGRATION_TYPE_EVENTBRIDGE) {
            return args.notApplicable(`Only applies to ${INTEGRATION_TYPE} of type ${INTEGRATION_TYPE_EVENTBRIDGE}`);
        }
        const settings = args.getConfig<Record<string, unknown>>();
        const includeUserStartEvent = booleanSetting(EVENTBRIDGE_SOURCE_TOPICS, settings, "includeUserStartEvent");
        const releaseText = settings["cognigyRelease"];
        const integration = describeResource("EventBridge source", args.name, isRecord(args.props["config"]) ? args.props["config"] : {});
        const config: unknown = args.props["config"];
        const parsed = parseEventBridgeSourceProperties(isRecord(config) ? config["properties"] : undefined);
        if ("problem" in parsed) {
            reportViolation(`${integration}: ${parsed.problem}, so Genesys forwards no known topics to Cognigy.`);
            return;
        }
        const actual = parsed.eventFilter;
        if (typeof releaseText !== "string" || releaseText === "") {
            const valid = everyValidTopicSet();
            if (!valid.some((set) => sameTopics(set, actual))) {
                reportViolation(
                    `${integration} forwards ${quoteAll(actual)}, which no Cognigy.AI release expects. ` +
                        `Valid eventFilter sets: ${valid.map((set) => `[${quoteAll(set)}]`).join(" or ")}.`,
                );
            }
            return;
        }
        const release = parseCognigyRelease(releaseText);
        if (release === undefined) {
            throw new Error(`Policy "${EVENTBRIDGE_SOURCE_TOPICS}": configuration "cognigyRelease" must be a release such as 2025.22, got ${JSON.stringify(releaseText)}.`);
        }
        const expected = eventBridgeEventsFor(release, includeUserStartEvent).map((event) => event.topic);
        if (!sameTopics(expected, actual)) {
            const missing = expected.filter((topic) => !actual.includes(topic));
            const extra = actual.filter((topic) => !expected.includes(topic));
            const details = [
                missing.length > 0 ? `missing ${quoteAll(missing)}` : "",
                extra.length > 0 ? `unexpected ${quoteAll(extra)}` : "",
                actual.length !== new Set(actual).size ? "duplicate topics" : "",
            ].filter((detail) => detail !== "");
            reportViolation(
                `${integration} does not forward what Cognigy.AI ${release.text} listens to (${eventNames(expected)}): ${details.join("; ")}. ` +
                    `Set eventFilter to [${quoteAll(expected)}] (the stack derives it from cognigyRelease${includeUserStartEvent ? " and includeUserStartEvent" : ""}).`,
            );
        }
    },
};
