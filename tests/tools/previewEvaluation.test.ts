/** The evaluator in preview mode behaves as `pulumi preview` does: the bridge's Check, unknown ids and outputs, prior state. */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import type { ProgramEvaluation } from "../../tools/evaluate/evaluateProgram";
import { evaluateIsolated } from "../helpers/isolatedEvaluation";
import { AUTONAMING_DISABLED_MESSAGE, autoName, autonamingModeFor, checkInputs, plannedPreviewState } from "../../tools/evaluate/bridgeCheck";
import { UNKNOWN_VALUE } from "../../tools/evaluate/plannedResource";
import type { ResourceModel, InputFact } from "../../tools/providerModel/providerModel";

const FIXTURE = path.resolve(__dirname, "..", "fixtures", "preview-project");
const FLOW_URN = "urn:pulumi:first::preview-project::genesyscloud:index/flow:Flow::workflow";

const fact = (overrides: Partial<InputFact>): InputFact => ({
    terraformName: "x",
    required: false,
    optional: true,
    computed: false,
    forceNew: false,
    sensitive: false,
    autoNamed: false,
    readBack: "input",
    source: "test fixture",
    confidence: "confirmed",
    ...overrides,
});

/** A small model of its own, so these tests do not depend on how complete the real provider model is. */
const model: ResourceModel = {
    type: "test:index/thing:Thing",
    providerResource: "test_thing",
    source: "test fixture",
    inputs: {
        name: fact({ computed: true, autoNamed: true }),
        description: fact({}),
        "config.mode": fact({ computed: true }),
        divisionId: fact({ computed: true }),
    },
    outputs: { arn: { terraformName: "arn", source: "test fixture", confidence: "confirmed" } },
};

describe("the bridge's Check step", () => {
    it("auto-names an unset name as <logical name>-<7 hex>, the same for the same URN", () => {
        const checked = checkInputs({ urn: "urn:a", name: "thing", inputs: { description: "d" }, model, prior: undefined, autonaming: "default" });
        expect(checked).toEqual({ description: "d", name: autoName("urn:a", "thing") });
        expect(checked["name"]).toMatch(/^thing-[0-9a-f]{7}$/);
        expect(autoName("urn:b", "thing")).not.toBe(checked["name"]);
    });

    it("keeps an explicit name, reuses the prior auto-name, and honours verbatim", () => {
        const base = { urn: "urn:a", name: "thing", model, autonaming: "default" as const };
        expect(checkInputs({ ...base, inputs: { name: "Mine" }, prior: undefined })["name"]).toBe("Mine");
        expect(checkInputs({ ...base, inputs: {}, prior: { id: "1", inputs: { name: "thing-abcdef0" }, outputs: {} } })["name"]).toBe("thing-abcdef0");
        expect(checkInputs({ ...base, inputs: {}, prior: undefined, autonaming: "verbatim" })["name"]).toBe("thing");
    });

    it("fails an unset name with the bridge's message when autonaming is disabled", () => {
        expect(() => checkInputs({ urn: "urn:a", name: "thing", inputs: {}, model, prior: undefined, autonaming: "disable" })).toThrow(
            `urn:a: ${AUTONAMING_DISABLED_MESSAGE}`,
        );
    });

    it("reads pulumi:autonaming per provider package, refusing what it does not model", () => {
        expect(autonamingModeFor({}, "genesyscloud")).toBe("default");
        expect(autonamingModeFor({ "pulumi:autonaming": '{"mode":"disable"}' }, "genesyscloud")).toBe("disable");
        const perProvider = { "pulumi:autonaming": '{"mode":"disable","providers":{"aws":{"mode":"verbatim"}}}' };
        expect(autonamingModeFor(perProvider, "aws")).toBe("verbatim");
        expect(autonamingModeFor(perProvider, "genesyscloud")).toBe("disable");
        expect(() => autonamingModeFor({ "pulumi:autonaming": '{"pattern":"${name}-x"}' }, "aws")).toThrow(/patterns are not modelled/);
        expect(() => autonamingModeFor({ "pulumi:autonaming": '{"mode":"random"}' }, "aws")).toThrow(/not one of default, verbatim, disable/);
    });
});

describe("a preview's planned state", () => {
    it("has unknown id, outputs and unset Optional+Computed inputs; set inputs stay as checked", () => {
        const planned = plannedPreviewState({ checkedInputs: { name: "n", config: {}, divisionId: "d1" }, model, prior: undefined });
        expect(planned).toEqual({ id: "", state: { name: "n", config: { mode: UNKNOWN_VALUE }, divisionId: "d1", arn: UNKNOWN_VALUE, id: UNKNOWN_VALUE } });
    });

    it("keeps the prior id and computed values of a resource that exists", () => {
        const prior = { id: "thing-1", inputs: {}, outputs: { arn: "arn:thing-1", divisionId: "home", config: { mode: "m" } } };
        const planned = plannedPreviewState({ checkedInputs: { name: "n", config: {} }, model, prior });
        expect(planned).toEqual({ id: "thing-1", state: { name: "n", config: { mode: "m" }, divisionId: "home", arn: "arn:thing-1", id: "thing-1" } });
    });
});

