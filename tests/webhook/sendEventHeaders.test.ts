/**
 * The request headers of "Send Event to Cognigy" for each credentialType, written out. A user-defined credential's
 * fields travel as headers of the same name whose values Genesys fills from the credential
 * (`${credentials.<field>}`, the Velocity reference of Genesys' Web Services Data Actions); basic auth adds no
 * header of ours (Genesys sends Authorization: Basic itself).
 */
import { SecretValue } from "../../components/config/secretValue";
import { sendEventHeaders } from "../../components/webhook/sendEventAction";

describe("the data action's request headers", () => {
    test("credentialType none: JSON only", () => {
        expect(sendEventHeaders(undefined)).toEqual({ "Content-Type": "application/json" });
    });

    test("credentialType basicAuth: JSON only, the credential stays out of the action", () => {
        expect(sendEventHeaders({ type: "basicAuth", username: "genesys-data-actions", password: new SecretValue("pw-not-real") })).toEqual({
            "Content-Type": "application/json",
        });
    });

    test("credentialType userDefined: one header per field, named as the field, valued by a credentials reference", () => {
        const headers = sendEventHeaders({
            type: "userDefined",
            fields: { "x-api-key": new SecretValue("key-not-real"), X_Tenant: new SecretValue("tenant-7") },
        });
        expect(headers).toEqual({
            "Content-Type": "application/json",
            "x-api-key": "${credentials.x-api-key}",
            X_Tenant: "${credentials.X_Tenant}",
        });
        expect(JSON.stringify(headers)).not.toMatch(/key-not-real|tenant-7/);
    });
});
