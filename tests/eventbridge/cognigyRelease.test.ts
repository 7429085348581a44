import {
    eventBridgeEventsFor,
    HANDOVER_EVENTS,
    parseCognigyRelease,
    supportsEventBridge,
    supportsUserStartEvent,
} from "@cognigy-handover/contract";

function release(text: string) {
    const parsed = parseCognigyRelease(text);
    if (parsed === undefined) {
        throw new Error(`test release ${text} does not parse`);
    }
    return parsed;
}

const names = (text: string, userStart = false) => eventBridgeEventsFor(release(text), userStart).map((event) => event.name);

describe("Cognigy release", () => {
    test.each(["4.100", "2025.1", "2025.22", " 2026.3 ", "2099.9"])("parses %s", (text) => {
        expect(parseCognigyRelease(text)?.text).toBe(text.trim());
    });

    test.each(["4", "v4.100", "2025", "3.9", "5.1", "2024.9", "2100.1", "2200.1", "2025.x", ""])("rejects %s", (text) => {
        expect(parseCognigyRelease(text)).toBeUndefined();
    });

    test("EventBridge delivery starts with 4.100; 4.99 is webhook only", () => {
        expect(supportsEventBridge(release("4.99"))).toBe(false);
        expect(supportsEventBridge(release("4.100"))).toBe(true);
        expect(supportsEventBridge(release("2025.1"))).toBe(true);
    });

    test("2025.11 and earlier: AfterCallWorkEvent + UserEndEvent, UserStartEvent never", () => {
        expect(names("4.100")).toEqual(["AfterCallWorkEvent", "UserEndEvent"]);
        expect(names("2025.11", true)).toEqual(["AfterCallWorkEvent", "UserEndEvent"]);
    });

    test("2025.12 to 2025.21: CustomerEndEvent only", () => {
        expect(names("2025.12")).toEqual(["CustomerEndEvent"]);
        expect(names("2025.21", true)).toEqual(["CustomerEndEvent"]);
        expect(supportsUserStartEvent(release("2025.21"))).toBe(false);
    });

    test("2025.22 and later: CustomerEndEvent, plus UserStartEvent when asked for", () => {
        expect(names("2025.22")).toEqual(["CustomerEndEvent"]);
        expect(names("2025.22", true)).toEqual(["CustomerEndEvent", "UserStartEvent"]);
        expect(names("2026.1", true)).toEqual(["CustomerEndEvent", "UserStartEvent"]);
    });

    test("events come from the catalogue, topics included", () => {
        expect(eventBridgeEventsFor(release("2025.12"), false)[0]).toBe(HANDOVER_EVENTS.CustomerEndEvent);
    });
});
