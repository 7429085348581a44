import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as genesyscloud from "@pulumi/genesyscloud";
import { HandoverSettings } from "./settings";

/**
 * Explicit providers, so the Genesys org and AWS account a stack touches follow from its own settings and
 * never from whatever default credentials happen to be on the machine running `pulumi up`. The AWS one
 * exists only when this stack manages AWS resources (EventBridge delivery for self-hosted Cognigy).
 */
export function createProviders(settings: HandoverSettings): pulumi.ProviderResource[] {
    // The OAuth client comes from GENESYSCLOUD_OAUTHCLIENT_ID/_SECRET only (components/config/deployCredentials.ts).
    const genesys = new genesyscloud.Provider("genesyscloud", { awsRegion: settings.genesysRegion });
    const eventbridge = settings.eventbridge;
    if (eventbridge?.hosting !== "onprem") {
        return [genesys];
    }
    const awsProvider = new aws.Provider("aws", {
        region: eventbridge.awsRegion as aws.Region,
        // Refuse to run against any account but the one the Genesys event source targets.
        allowedAccountIds: [eventbridge.awsAccountId],
    });
    return [genesys, awsProvider];
}

/**
 * The options of the stack's top component: set once there, inherited by every descendant through
 * `{ parent: this }` (@pulumi/pulumi `resource.ts`: a child without its own `protect` takes its parent's, and
 * resolves its provider from the parent's `providers` by package). Components below take domain inputs only.
 */
export function stackComponentOptions(settings: HandoverSettings): pulumi.ComponentResourceOptions {
    return { protect: settings.protect, providers: createProviders(settings) };
}

/**
 * Without an explicit provider a child would silently use the ambient default one: whatever org or AWS
 * account the machine running `pulumi up` happens to be logged in to.
 */
export function requireExplicitProvider(component: pulumi.ComponentResource, componentName: string, pkg: string, what: string): void {
    if (component.getProvider(`${pkg}::`) === undefined) {
        throw new Error(
            `${componentName} needs an explicit ${pkg} provider for ${what}: pass it in \`providers\` of this component or an ancestor ` +
                "(index.ts does, through stackComponentOptions).",
        );
    }
}