const evaluateProgram = evaluateIsolated;

describe("evaluateProgram in preview mode", () => {
    const resource = (evaluation: ProgramEvaluation, name: string) => {
        const found = evaluation.resources.find((r) => r.custom && r.name === name);
        if (found === undefined) {
            throw new Error(`no resource ${name}`);
        }
        return found;
    };

    it("a first preview: ids and what depends on them unknown, applies on them not run, names auto-named", async () => {
        const evaluation = await evaluateProgram({ projectDir: FIXTURE, stack: "first", mode: "preview" });
        expect(evaluation.mode).toBe("preview");
        const flow = resource(evaluation, "workflow");
        expect(flow.urn).toBe(FLOW_URN);
        expect(flow.id).toBeUndefined();
        expect(flow.outputs["id"]).toBe(UNKNOWN_VALUE);
        expect(flow.inputs["name"]).toBe(autoName(FLOW_URN, "workflow"));
        const trigger = resource(evaluation, "trigger");
        expect(trigger.inputs["target"]).toEqual({ id: UNKNOWN_VALUE, type: "Workflow" });
        expect(trigger.propertyDependencies["target"]).toEqual([FLOW_URN]);
        expect([trigger.deleteBeforeReplace, trigger.replaceOnChanges, flow.deleteBeforeReplace]).toEqual([true, ["topicName"], undefined]);
        expect(evaluation.stackOutputs["flowIdSeenByApply"]).toBe(UNKNOWN_VALUE);
    });

    it("against a prior state: the deployed id and auto-name are reused, so applies run", async () => {
        const priorState = new Map([[FLOW_URN, { id: "flow-123", inputs: { name: "workflow-0000000" }, outputs: { name: "Workflow" } }]]);
        const evaluation = await evaluateProgram({ projectDir: FIXTURE, stack: "first", mode: "preview", priorState });
        expect(resource(evaluation, "workflow").id).toBe("flow-123");
        expect(resource(evaluation, "workflow").inputs["name"]).toBe("workflow-0000000");
        expect(resource(evaluation, "trigger").inputs["target"]).toEqual({ id: "flow-123", type: "Workflow" });
        expect(evaluation.stackOutputs["flowIdSeenByApply"]).toBe("applied to flow-123");
    });

    it("update mode keeps known fake ids (the simulation's view) and still runs Check", async () => {
        const evaluation = await evaluateProgram({ projectDir: FIXTURE, stack: "first", mode: "update" });
        expect(resource(evaluation, "workflow").id).toBe("workflow-offline-id");
        expect(resource(evaluation, "workflow").inputs["name"]).toBe(autoName(FLOW_URN, "workflow"));
        expect(evaluation.stackOutputs["flowIdSeenByApply"]).toBe("applied to workflow-offline-id");
    });

    it("an autonaming setting it does not model is a configuration error naming the stack", async () => {
        await expect(evaluateProgram({ projectDir: FIXTURE, stack: "bad-autonaming", mode: "preview" })).rejects.toThrow(
            "Stack 'bad-autonaming': pulumi:autonaming mode \"random\" is not one of default, verbatim, disable.",
        );
    });

    /**
     * A failed program leaves rejected promises behind, which jest would report against the test; the evaluator
     * silences them in a real process, so failures are evaluated in one.
     */
    it("fails as the CLI would: autonaming disabled with an unnamed workflow, an invoke the mocks do not know", () => {
        const script = `
            const { evaluateProgram } = require("./tools/evaluate/evaluateProgram");
            (async () => {
                for (const stack of ["no-autonaming", "lookup"]) {
                    await evaluateProgram({ projectDir: ${JSON.stringify(FIXTURE)}, stack, mode: "preview" }).then(
                        () => console.log("resolved"),
                        (error) => console.log(error.name + ": " + error.message),
                    );
                }
            })();`;
        const run = spawnSync(process.execPath, ["-r", "./tools/compiledTypeScript.js", "-e", script], { cwd: path.resolve(__dirname, "..", ".."), encoding: "utf8" });
        const [autonamingFailure, lookupFailure, ...rest] = run.stdout.trim().split("\n");
        expect(rest).toEqual([]);
        expect(autonamingFailure).toMatch(/^UserError: .*failed to register new resource workflow \[genesyscloud:index\/flow:Flow\]: /);
        expect(autonamingFailure).toContain(`${FLOW_URN.replace(":first:", ":no-autonaming:")}: ${AUTONAMING_DISABLED_MESSAGE} (set \`name\`, or change pulumi:autonaming).`);
        expect(lookupFailure).toBe(
            "UserError: The offline evaluator has no answer for invoke genesyscloud:index/getRoutingQueue:getRoutingQueue: " +
                "add a fixed, obviously fake result for it to tools/evaluate/offlineMocks.ts (and say in docs/offline-plan.md what the plan cannot check about it).",
        );
    }, 30000);
});
