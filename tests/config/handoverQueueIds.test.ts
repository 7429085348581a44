import { ConfigurationError } from "../../components/config/configReader";
import { HandoverSettings, loadSettingsFrom } from "../../components/settings";
import { SAAS_CONFIG } from "../helpers/stackConfigs";
import { memoryConfigSource, VALID_WEBHOOK_CONFIG } from "../helpers/memoryConfigSource";

const PROD_QUEUE = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const DEV_QUEUE = "d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01";

function load(values: Record<string, string | undefined>): HandoverSettings {
    return loadSettingsFrom(memoryConfigSource("dev", values));
}

function problemsOf(values: Record<string, string | undefined>): string[] {
    try {
        load(values);
    } catch (error) {
        if (error instanceof ConfigurationError) {
            return error.problems.map((problem) => `${problem.key}: ${problem.message}`);
        }
        throw error;
    }
    throw new Error("configuration was accepted");
}

describe("handoverQueueIds", () => {
    test("unset: the triggers are not scoped", () => {
        expect(load(VALID_WEBHOOK_CONFIG).triggers.queueIds).toBeUndefined();
    });

    test("a list of queue ids (structured config, a JSON array) scopes the triggers, in the given order", () => {
        expect(load({ ...VALID_WEBHOOK_CONFIG, handoverQueueIds: JSON.stringify([DEV_QUEUE, PROD_QUEUE]) }).triggers.queueIds).toEqual([DEV_QUEUE, PROD_QUEUE]);
    });

    test.each([
        ["a bare id instead of a list", PROD_QUEUE, `handoverQueueIds: "${PROD_QUEUE}" must be a list of queue ids. Fix: pulumi config rm handoverQueueIds -s dev, then pulumi config set --path 'handoverQueueIds[0]' <queue id, e.g. 0b6a4a1c-2f3d-4e5f-8a9b-0c1d2e3f4a5b> -s dev (and [1], [2] … for more queues)`],
        ["an empty list", "[]", "handoverQueueIds: is an empty list, which would match no conversation. Fix: pulumi config set --path 'handoverQueueIds[0]'"],
        ["a queue name", JSON.stringify([PROD_QUEUE, "Cognigy Support"]), `handoverQueueIds: "Cognigy Support" is not a queue id: Genesys queue ids are UUIDs in lower case (the queue's id from GET /api/v2/routing/queues?name=<queue name>). Fix: pulumi config set --path 'handoverQueueIds[1]' <queue id, e.g.`],
        ["an upper-case id", JSON.stringify([PROD_QUEUE.toUpperCase()]), `the trigger compares them exactly, so write them in lower case. Fix: pulumi config set --path 'handoverQueueIds[0]' ${PROD_QUEUE} -s dev`],
        ["a number", "[42]", "handoverQueueIds: 42 is not a queue id"],
        ["a duplicate", JSON.stringify([PROD_QUEUE, DEV_QUEUE, PROD_QUEUE]), `handoverQueueIds: lists "${PROD_QUEUE}" more than once. Fix: pulumi config rm --path 'handoverQueueIds[2]' -s dev`],
    ])("rejects %s, naming the value and the fix", (_what, value, expected) => {
        const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, handoverQueueIds: value });
        expect(problems).toHaveLength(1);
        expect(problems[0]).toContain(expected);
    });

    test("an EventBridge stack cannot be scoped here, and says why", () => {
        expect(problemsOf({ ...SAAS_CONFIG, handoverQueueIds: JSON.stringify([PROD_QUEUE]) })).toEqual([
            "handoverQueueIds: only scopes the webhook delivery's triggers. The EventBridge path cannot be scoped by queue here: CustomerEndEvent " +
                "(Cognigy.AI 2025.12 and later) has no queueId, and on Cognigy SaaS the rule is in Cognigy's AWS account. Fix: pulumi config rm handoverQueueIds -s dev",
        ]);
    });

    test("during the move to EventBridge it still scopes the kept webhook triggers", () => {
        const settings = load({ ...SAAS_CONFIG, keepWebhookDuringMigration: "true", handoverQueueIds: JSON.stringify([PROD_QUEUE]) });
        expect(settings.triggers.queueIds).toEqual([PROD_QUEUE]);
    });
});

describe("event TTL", () => {
    test("no TTL unless the stack sets one: late handover ends are kept", () => {
        expect(load(VALID_WEBHOOK_CONFIG).triggers.eventTtlSeconds).toBeUndefined();
        expect(load({ ...VALID_WEBHOOK_CONFIG, triggerEventTtlSeconds: "3600" }).triggers.eventTtlSeconds).toBe(3600);
    });
});
