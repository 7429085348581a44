/**
 * The webhook components against the provider model: names the provider reads back are set to exactly what it
 * reads back (a Flow's is its YAML workflow name), and every input that forces a replacement is either carried
 * by a name that changes with it (the data action: create-before-delete with no duplicate) or replaced
 * delete-before-create (triggers, the integration). Fails if the unnamed-Flow or unsafe-replacement faults return.
 */
import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import { parse } from "yaml";
import { sendEventActionName, SendEventActionContract } from "../../components/webhook/sendEventActionContract";
import { readWorkflowTemplate, renderWorkflowTemplate } from "../../components/webhook/workflowTemplate";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { resourceModel } from "../../tools/providerModel/providerModel";
import { BASE_CONFIG, WEBHOOK_CONFIG, registerStackWithReplaceOptions, ReplaceOptions } from "../eventbridge/registeredStack";

const SUFFIX = BASE_CONFIG.nameSuffix;
/** The inputs whose change the action's name must reflect (its fingerprint). */
const FINGERPRINTED: readonly (keyof SendEventActionContract)[] = ["contractInput", "contractOutput", "secure"];

let resources: PlannedResource[];
let replaceOptions: ReadonlyMap<string, ReplaceOptions>;

beforeAll(async () => {
    ({ resources, replaceOptions } = await registerStackWithReplaceOptions(WEBHOOK_CONFIG, []));
});

const genesys = () => resources.filter((resource) => resource.custom && resource.type.startsWith("genesyscloud:"));
const ofType = (type: string) => resources.filter((resource) => resource.type === type);
const single = (type: string) => {
    const found = ofType(type);
    expect(found).toHaveLength(1);
    return found[0];
};
const byUrn = (urn: string) => resources.find((resource) => resource.urn === urn);
const deletesBeforeReplace = (resource: PlannedResource) => replaceOptions.get(`${resource.type} ${resource.name}`)?.deleteBeforeReplace === true;

function contractOf(action: PlannedResource): SendEventActionContract {
    return {
        contractInput: action.inputs.contractInput as string,
        contractOutput: action.inputs.contractOutput as string,
        secure: action.inputs.secure as boolean,
    };
}

describe("names the provider reads back (fault: unnamed Flow)", () => {
    test("every auto-named input of every Genesys resource is set explicitly", () => {
        const unset = genesys().flatMap((resource) =>
            Object.entries(resourceModel(resource.type)?.inputs ?? {})
                .filter(([inputPath, fact]) => fact.autoNamed && (typeof resource.inputs[inputPath] !== "string" || resource.inputs[inputPath] === ""))
                .map(([inputPath]) => `${resource.name}.${inputPath}`),
        );
        expect(unset).toEqual([]);
        expect(ofType(RESOURCE_TYPES.flow)).toHaveLength(2);
    });

    test("every Flow is named exactly as the YAML it publishes names the workflow", () => {
        for (const flow of ofType(RESOURCE_TYPES.flow)) {
            const published = renderWorkflowTemplate(readWorkflowTemplate(), flow.inputs.substitutions as Record<string, string>);
            const yamlName: unknown = parse(published).workflow.name;
            expect([flow.name, flow.inputs.name]).toEqual([flow.name, yamlName]);
        }
    });
});

describe("renaming a workflow (fault: triggers stranded on the old flow)", () => {
    test("a change of a Flow's published name replaces it create-before-delete, so the triggers move to the new id", () => {
        for (const flow of ofType(RESOURCE_TYPES.flow)) {
            expect([flow.name, replaceOptions.get(`${flow.type} ${flow.name}`)]).toEqual([flow.name, { deleteBeforeReplace: false, replaceOnChanges: ["name"] }]);
        }
    });
});

describe("replacing the data action (fault: duplicate name, workflows bound to a deleted action)", () => {
    test("is create-before-delete: the workflows never point at a deleted action", () => {
        expect(deletesBeforeReplace(single(RESOURCE_TYPES.integrationAction))).toBe(false);
    });

    test("its name carries the fingerprint of every replacement-forcing input it sets", () => {
        const action = single(RESOURCE_TYPES.integrationAction);
        const contract = contractOf(action);
        expect(action.inputs.name).toBe(sendEventActionName(SUFFIX, contract));
        for (const key of FINGERPRINTED) {
            const changed: SendEventActionContract = { ...contract, [key]: key === "secure" ? !contract.secure : `${String(contract[key])} ` };
            expect([key, sendEventActionName(SUFFIX, changed)]).not.toEqual([key, action.inputs.name]);
        }
    });

    test("every ForceNew input is fingerprinted, or comes from a resource replaced delete-first that no input replaces", () => {
        const action = single(RESOURCE_TYPES.integrationAction);
        const forceNew = Object.entries(resourceModel(action.type)?.inputs ?? {}).filter(([, fact]) => fact.forceNew);
        const unsafe = forceNew
            .filter(([inputPath]) => !(FINGERPRINTED as readonly string[]).includes(inputPath))
            .filter(([inputPath]) => {
                const sources = (action.propertyDependencies[inputPath] ?? []).map(byUrn);
                const safeSource = (source: PlannedResource | undefined) =>
                    source !== undefined &&
                    deletesBeforeReplace(source) &&
                    Object.values(resourceModel(source.type)?.inputs ?? {}).every((fact) => !fact.forceNew);
                return action.inputs[inputPath] !== undefined && !(sources.length > 0 && sources.every(safeSource));
            })
            .map(([inputPath]) => inputPath);
        expect(forceNew.map(([inputPath]) => inputPath).sort()).toEqual(["contractInput", "contractOutput", "integrationId", "secure"]);
        expect(unsafe).toEqual([]);
    });

    test("every workflow republishes against the new action: it names it and its update hash depends on the action's id", () => {
        const action = single(RESOURCE_TYPES.integrationAction);
        for (const flow of ofType(RESOURCE_TYPES.flow)) {
            const substitutions = flow.inputs.substitutions as Record<string, string>;
            expect([substitutions.data_action_name, substitutions.data_action_category]).toEqual([action.inputs.name, action.inputs.category]);
            expect(flow.propertyDependencies.updateTriggerHash).toContain(action.urn);
            expect(flow.dependencies).toContain(action.urn);
        }
    });
});

describe("replacing triggers and the integration", () => {
    test("every other Genesys resource that sets a ForceNew input is replaced delete-first (no trigger fires twice)", () => {
        const unsafe = genesys()
            .filter((resource) => resource.type !== RESOURCE_TYPES.integrationAction)
            .filter((resource) =>
                Object.entries(resourceModel(resource.type)?.inputs ?? {}).some(([inputPath, fact]) => fact.forceNew && resource.inputs[inputPath] !== undefined),
            )
            .filter((resource) => !deletesBeforeReplace(resource))
            .map((resource) => resource.name);
        expect(ofType(RESOURCE_TYPES.trigger).every(deletesBeforeReplace)).toBe(true);
        expect(unsafe).toEqual([]);
    });

    test("the integration, whose name is the actions' category, is replaced delete-first", () => {
        expect(deletesBeforeReplace(single(RESOURCE_TYPES.integration))).toBe(true);
    });
});
