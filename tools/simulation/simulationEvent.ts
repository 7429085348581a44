import { isRecord } from "@cognigy-handover/contract";
import * as fs from "fs";
import { concreteTopic } from "./topics";
import { UserError } from "../userError";

/** What a sample expects on one delivery path. */
export interface PathExpectation {
    /**
     * true: exactly one request reaches Cognigy; false: none does. `whenSubscribed` (EventBridge): true when the
     * stack's EventBridge source subscribes to the event's topic, false otherwise, so one sample set serves
     * every documented topic filter.
     */
    readonly delivered: boolean | "whenSubscribed";
    /**
     * Fields the JSON body Cognigy receives must have (objects compare field by field, so list only what
     * matters). `null` means "absent or null": how an unset Architect variable arrives.
     */
    readonly body?: Record<string, unknown>;
}

export type DeliveryPath = "webhook" | "eventbridge";

export interface SimulationEvent {
    readonly name: string;
    readonly description?: string;
    /** Concrete topic, e.g. `v2.detail.events.conversation.<conversation id>.acw`. */
    readonly topicName: string;
    readonly eventBody: Record<string, unknown>;
    readonly expect?: Partial<Record<DeliveryPath, PathExpectation>>;
    /**
     * Per stack name, expectations that replace `expect` for that path: a stack scoped to its own queues
     * (handoverQueueIds) must not receive what an unscoped stack does.
     */
    readonly expectByStack?: Readonly<Record<string, Partial<Record<DeliveryPath, PathExpectation>>>>;
}

/** What the sample expects on one path of the named stack: its override for that stack, else the default. */
export function expectationFor(event: SimulationEvent, path: DeliveryPath, stack: string | undefined): PathExpectation | undefined {
    const override = stack === undefined ? undefined : event.expectByStack?.[stack]?.[path];
    return override ?? event.expect?.[path];
}


/**
 * A JSON array, a single JSON object, or NDJSON (one JSON value per line). A file is NDJSON when its first line is
 * a JSON value by itself and the whole is not; otherwise it is one document, and its error is reported at the
 * document's own line and column (a pretty-printed file with a typo on line 3 is reported at line 3).
 */
export function parseEventsText(text: string, source: string): unknown[] {
    const trimmed = text.trim();
    if (trimmed === "") {
        throw new UserError(`${source} holds no events. Fix: put a JSON array of events in it (see docs/simulation.md), or leave --events out for the bundled samples`);
    }
    let documentError: Error;
    try {
        const whole: unknown = JSON.parse(trimmed);
        return Array.isArray(whole) ? whole : [whole];
    } catch (error) {
        documentError = error as Error;
    }
    const lines = trimmed
        .split(/\r?\n/)
        .map((line, index) => ({ line: line.trim(), number: index + 1 }))
        .filter(({ line }) => line !== "");
    if (!parsesAlone(lines[0].line)) {
        const where = documentPosition(text, trimmed, documentError.message);
        throw new UserError(`${source}${where} is not JSON: ${withoutPosition(documentError.message)}. Fix: correct the JSON there (a JSON array, one object, or one JSON object per line)`);
    }
    return lines.map(({ line, number }) => {
        try {
            return JSON.parse(line) as unknown;
        } catch (error) {
            throw new UserError(`${source} line ${number} is not JSON: ${withoutPosition((error as Error).message)}. Fix: correct that line (NDJSON: one JSON object per line)`);
        }
    });
}

function parsesAlone(line: string): boolean {
    try {
        JSON.parse(line);
        return true;
    } catch {
        return false;
    }
}

/** ` line L column C` of the file, from V8's "at position N" (counted in the trimmed text), or "" when absent. */
function documentPosition(text: string, trimmed: string, message: string): string {
    const match = / at position (\d+)/.exec(message);
    if (match === null) {
        return /Unexpected end of JSON input/.test(message) ? ` (at its end)` : "";
    }
    const offset = text.indexOf(trimmed) + Number(match[1]);
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    const column = offset - (before.lastIndexOf("\n") + 1) + 1;
    return ` line ${line} column ${column}`;
}

