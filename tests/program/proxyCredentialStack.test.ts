import { RESOURCE_TYPES } from "@cognigy-handover/contract";
import { SECRET_PLACEHOLDER } from "../../tools/evaluate/stackConfig";
import { PlannedStack } from "./plannedStack";

/** Pulumi.example-proxy.yaml: basic auth towards a proxy in front of Cognigy, password as a Pulumi secret. */
describe("a stack whose Cognigy endpoint sits behind an authenticating proxy", () => {
    let planned: PlannedStack;

    beforeAll(async () => {
        planned = await PlannedStack.evaluate("example-proxy");
    });

    it("adds a basic-auth credential and attaches it to the integration", () => {
        const [credential] = planned.ofType(RESOURCE_TYPES.integrationCredential);
        expect(planned.ofType(RESOURCE_TYPES.integrationCredential)).toHaveLength(1);
        expect(credential.inputs).toEqual({
            name: "Web Services Data Actions Integration (proxy example) Credential",
            credentialTypeName: "basicAuth",
            fields: { userName: "genesys-data-actions", password: SECRET_PLACEHOLDER },
        });
        const integration = planned.named("handover-webhook-integration");
        expect(integration.inputs.config).toMatchObject({ credentials: { basicAuth: credential.id } });
        expect(planned.dependencyNames(integration)).toEqual([credential.name]);
    });

    it("registers the credential fields only as a Pulumi secret", () => {
        const [credential] = planned.ofType(RESOURCE_TYPES.integrationCredential);
        expect(credential.secretPaths).toEqual(["fields"]);
    });

    it("never registers the password in plain text anywhere else", () => {
        for (const resource of planned.resources) {
            const visible = JSON.stringify(resource.inputs, (key, value) =>
                resource.secretPaths.includes(key) ? "[secret]" : (value as unknown),
            );
            expect([resource.name, visible.includes(SECRET_PLACEHOLDER)]).toEqual([resource.name, false]);
        }
    });

    it("delays the triggers instead of expiring events", () => {
        for (const trigger of planned.ofType(RESOURCE_TYPES.trigger)) {
            expect(trigger.inputs.delayBySeconds).toBe(60);
            expect(trigger.inputs.eventTtlSeconds).toBeUndefined();
        }
    });
});
