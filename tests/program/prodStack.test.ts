import { describeWebhookStack } from "./webhookStackExpectations";

describe("the prod stack under mocks", () => {
    describeWebhookStack({
        stack: "prod",
        suffix: "",
        handoverUrl: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM",
        genesysRegion: "eu-central-1",
        eventTtlSeconds: 300,
        protect: true,
    });
});
