/**
 * The local Genesys API's own criteria evaluator (tools/localGenesys/triggerCriteria.ts), case by case, with the
 * verdicts written out; and the proof that it is independent: it imports neither the simulation nor contract/.
 */
import * as path from "node:path";
import { Criterion, evaluateTriggerCriteria, judgeCriterion, pathSteps } from "../../tools/localGenesys/triggerCriteria";
import { importedModules } from "../helpers/importedModules";

const EVENT = {
    mediaType: "MESSAGE",
    messageType: "OPEN",
    queueId: "d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01",
    interactingDurationMs: 500,
    callbackNumbers: ["8675309", "5882300"],
    participant: { purpose: "agent", skills: [{ name: "billing" }] },
    conversationId: "",
};

const CASES: [string, Criterion, boolean][] = [
    ["Equal on a string", { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" }, true],
    ["Equal with another value", { jsonPath: "mediaType", operator: "Equal", value: "VOICE" }, false],
    ["Equal is case-sensitive", { jsonPath: "messageType", operator: "Equal", value: "open" }, false],
    ["Equal does not coerce a number to a string", { jsonPath: "interactingDurationMs", operator: "Equal", value: "500" }, false],
    ["Equal on a missing field", { jsonPath: "wrapupCode", operator: "Equal", value: "X" }, false],
    ["NotEqual", { jsonPath: "messageType", operator: "NotEqual", value: "WEBMESSAGING" }, true],
    ["NotEqual on a missing field", { jsonPath: "wrapupCode", operator: "NotEqual", value: "X" }, true],
    ["In", { jsonPath: "queueId", operator: "In", values: ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d", "d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01"] }, true],
    ["In with other queues", { jsonPath: "queueId", operator: "In", values: ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"] }, false],
    ["In on a missing field", { jsonPath: "divisionId", operator: "In", values: ["x"] }, false],
    ["NotIn", { jsonPath: "mediaType", operator: "NotIn", values: ["VOICE", "EMAIL"] }, true],
    ["NotIn with the value listed", { jsonPath: "mediaType", operator: "NotIn", values: ["MESSAGE"] }, false],
    ["GreaterThan", { jsonPath: "interactingDurationMs", operator: "GreaterThan", value: 499 }, true],
    ["GreaterThan at the value", { jsonPath: "interactingDurationMs", operator: "GreaterThan", value: 500 }, false],
    ["GreaterThanOrEqual at the value", { jsonPath: "interactingDurationMs", operator: "GreaterThanOrEqual", value: 500 }, true],
    ["LessThan", { jsonPath: "interactingDurationMs", operator: "LessThan", value: 501 }, true],
    ["LessThanOrEqual below the value", { jsonPath: "interactingDurationMs", operator: "LessThanOrEqual", value: 499 }, false],
    ["GreaterThan between a number and a string", { jsonPath: "interactingDurationMs", operator: "GreaterThan", value: "1" }, false],
    ["Contains on a list", { jsonPath: "callbackNumbers", operator: "Contains", value: "5882300" }, true],
    ["Contains on a string", { jsonPath: "queueId", operator: "Contains", value: "4d3e" }, true],
    ["Contains with nothing of it", { jsonPath: "callbackNumbers", operator: "Contains", value: "112" }, false],
    ["All", { jsonPath: "callbackNumbers", operator: "All", values: ["8675309", "5882300"] }, true],
    ["All with one value missing", { jsonPath: "callbackNumbers", operator: "All", values: ["8675309", "112"] }, false],
    ["Exists true on a present field", { jsonPath: "queueId", operator: "Exists", value: true }, true],
    ["Exists false on a missing field", { jsonPath: "wrapupCode", operator: "Exists", value: false }, true],
    ["Exists false on a present, empty field", { jsonPath: "conversationId", operator: "Exists", value: false }, false],
    ["Size of a list", { jsonPath: "callbackNumbers", operator: "Size", value: 2 }, true],
    ["Size of a list, wrong", { jsonPath: "callbackNumbers", operator: "Size", value: 3 }, false],
    ["a nested path", { jsonPath: "participant.purpose", operator: "Equal", value: "agent" }, true],
    ["a bracketed path with an index", { jsonPath: "$['participant']['skills'][0]['name']", operator: "Equal", value: "billing" }, true],
    ["a $. path", { jsonPath: "$.mediaType", operator: "Equal", value: "MESSAGE" }, true],
    ["a filter expression (not supported: matches nothing)", { jsonPath: "$.participant.skills[?(@.name=='billing')]", operator: "Exists", value: true }, false],
    ["an unknown operator", { jsonPath: "mediaType", operator: "Matches", value: "MESSAGE" }, false],
];

describe("the local Genesys API's criteria evaluator", () => {
    it.each(CASES)("%s", (_what, criterion, match) => {
        expect(judgeCriterion(criterion, EVENT).match).toBe(match);
    });

    it("shows what the path extracted, in the test endpoint's $['field'] spelling", () => {
        expect(judgeCriterion({ jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" }, EVENT).extraction).toEqual([{ value: "MESSAGE", path: "$['mediaType']" }]);
        expect(judgeCriterion({ jsonPath: "participant.skills[0].name", operator: "Equal", value: "x" }, EVENT).extraction).toEqual([
            { value: "billing", path: "$['participant']['skills'][0]['name']" },
        ]);
        expect(judgeCriterion({ jsonPath: "wrapupCode", operator: "Equal", value: "x" }, EVENT).extraction).toEqual([]);
        expect(pathSteps("")).toBeUndefined();
    });

    it("fires only when every criterion holds, and for every event without criteria", () => {
        const handover = [
            { jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" },
            { jsonPath: "messageType", operator: "Equal", value: "OPEN", values: null },
        ];
        expect(evaluateTriggerCriteria({ matchCriteria: handover }, EVENT).matches).toBe(true);
        expect(evaluateTriggerCriteria({ matchCriteria: handover }, { ...EVENT, messageType: "WEBMESSAGING" }).matches).toBe(false);
        expect(evaluateTriggerCriteria({ matchCriteria: handover }, { ...EVENT, messageType: "WEBMESSAGING" }).criteria.map((c) => c.match)).toEqual([true, false]);
        expect(evaluateTriggerCriteria({}, { anything: 1 }).matches).toBe(true);
    });

    it("shares no code with the simulation or contract/: a second, independent reading of Genesys' rules", () => {
        const modules = importedModules(path.join(__dirname, "..", "..", "tools", "localGenesys", "triggerCriteria.ts"));
        expect(modules).toEqual(["purecloud-platform-client-v2", "./orgState"]);
    });
});
