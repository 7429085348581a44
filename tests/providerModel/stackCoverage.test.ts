/**
 * The provider model covers what the stack actually registers: every Genesys and AWS resource type of every
 * delivery variant, and every input (nested ones included) the components set. Without a row the offline plan
 * could not tell whether changing that input updates or replaces the resource.
 */
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { ResourceModel, resourceModel } from "../../tools/providerModel/providerModel";
import { ONPREM_CONFIG, WEBHOOK_CONFIG, registerStack, SAAS_CONFIG } from "../eventbridge/registeredStack";

/** The AWS provider's own configuration (region, allowed accounts) is not modelled. */
const UNMODELLED_TYPES = ["pulumi:providers:aws"];

const PROXY_CREDENTIAL_CONFIG: Readonly<Record<string, string>> = {
    ...WEBHOOK_CONFIG,
    credentialType: "basicAuth",
    basicAuthUsername: "genesys-data-actions",
    basicAuthPassword: "not-a-real-password",
};

/** Registered input paths without a model row; descends into objects only where the model has nested rows. */
function unmodelledInputs(model: ResourceModel, value: Record<string, unknown>, prefix = ""): string[] {
    return Object.entries(value).flatMap(([key, child]) => {
        const inputPath = prefix + key;
        if (model.inputs[inputPath] === undefined) {
            return [inputPath];
        }
        const hasNestedRows = Object.keys(model.inputs).some((row) => row.startsWith(`${inputPath}.`));
        const elements = Array.isArray(child) ? child : [child];
        return hasNestedRows
            ? elements
                  .filter((element): element is Record<string, unknown> => typeof element === "object" && element !== null)
                  .flatMap((element) => unmodelledInputs(model, element, `${inputPath}.`))
            : [];
    });
}

const variants: [string, () => Promise<PlannedResource[]>][] = [
    ["webhook delivery with a proxy credential", () => registerStack(PROXY_CREDENTIAL_CONFIG, ["basicAuthPassword"])],
    ["on-prem EventBridge delivery", () => registerStack(ONPREM_CONFIG)],
    ["SaaS EventBridge delivery during the webhook migration", () => registerStack({ ...SAAS_CONFIG, keepWebhookDuringMigration: "true" }, [])],
];

describe.each(variants)("the provider model covers the %s", (_variant, register) => {
    let custom: PlannedResource[];

    beforeAll(async () => {
        custom = (await register()).filter((resource) => resource.custom && !UNMODELLED_TYPES.includes(resource.type));
    });

    test("every registered resource type", () => {
        expect(custom.filter((resource) => resourceModel(resource.type) === undefined).map((resource) => resource.type)).toEqual([]);
    });

    test("every input the components set, nested ones included", () => {
        const missing = custom.flatMap((resource) => {
            const model = resourceModel(resource.type);
            return model ? unmodelledInputs(model, resource.inputs).map((inputPath) => `${resource.type} ${inputPath}`) : [];
        });
        expect(missing).toEqual([]);
    });
});
