import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import { HandoverSettings } from "./settings";

export interface HandoverProviders {
    readonly genesyscloud: genesyscloud.Provider;
    /** Only when this stack manages AWS resources (EventBridge delivery for self-hosted Cognigy). */
    readonly aws?: aws.Provider;
}

/**
 * Explicit providers, so the Genesys org and AWS account a stack touches follow from its own settings and
 * never from whatever default credentials happen to be on the machine running `pulumi up`.
 */
export function createProviders(settings: HandoverSettings): HandoverProviders {
    const { clientId, clientSecret } = settings.genesysOAuth;
    const genesys = new genesyscloud.Provider("genesyscloud", {
        awsRegion: settings.genesysRegion,
        oauthclientId: clientId,
        oauthclientSecret: clientSecret ? pulumi.secret(clientSecret.reveal()) : undefined,
    });
    const eventbridge = settings.eventbridge;
    const awsProvider =
        eventbridge?.hosting === "onprem"
            ? new aws.Provider("aws", {
                  region: eventbridge.awsRegion as aws.Region,
                  // Refuse to run against any account but the one the Genesys event source targets.
                  allowedAccountIds: [eventbridge.awsAccountId],
              })
            : undefined;
    return { genesyscloud: genesys, aws: awsProvider };
}
