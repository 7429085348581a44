import { describeWebhookStack } from "./webhookStackExpectations";

describe("the dev stack under mocks", () => {
    describeWebhookStack({
        stack: "dev",
        suffix: " (dev)",
        handoverUrl: "https://endpoint-dev.cognigy.acme-contact.example/handover/genesysCloudOM",
        genesysRegion: "eu-central-1",
        queueIds: ["d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01"],
        protect: false,
    });
});
