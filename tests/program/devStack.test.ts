import { describeWebhookStack } from "./webhookStackExpectations";

describe("the dev stack under mocks", () => {
    describeWebhookStack({
        stack: "dev",
        suffix: " (dev)",
        handoverUrl: "https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM",
        genesysRegion: "eu-central-1",
        eventTtlSeconds: 300,
        protect: false,
    });
});
