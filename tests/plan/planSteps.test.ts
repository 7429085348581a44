import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import { UNKNOWN_VALUE } from "../../tools/evaluate/plannedResource";
import { nameClashes } from "../../tools/plan/nameClashes";
import { planSteps } from "../../tools/plan/planSteps";
import { deployed, registered } from "./plannedResources";

const CONTRACT = '{"type":"object"}';
const NEW_CONTRACT = '{"required":["x"],"type":"object"}';

function actionInputs(name: string, contractInput: string): Record<string, unknown> {
    return { name, category: "Cat", integrationId: "integration-id", contractInput, contractOutput: CONTRACT };
}

describe("planSteps, as the engine's step generator orders a change", () => {
    const integration = registered(RESOURCE_TYPES.integration, "integration", { integrationType: "custom-rest-actions" });
    const oldAction = registered(RESOURCE_TYPES.integrationAction, "action", actionInputs("Send [contract aaaaaaa]", CONTRACT));
    const flowOf = (name: string, hash: string) =>
        registered(RESOURCE_TYPES.flow, name, { name, filepath: "w.yaml", updateTriggerHash: hash }, { propertyDependencies: { updateTriggerHash: [oldAction.urn] }, dependencies: [oldAction.urn] });
    const triggerOf = (name: string, flowName: string, topicName = "topic") =>
        registered(RESOURCE_TYPES.trigger, name, { name, topicName, enabled: true, target: { id: `${flowName}-id`, type: "Workflow" } }, { propertyDependencies: { target: [`urn:pulumi:dev::proj::${RESOURCE_TYPES.flow}::${flowName}`] } }, );
    const state = [
        deployed(integration, integration.inputs),
        deployed(oldAction, oldAction.inputs),
        deployed(flowOf("acw", "h1"), flowOf("acw", "h1").inputs),
        deployed(flowOf("end", "h2"), flowOf("end", "h2").inputs),
        deployed(triggerOf("t-acw", "acw"), triggerOf("t-acw", "acw").inputs),
    ];

    it("same when nothing changes", () => {
        const { steps } = planSteps([integration, oldAction, flowOf("acw", "h1"), flowOf("end", "h2"), triggerOf("t-acw", "acw")], state);
        expect(steps.map((s) => s.op)).toEqual(["same", "same", "same", "same", "same"]);
    });

    it("a contract change: the action is replaced create-before-delete, both workflows republish because of it, the trigger stays, the old action goes last", () => {
        const newAction = registered(RESOURCE_TYPES.integrationAction, "action", actionInputs("Send [contract bbbbbbb]", NEW_CONTRACT));
        const { steps, protectionErrors } = planSteps(
            [integration, newAction, flowOf("acw", UNKNOWN_VALUE), flowOf("end", UNKNOWN_VALUE), triggerOf("t-acw", "acw")],
            state,
        );
        expect(steps.map((s) => `${s.op} ${s.urn.split("::").pop()}`)).toEqual([
            "same integration",
            "create-replacement action",
            "replace action",
            "update acw",
            "update end",
            "same t-acw",
            "delete-replaced action",
        ]);
        const replace = steps.find((s) => s.op === "replace");
        expect(replace?.deleteBeforeReplace).toBe(false);
        expect(replace?.diff?.replaceKeys).toEqual(["contractInput"]);
        expect(steps.filter((s) => s.op === "update").map((s) => s.causedBy)).toEqual([[oldAction.urn], [oldAction.urn]]);
        expect(protectionErrors).toEqual([]);
    });

    it("delete-before-replace deletes first, then replaces and creates", () => {
        const oldTrigger = triggerOf("t-acw", "acw");
        const moved = { ...triggerOf("t-acw", "acw", "other-topic"), deleteBeforeReplace: true };
        const { steps } = planSteps([integration, oldAction, flowOf("acw", "h1"), flowOf("end", "h2"), moved], state);
        expect(steps.filter((s) => s.urn === oldTrigger.urn).map((s) => s.op)).toEqual(["delete-replaced", "replace", "create-replacement"]);
        expect(steps.find((s) => s.op === "replace")?.deleteBeforeReplace).toBe(true);
    });

    it("delete-before-replace also deletes first the dependents its deletion replaces (the engine's calculateDependentReplacements)", () => {
        // The integration is replaced delete-before-replace; the action's integrationId (ForceNew) comes from it, so the
        // action must go before it and come back after; the workflows only update.
        const integrationState = { ...integration, deleteBeforeReplace: true, replaceOnChanges: ["integrationType"] };
        const action = registered(RESOURCE_TYPES.integrationAction, "action", actionInputs("Send [contract aaaaaaa]", CONTRACT), {
            propertyDependencies: { integrationId: [integration.urn] },
            dependencies: [integration.urn],
        });
        const dependentState = [deployed(integrationState, integrationState.inputs), deployed(action, action.inputs), ...state.slice(2)];
        const newIntegration = { ...integrationState, inputs: { integrationType: "custom-rest-actions-v2" } };
        const newAction = { ...action, inputs: { ...action.inputs, integrationId: UNKNOWN_VALUE } };
        const { steps } = planSteps([newIntegration, newAction, flowOf("acw", UNKNOWN_VALUE), flowOf("end", UNKNOWN_VALUE), triggerOf("t-acw", "acw")], dependentState);
        expect(steps.map((s) => `${s.op} ${s.urn.split("::").pop()}`)).toEqual([
            "delete-replaced action",
            "delete-replaced integration",
            "replace integration",
            "create-replacement integration",
            "create-replacement action",
            "replace action",
            "update acw",
            "update end",
            "same t-acw",
        ]);
        expect(steps[0].causedBy).toEqual([integration.urn]);
    });

    it("deletes what the program no longer registers, last and in reverse order, and refuses to replace or delete protected resources", () => {
        const protectedState = state.map((resource) => ({ ...resource, protect: true }));
        const newAction = registered(RESOURCE_TYPES.integrationAction, "action", actionInputs("Send [contract bbbbbbb]", NEW_CONTRACT), { protect: true });
        const { steps, protectionErrors } = planSteps([{ ...integration, protect: true }, newAction], protectedState);
        expect(steps.filter((s) => s.op === "delete").map((s) => s.urn.split("::").pop())).toEqual(["t-acw", "end", "acw"]);
        expect(protectionErrors.map((e) => e.message)).toEqual([
            expect.stringMatching(/^unable to replace resource .*::action as it is currently marked for protection/),
            expect.stringMatching(/t-acw cannot be deleted because it is protected/),
            expect.stringMatching(/end cannot be deleted because it is protected/),
            expect.stringMatching(/acw cannot be deleted because it is protected/),
        ]);
    });

    it("honours replaceOnChanges and ignoreChanges as the engine applies them", () => {
        const renamedFlow = registered(RESOURCE_TYPES.flow, "acw", { name: "other", filepath: "w.yaml", updateTriggerHash: "h1" }, { propertyDependencies: { updateTriggerHash: [oldAction.urn] } });
        const rest = [integration, oldAction];
        const replaced = planSteps([...rest, { ...renamedFlow, replaceOnChanges: ["name"] }], state).steps.find((s) => s.urn === renamedFlow.urn && s.logical);
        expect(replaced).toMatchObject({ op: "replace", diff: { replaceKeys: ["name"] } });
        const ignored = planSteps([...rest, { ...renamedFlow, ignoreChanges: ["name"] }], state).steps.find((s) => s.urn === renamedFlow.urn);
        expect(ignored?.op).toBe("same");
    });

    it("creates everything against an empty state", () => {
        expect(planSteps([integration, oldAction], []).steps.map((s) => s.op)).toEqual(["create", "create"]);
    });

    describe("nameClashes: a create-before-delete replacement must not keep its name", () => {
        const flows = [flowOf("acw", UNKNOWN_VALUE), flowOf("end", UNKNOWN_VALUE), triggerOf("t-acw", "acw")];
        it("flags an action replaced under the same name (two actions of one name and category for a while)", () => {
            const sameName = registered(RESOURCE_TYPES.integrationAction, "action", actionInputs("Send [contract aaaaaaa]", NEW_CONTRACT));
            const clashes = nameClashes(planSteps([integration, sameName, ...flows], state).steps);
            expect(clashes.map((c) => c.message)).toEqual([
                expect.stringMatching(/IntegrationAction action is replaced create-before-delete under the same name "Send \[contract aaaaaaa\]" \(contractInput force the replacement\).*deleteBeforeReplace: true/),
            ]);
        });
        it("accepts a name that changes with the contract, or delete-before-replace", () => {
            const renamed = registered(RESOURCE_TYPES.integrationAction, "action", actionInputs("Send [contract bbbbbbb]", NEW_CONTRACT));
            expect(nameClashes(planSteps([integration, renamed, ...flows], state).steps)).toEqual([]);
            const deletedFirst = { ...registered(RESOURCE_TYPES.integrationAction, "action", actionInputs("Send [contract aaaaaaa]", NEW_CONTRACT)), deleteBeforeReplace: true };
            expect(nameClashes(planSteps([integration, deletedFirst, ...flows], state).steps)).toEqual([]);
        });
    });
});