/** V8's message without its own position (ours names the file's line) and trailing period. */
function withoutPosition(message: string): string {
    return message.replace(/ in JSON at position \d+( \(line \d+ column \d+\))?/, "").replace(/\.$/, "");
}

/**
 * Each item is `{topicName?, eventBody, name?, expect?}` (an exported notification or our sample format) or a
 * bare event body. Items without a topic take `defaultTopic`, whose `{id}` becomes the event's conversationId.
 */
export function toSimulationEvents(items: readonly unknown[], source: string, defaultTopic?: string): SimulationEvent[] {
    return items.map((item, index) => {
        const where = `${source} item ${index + 1}`;
        if (!isRecord(item)) {
            throw new UserError(`${where} is not a JSON object. Fix: make it {"topicName": "v2.detail.events.conversation.<id>.acw", "eventBody": {…}} or a bare event body object`);
        }
        const wrapped = isRecord(item.eventBody);
        const eventBody = wrapped ? (item.eventBody as Record<string, unknown>) : item;
        const topic = typeof item.topicName === "string" ? item.topicName : defaultTopic;
        if (topic === undefined) {
            throw new UserError(`${where} has no topicName. Fix: add "topicName" to it, or pass --topic <topic template> for items without one`);
        }
        const name = typeof item.name === "string" ? item.name : `${source}#${index + 1}`;
        return {
            name,
            description: typeof item.description === "string" ? item.description : undefined,
            topicName: concreteTopic(topic, eventBody.conversationId),
            eventBody,
            expect: wrapped && isRecord(item.expect) ? validateExpectations(item.expect, where) : undefined,
            expectByStack: wrapped && item.expectByStack !== undefined ? validateStackExpectations(item.expectByStack, where) : undefined,
        };
    });
}

function validateExpectations(expect: Record<string, unknown>, where: string): Partial<Record<DeliveryPath, PathExpectation>> {
    const result: Partial<Record<DeliveryPath, PathExpectation>> = {};
    for (const [path, value] of Object.entries(expect)) {
        if (path !== "webhook" && path !== "eventbridge") {
            throw new UserError(`${where}: expectations are keyed by 'webhook' or 'eventbridge', not '${path}'. Fix: rename '${path}' to webhook or eventbridge`);
        }
        if (!isRecord(value) || (typeof value.delivered !== "boolean" && value.delivered !== "whenSubscribed")) {
            throw new UserError(`${where}: expect.${path}.delivered is missing or not true, false or "whenSubscribed". Fix: set it to one of them`);
        }
        if (value.body !== undefined && !isRecord(value.body)) {
            throw new UserError(`${where}: expect.${path}.body is not an object. Fix: make it an object of the fields Cognigy must receive`);
        }
        result[path] = { delivered: value.delivered, body: value.body };
    }
    return result;
}

function validateStackExpectations(value: unknown, where: string): Record<string, Partial<Record<DeliveryPath, PathExpectation>>> {
    if (!isRecord(value)) {
        throw new UserError(`${where}: expectByStack is not an object. Fix: make it an object of stack name → expectations`);
    }
    return Object.fromEntries(
        Object.entries(value).map(([stack, expect]) => {
            if (!isRecord(expect)) {
                throw new UserError(`${where}: expectByStack.${stack} is not an object. Fix: make it an object keyed by 'webhook' or 'eventbridge'`);
            }
            return [stack, validateExpectations(expect, `${where} (expectByStack.${stack})`)];
        }),
    );
}

export function readEventsFile(file: string, defaultTopic?: string): SimulationEvent[] {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (error as Error).message;
        throw new UserError(`--events ${file}: cannot read it (${why}). Fix: pass --events <file> with the path of a JSON or NDJSON events file, relative to where you run the command`);
    }
    return toSimulationEvents(parseEventsText(text, file), file, defaultTopic);
}
