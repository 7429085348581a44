import * as pulumi from "@pulumi/pulumi";
import * as genesyscloud from "@pulumi/genesyscloud";
import { PASS_THROUGH_REQUEST_TEMPLATE, PASS_THROUGH_SUCCESS_TEMPLATE } from "@cognigy-handover/contract";
import { CredentialSettings } from "../settings";
import { SEND_EVENT_ACTION_CONTRACT } from "./sendEventActionContract";

export interface SendEventActionArgs {
    /** From `sendEventActionName`: it carries the contract fingerprint that makes replacement safe. */
    readonly displayName: pulumi.Input<string>;
    readonly integrationId: pulumi.Input<string>;
    /** Architect's data action category is the integration's name. */
    readonly category: pulumi.Input<string>;
    /** `<cognigyEndpoint>/handover/genesysCloudOM`. */
    readonly handoverUrl: pulumi.Input<string>;
    readonly timeoutSeconds: pulumi.Input<number>;
    readonly credential?: CredentialSettings;
}

/**
 * Headers of the Cognigy request. Basic auth is added by Genesys itself; a user-defined credential's fields
 * are sent as headers of the same name, referenced through Velocity so their values stay in Genesys.
 */
export function sendEventHeaders(credential: CredentialSettings | undefined): Record<string, string> {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (credential?.type === "userDefined") {
        for (const field of Object.keys(credential.fields)) {
            headers[field] = `\${credentials.${field}}`;
        }
    }
    return headers;
}

/**
 * Steps 2-3 of the Cognigy guide: the "Send Event to Cognigy" data action. Its contracts cannot change after
 * publishing, so changing them replaces the action: create-before-delete under a new name (the contract
 * fingerprint, see sendEventActionContract.ts), the workflows republish against it, the old action goes last.
 */
export class SendEventAction extends pulumi.ComponentResource {
    public readonly action: genesyscloud.IntegrationAction;
    public readonly actionId: pulumi.Output<string>;

    constructor(name: string, args: SendEventActionArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:SendEventAction", name, {}, opts);

        this.action = new genesyscloud.IntegrationAction(
            name,
            {
                name: args.displayName,
                category: args.category,
                integrationId: args.integrationId,
                contractInput: SEND_EVENT_ACTION_CONTRACT.contractInput,
                contractOutput: SEND_EVENT_ACTION_CONTRACT.contractOutput,
                secure: SEND_EVENT_ACTION_CONTRACT.secure,
                configRequest: {
                    requestType: "POST",
                    requestUrlTemplate: args.handoverUrl,
                    requestTemplate: PASS_THROUGH_REQUEST_TEMPLATE,
                    headers: sendEventHeaders(args.credential),
                },
                configResponse: {
                    successTemplate: PASS_THROUGH_SUCCESS_TEMPLATE,
                },
                configTimeoutSeconds: args.timeoutSeconds,
            },
            { parent: this },
        );
        this.actionId = this.action.id;

        this.registerOutputs({ actionId: this.actionId });
    }
}
