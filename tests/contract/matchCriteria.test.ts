/**
 * The contract's reading of a trigger's `matchCriteria` (contract/src/matchCriteria.ts), which the policy pack and
 * the simulation both judge by. Every answer is written out: the words a user reads in a policy violation, and
 * exactly which criteria survive the reading. (Mutation testing found these only asserted by fragments.)
 */
import { CRITERIA_OPERATORS, criterionValueProblem, parseMatchCriteriaJson } from "@cognigy-handover/contract";

describe("parseMatchCriteriaJson", () => {
    test.each([
        ["absent", undefined],
        ["null", null],
        ["blank", "  \n "],
        ["an empty list", "[]"],
    ])("%s means no criteria", (_label, text) => {
        expect(parseMatchCriteriaJson(text)).toEqual({ criteria: [] });
    });

    test("keeps every criterion in order, with value or values as given, and 0, false and \"\" as set values", () => {
        const text = JSON.stringify([
            { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE", values: null },
            { jsonPath: "queueId", operator: "In", value: null, values: ["q1", "q2"] },
            { jsonPath: "count", operator: "GreaterThan", value: 0 },
            { jsonPath: "flag", operator: "Equal", value: false },
            { jsonPath: "name", operator: "NotEqual", value: "" },
            { jsonPath: "messageType", operator: "Exists" },
        ]);
        // toStrictEqual: an unset value or values is absent, not present as undefined.
        expect(parseMatchCriteriaJson(text)).toStrictEqual({
            criteria: [
                { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
                { jsonPath: "queueId", operator: "In", values: ["q1", "q2"] },
                { jsonPath: "count", operator: "GreaterThan", value: 0 },
                { jsonPath: "flag", operator: "Equal", value: false },
                { jsonPath: "name", operator: "NotEqual", value: "" },
                { jsonPath: "messageType", operator: "Exists" },
            ],
        });
    });

    test.each([
        ["a number", 42, "matchCriteria must be a JSON string, but it is a number"],
        ["an object", { jsonPath: "mediaType" }, "matchCriteria must be a JSON string, but it is a object"],
        ["a JSON object", '{"jsonPath":"mediaType"}', "matchCriteria must be a JSON array of criteria"],
        ["a list holding a number", "[1]", "criterion #1 (1) is not an object with a string jsonPath and operator"],
        [
            "an entry whose operator is not a string",
            '[{"jsonPath":"mediaType","operator":3}]',
            'criterion #1 ({"jsonPath":"mediaType","operator":3}) is not an object with a string jsonPath and operator',
        ],
        [
            "an entry without a jsonPath",
            '[{"operator":"Equal","value":"MESSAGE"}]',
            'criterion #1 ({"operator":"Equal","value":"MESSAGE"}) has no jsonPath',
        ],
        [
            "a blank jsonPath in the second entry",
            '[{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":" ","operator":"Equal","value":"OPEN"}]',
            'criterion #2 ({"jsonPath":" ","operator":"Equal","value":"OPEN"}) has no jsonPath',
        ],
        [
            "an operator Genesys does not know",
            '[{"jsonPath":"mediaType","operator":"Equals","value":"MESSAGE"}]',
            'criterion #1 ({"jsonPath":"mediaType","operator":"Equals","value":"MESSAGE"}) has unknown operator "Equals" ' +
                "(one of Equal, NotEqual, In, NotIn, Contains, All, Exists, Size, GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual)",
        ],
    ])("refuses %s, saying so", (_label, matchCriteria, problem) => {
        expect(parseMatchCriteriaJson(matchCriteria)).toEqual({ problem });
    });

    test("refuses text that is not JSON, quoting the parser", () => {
        const parsed = parseMatchCriteriaJson("[{");
        expect(parsed).toEqual({ problem: expect.stringMatching(/^matchCriteria is not valid JSON \(.+\)$/) });
    });

    test("Genesys' operators, in the order the messages list them", () => {
        expect(CRITERIA_OPERATORS).toEqual([
            "Equal",
            "NotEqual",
            "In",
            "NotIn",
            "Contains",
            "All",
            "Exists",
            "Size",
            "GreaterThan",
            "GreaterThanOrEqual",
            "LessThan",
            "LessThanOrEqual",
        ]);
    });
});

describe("criterionValueProblem", () => {
    test.each([
        [{ jsonPath: "a", operator: "Equal", value: "x" }, undefined],
        [{ jsonPath: "a", operator: "Exists", value: true }, undefined],
        [{ jsonPath: "a", operator: "Equal", values: ["x"] }, "needs a single value, not values"],
        [{ jsonPath: "a", operator: "Equal" }, "needs a single value, not values"],
        [{ jsonPath: "a", operator: "Equal", value: "x", values: ["x"] }, "sets both value and values (Genesys accepts only one)"],
        [{ jsonPath: "a", operator: "In", values: ["x"] }, undefined],
        [{ jsonPath: "a", operator: "NotIn", values: [] }, undefined],
        [{ jsonPath: "a", operator: "All", values: ["x", "y"] }, undefined],
        [{ jsonPath: "a", operator: "In", value: "x" }, "needs a list in values, not value"],
        [{ jsonPath: "a", operator: "NotIn", values: "x" }, "needs a list in values, not value"],
        [{ jsonPath: "a", operator: "All" }, "needs a list in values, not value"],
        [{ jsonPath: "a", operator: "Contains", values: ["x"] }, "needs a single value, not values"],
    ] as const)("%j: %s", (criterion, problem) => {
        expect(criterionValueProblem(criterion)).toBe(problem);
    });
});
