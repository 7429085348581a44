import { canonicalJson, handoverMatchCriteriaJson } from "@cognigy-handover/contract";

describe("canonicalJson", () => {
    it("sorts keys at every depth and writes no whitespace, as Go's encoder does", () => {
        expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: "x" } })).toBe('{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}');
    });

    it("escapes <, >, &, U+2028 and U+2029 as Go's json.Marshal does (the trigger's criteria are read back that way)", () => {
        expect(canonicalJson({ value: "a<b>&c\u2028\u2029" })).toBe('{"value":"a\\u003cb\\u003e\\u0026c\\u2028\\u2029"}');
        expect(JSON.parse(canonicalJson({ value: "a<b>&c" }))).toEqual({ value: "a<b>&c" });
    });

    it("drops undefined properties instead of writing null", () => {
        expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    });
});

describe("the trigger match criteria", () => {
    it("are mediaType == MESSAGE and messageType == OPEN, keys in the order the provider reads back", () => {
        expect(handoverMatchCriteriaJson()).toBe(
            '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":"messageType","operator":"Equal","value":"OPEN"}]',
        );
    });

    it("with handoverQueueIds also require queueId In the queues, values in the stack's order", () => {
        expect(handoverMatchCriteriaJson(["b2c3d4e5-0000-4000-8000-000000000002", "a1b2c3d4-0000-4000-8000-000000000001"])).toBe(
            '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":"messageType","operator":"Equal","value":"OPEN"},' +
                '{"jsonPath":"queueId","operator":"In","values":["b2c3d4e5-0000-4000-8000-000000000002","a1b2c3d4-0000-4000-8000-000000000001"]}]',
        );
    });
});
