/**
 * Stack configurations the tests share, apart from tests/eventbridge/registeredStack.ts (which re-exports them) so
 * that a settings test can use them without loading the component tree, @pulumi/pulumi and the provider SDKs: about
 * a second per test file, which mutation testing pays again for every mutant (stryker.unit.config.mjs).
 */
/** Distinctive so a test can search every serialized input for it. */
export const TEST_API_KEY = "dGVzdC1rZXktbm90LWEtcmVhbC1zZWNyZXQtMTIz";

export const BASE_CONFIG: Readonly<Record<string, string>> = {
    cognigyEndpoint: "https://endpoint-app.cognigy.ai",
    genesysRegion: "eu-central-1",
    nameSuffix: " (test)",
};

/** A self-hosted Cognigy.AI 4.99: the release Cognigy's webhook guide creates a new setup for. */
export const WEBHOOK_CONFIG: Readonly<Record<string, string>> = {
    ...BASE_CONFIG,
    cognigyEndpoint: "https://endpoint-cognigy.example.com",
    delivery: "webhook",
    cognigyRelease: "4.99",
};

export const SAAS_CONFIG: Readonly<Record<string, string>> = {
    ...BASE_CONFIG,
    delivery: "eventbridge",
    cognigyRelease: "2025.22",
    includeUserStartEvent: "true",
    cognigyOrganisationId: "6650a1b2c3d4e5f6a7b8c9d0",
    eventbridgeHosting: "saas",
    eventbridgeAwsAccountId: "111122223333",
    eventbridgeAwsRegion: "eu-central-1",
};

export const ONPREM_CONFIG: Readonly<Record<string, string>> = {
    ...BASE_CONFIG,
    cognigyEndpoint: "https://endpoint-cognigy.example.com",
    delivery: "eventbridge",
    cognigyRelease: "2025.12",
    cognigyOrganisationId: "6650a1b2c3d4e5f6a7b8c9d0",
    eventbridgeHosting: "onprem",
    eventbridgeAwsAccountId: "444455556666",
    eventbridgeAwsRegion: "eu-west-1",
    eventbridgeApiKey: TEST_API_KEY,
    eventbridgeAlarmTopicArn: "arn:aws:sns:eu-west-1:444455556666:ops-alerts",
};
