/**
 * Another Pulumi TypeScript program using the handover component with literal arguments, the way pulumi-awsx and
 * pulumi-eks components are used: its own provider, its own names, no stack configuration of this project.
 * Only `cognigyEndpoint` is required; everything else shown here overrides a documented default.
 */
import * as genesyscloud from "@pulumi/genesyscloud";
import { HandoverEndDetection } from "../../components/handoverEndDetection";

// This program's own Genesys org; credentials from GENESYSCLOUD_OAUTHCLIENT_ID / _SECRET.
const genesys = new genesyscloud.Provider("contact-center-eu", { awsRegion: "eu-west-1" });

const handover = new HandoverEndDetection(
    "cognigy-handover",
    {
        cognigyEndpoint: "https://endpoint-eu.cognigy.example:8443",
        nameSuffix: " (team EU)",
        architectDivision: "Contact Center EU",
        dataActionTimeoutSeconds: 20,
        triggers: { queueIds: ["0b9c0c2e-3f45-4e6d-9a1b-2c3d4e5f6a7b"], delayBySeconds: 90 },
    },
    { providers: [genesys], protect: true },
);

export const handoverUrl = handover.handoverUrl;
export const workflowIds = handover.webhook?.perEvent.map(({ workflow }) => workflow.flowId);
