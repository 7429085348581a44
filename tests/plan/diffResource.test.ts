import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import { UNKNOWN_VALUE } from "../../tools/evaluate/plannedResource";
import { resourceModel } from "../../tools/providerModel/providerModel";
import { EncryptedSecret } from "../../tools/plan/deployedState";
import { diffResource, equivalentJson } from "../../tools/plan/diffResource";

const action = resourceModel(RESOURCE_TYPES.integrationAction);
const flow = resourceModel(RESOURCE_TYPES.flow);
const trigger = resourceModel(RESOURCE_TYPES.trigger);

describe("diffResource, as the bridge plans new checked inputs against the prior state", () => {
    it("compares against the state, not the prior inputs: a Flow name the provider read back differs from the sent one", () => {
        const diff = diffResource({
            newInputs: { name: "workflow-1a2b3c4", filepath: "w.yaml" },
            oldInputs: { name: "workflow-1a2b3c4", filepath: "w.yaml" },
            oldOutputs: { id: "f", name: "Published Name", filepath: "w.yaml", fileContentHash: "abc" },
            model: flow,
        });
        expect(diff.changes).toEqual([expect.objectContaining({ path: "name", kind: "update", old: "Published Name", new: "workflow-1a2b3c4" })]);
        expect(diff.replaceKeys).toEqual([]);
    });

    it("keeps an unset Optional+Computed input at the state's value and ignores computed-only outputs", () => {
        const diff = diffResource({ newInputs: { filepath: "w.yaml" }, oldInputs: {}, oldOutputs: { id: "f", name: "Published", filepath: "w.yaml", fileContentHash: "x" }, model: flow });
        expect(diff.changes).toEqual([]);
    });

    it("marks a changed ForceNew input as forcing replacement, and suppresses equivalent JSON re-spellings", () => {
        const base = { name: "Send", category: "Cat", integrationId: "i", contractOutput: '{"type":"object"}' };
        const same = diffResource({
            newInputs: { ...base, contractInput: '{"type":"object","properties":{}}' },
            oldInputs: {},
            oldOutputs: { ...base, contractInput: '{"properties":{},"type":"object"}' },
            model: action,
        });
        expect(same.changes).toEqual([]);
        const changed = diffResource({
            newInputs: { ...base, contractInput: '{"type":"object","required":["a"]}' },
            oldInputs: {},
            oldOutputs: { ...base, contractInput: '{"type":"object"}' },
            model: action,
        });
        expect(changed.changes).toEqual([expect.objectContaining({ path: "contractInput", kind: "update-replace" })]);
        expect(changed.replaceKeys).toEqual(["contractInput"]);
    });

    it("compares match criteria as text, so a re-spelling the provider stores differently is a change", () => {
        const diff = diffResource({
            newInputs: { matchCriteria: '[{"value":"MESSAGE","jsonPath":"mediaType"}]' },
            oldInputs: {},
            oldOutputs: { matchCriteria: '[{"jsonPath":"mediaType","value":"MESSAGE"}]' },
            model: trigger,
        });
        expect(diff.changedKeys).toEqual(["matchCriteria"]);
    });

    it("treats an unknown new value as a change, replacing when the input is ForceNew", () => {
        const diff = diffResource({ newInputs: { integrationId: UNKNOWN_VALUE }, oldInputs: {}, oldOutputs: { integrationId: "old" }, model: action });
        expect(diff.changes).toEqual([expect.objectContaining({ path: "integrationId", kind: "update-replace", new: UNKNOWN_VALUE })]);
    });

    it("plans a removed input as a delete of the stored value, and an unset one the state holds as its zero value as no change", () => {
        const removed = diffResource({ newInputs: {}, oldInputs: {}, oldOutputs: { description: "was set" }, model: trigger });
        expect(removed.changes).toEqual([expect.objectContaining({ path: "description", kind: "delete", old: "was set", new: undefined })]);
        expect(diffResource({ newInputs: {}, oldInputs: {}, oldOutputs: { description: "" }, model: trigger }).changes).toEqual([]);
    });

    it("plans an unset input with a schema default as that default", () => {
        expect(diffResource({ newInputs: {}, oldInputs: {}, oldOutputs: { secure: false }, model: action }).changes).toEqual([]);
        expect(diffResource({ newInputs: {}, oldInputs: {}, oldOutputs: { secure: true }, model: action }).replaceKeys).toEqual(["secure"]);
    });

    it("diffs nested blocks by path and inherits the block's facts", () => {
        const diff = diffResource({
            newInputs: { target: { id: "w2", type: "Workflow" } },
            oldInputs: {},
            oldOutputs: { target: { id: "w1", type: "Workflow" } },
            model: trigger,
        });
        expect(diff.changes).toEqual([expect.objectContaining({ path: "target.id", kind: "update", old: "w1", new: "w2" })]);
    });

    it("compares inputs to inputs without a model (components, providers), and cannot compare encrypted secrets", () => {
        const diff = diffResource({ newInputs: { a: 1, secret: "s" }, oldInputs: { a: 2, secret: new EncryptedSecret("xyz") }, oldOutputs: { a: 1 } });
        expect(diff.changes).toEqual([expect.objectContaining({ path: "a", kind: "update", old: 2, new: 1 })]);
        expect(diff.unverifiable).toEqual(["secret"]);
    });
});

describe("equivalentJson (SuppressEquivalentJsonDiffs)", () => {
    it("ignores key order and nulls on the configured side only", () => {
        expect(equivalentJson('{"b":1,"a":null}', '{"b":1}')).toBe(true);
        expect(equivalentJson('{"b":1}', '{"b":1,"a":null}')).toBe(false);
        expect(equivalentJson("not json", "not json")).toBe(true);
    });

    it("drops nulls exactly where jsonDeepDelNullProperties does (util_json.go:61-82)", () => {
        // Objects in a top-level array, and objects nested in objects: null members go.
        expect(equivalentJson('[{"a":1,"b":null}]', '[{"a":1}]')).toBe(true);
        expect(equivalentJson('{"o":{"a":1,"b":null}}', '{"o":{"a":1}}')).toBe(true);
        // An array inside an object is not visited: the null member of its object stays and differs.
        expect(equivalentJson('{"list":[{"a":1,"b":null}]}', '{"list":[{"a":1}]}')).toBe(false);
        // Null elements of an array are never removed.
        expect(equivalentJson("[1,null]", "[1]")).toBe(false);
        // Text that is not JSON equals only itself.
        expect(equivalentJson("not json", "not json ")).toBe(false);
    });
});
