import { GENESYS_ID_PATTERN } from "@cognigy-handover/contract";
import { ConfigReader } from "./configReader";

/**
 * `handoverQueueIds`: the Genesys queues the stack's Cognigy bot hands conversations over to. When set, each
 * trigger also requires the event's `queueId` to be one of them, so a stack sharing its org with another
 * environment, or with Open Messaging integrations that are not Cognigy, only posts its own handovers.
 *
 * Stored as structured config (`pulumi config set --path 'handoverQueueIds[0]' <id>`), which reaches the
 * program as a JSON array string.
 */

export const HANDOVER_QUEUE_IDS_KEY = "handoverQueueIds";

const EXAMPLE_ID = "<queue id, e.g. 0b6a4a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b>";

export function isQueueId(value: unknown): value is string {
    return typeof value === "string" && GENESYS_ID_PATTERN.test(value);
}

/**
 * The queue ids, or undefined when the stack does not scope its triggers (or the value is invalid: a problem is
 * then recorded). `scopesTriggers` is false on a stack without webhook triggers.
 */
export function readHandoverQueueIds(reader: ConfigReader, scopesTriggers: boolean): readonly string[] | undefined {
    const key = HANDOVER_QUEUE_IDS_KEY;
    const stack = reader.source.stack;
    const raw = reader.optionalString(key);
    if (raw === undefined) {
        return undefined;
    }
    if (!scopesTriggers) {
        reader.problem(
            key,
            `only scopes the webhook delivery's triggers. The EventBridge path cannot be scoped by queue here: CustomerEndEvent ` +
                `(Cognigy.AI 2025.12 and later) has no queueId, and on Cognigy SaaS the rule is in Cognigy's AWS account. ` +
                `Fix: pulumi config rm ${key} -s ${stack}`,
        );
        return undefined;
    }
    const setFirst = `pulumi config set --path '${key}[0]' ${EXAMPLE_ID} -s ${stack}`;
    const parsed = parseList(raw);
    if (parsed === undefined) {
        reader.problem(key, `"${raw}" must be a list of queue ids. Fix: pulumi config rm ${key} -s ${stack}, then ${setFirst} (and [1], [2] … for more queues)`);
        return undefined;
    }
    if (parsed.length === 0) {
        reader.problem(
            key,
            `is an empty list, which would match no conversation. Fix: ${setFirst}; or pulumi config rm ${key} -s ${stack} ` +
                `(not scoped), or pulumi config set triggersEnabled false -s ${stack} (triggers off)`,
        );
        return undefined;
    }
    const bad = parsed.filter((id) => !isQueueId(id));
    if (bad.length > 0) {
        const lowerCaseFix = bad.every((id) => typeof id === "string" && isQueueId(id.toLowerCase()));
        reader.problem(
            key,
            `${bad.map((id) => JSON.stringify(id)).join(", ")} ${bad.length === 1 ? "is not a queue id" : "are not queue ids"}: ` +
                `Genesys queue ids are UUIDs in lower case (the queue's id from GET /api/v2/routing/queues?name=<queue name>)` +
                `${lowerCaseFix ? "; the trigger compares them exactly, so write them in lower case" : ""}. ` +
                `Fix: pulumi config set --path '${key}[${parsed.indexOf(bad[0])}]' ` +
                `${lowerCaseFix ? (bad[0] as string).toLowerCase() : EXAMPLE_ID} -s ${stack}`,
        );
        return undefined;
    }
    const duplicates = parsed.filter((id, index) => parsed.indexOf(id) !== index);
    if (duplicates.length > 0) {
        reader.problem(
            key,
            `lists ${[...new Set(duplicates)].map((id) => JSON.stringify(id)).join(", ")} more than once. ` +
                `Fix: pulumi config rm --path '${key}[${parsed.lastIndexOf(duplicates[0])}]' -s ${stack}`,
        );
        return undefined;
    }
    return parsed as string[];
}

function parseList(raw: string): unknown[] | undefined {
    try {
        const parsed: unknown = JSON.parse(raw);
        return Array.isArray(parsed) ? parsed : undefined;
    } catch {
        return undefined;
    }
}
