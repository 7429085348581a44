import { isRecord } from "@cognigy-handover/contract";

/**
 * isRecord guards every property bag, parsed JSON and YAML document the program, the pack and the tools read: a
 * string or a number taken for an object would be read as an empty bag and its settings silently ignored.
 */
describe("isRecord", () => {
    test.each([{}, { key: "value" }])("accepts the plain object %j", (value) => {
        expect(isRecord(value)).toBe(true);
    });

    test.each(["text", "", 42, true, undefined, null, [], [{ key: "value" }]])("rejects %j", (value) => {
        expect(isRecord(value)).toBe(false);
    });
});
