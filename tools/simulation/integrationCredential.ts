import { isRecord, RESOURCE_TYPES } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";
import { linkedResources, ofType, recordInput, stringInput } from "./stackResources";
import { maskedCredential } from "./velocityTemplate";

/**
 * Headers Genesys adds on its own from the integration's credential. A Basic Auth credential is sent as an
 * `Authorization: Basic …` header on every request (Genesys "Credential types" article); its value is never
 * known here, so it appears as a placeholder. User Defined credentials are only sent where a template says
 * `${credentials.<field>}`, which the template rendering already covers.
 */
export function credentialHeaders(integration: PlannedResource, resources: readonly PlannedResource[]): Record<string, string> {
    const credentials = recordInput(integration, "config")?.credentials;
    const reference = isRecord(credentials) ? credentials.basicAuth : undefined;
    if (reference === undefined) {
        return {};
    }
    const [credential] = linkedResources(integration, "config", reference, ofType(resources, RESOURCE_TYPES.integrationCredential));
    if (credential === undefined || stringInput(credential, "credentialTypeName") !== "basicAuth") {
        return {};
    }
    return { Authorization: `Basic ${maskedCredential("basicAuth")}` };
}
