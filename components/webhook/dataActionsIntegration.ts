import * as pulumi from "@pulumi/pulumi";
import * as genesyscloud from "@pulumi/genesyscloud";
import { canonicalJson, INTEGRATION_TYPE_WEB_SERVICES } from "@cognigy-handover/contract";
import { CredentialSettings } from "../settings";

export interface DataActionsIntegrationArgs {
    /** Display name; Architect lists the integration's actions under this category. */
    readonly displayName: pulumi.Input<string>;
    /** Only for a Cognigy endpoint behind an authenticating proxy; the Cognigy guide uses none. */
    readonly credential?: CredentialSettings;
}

/** Genesys' `basicAuth` credential type names its fields `userName` and `password`. */
function credentialFields(credential: CredentialSettings): pulumi.Output<Record<string, string>> {
    const fields: Record<string, string> =
        credential.type === "basicAuth"
            ? { userName: credential.username, password: credential.password.reveal() }
            : Object.fromEntries(Object.entries(credential.fields).map(([name, value]) => [name, value.reveal()]));
    return pulumi.secret(fields);
}

/**
 * Step 1 of the Cognigy guide: the Web Services Data Actions integration, installed and active, with an
 * optional credential that Genesys attaches to every request of its actions.
 */
export class DataActionsIntegration extends pulumi.ComponentResource {
    public readonly integration: genesyscloud.Integration;
    public readonly credential?: genesyscloud.IntegrationCredential;
    public readonly integrationId: pulumi.Output<string>;

    constructor(name: string, args: DataActionsIntegrationArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:DataActionsIntegration", name, {}, opts);

        if (args.credential !== undefined) {
            this.credential = new genesyscloud.IntegrationCredential(
                `${name}-credential`,
                {
                    name: pulumi.interpolate`${args.displayName} Credential`,
                    credentialTypeName: args.credential.type,
                    fields: credentialFields(args.credential),
                },
                { parent: this },
            );
        }

        this.integration = new genesyscloud.Integration(
            name,
            {
                integrationType: INTEGRATION_TYPE_WEB_SERVICES,
                intendedState: "ENABLED",
                config: {
                    name: args.displayName,
                    notes: "Sends Open Messaging handover-end events to Cognigy.AI. Managed by Pulumi.",
                    properties: canonicalJson({}),
                    advanced: canonicalJson({}),
                    // Web Services Data Actions keep any credential type under the `basicAuth` key.
                    credentials: this.credential ? { basicAuth: this.credential.id } : undefined,
                },
            },
            // Architect's action category is this integration's name. The integration has no ForceNew input, so only a
            // forced replacement replaces it; then delete first, so no two integrations (categories) share the name.
            { parent: this, deleteBeforeReplace: true },
        );
        this.integrationId = this.integration.id;

        this.registerOutputs({ integrationId: this.integrationId });
    }
}
