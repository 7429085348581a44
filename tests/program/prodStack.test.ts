import { describeWebhookStack } from "./webhookStackExpectations";

describe("the prod stack under mocks", () => {
    describeWebhookStack({
        stack: "prod",
        suffix: "",
        handoverUrl: "https://endpoint-prod.cognigy.acme-contact.example/handover/genesysCloudOM",
        genesysRegion: "eu-central-1",
        queueIds: ["a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"],
        protect: true,
    });
});
