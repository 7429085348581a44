import { ConfigurationError } from "../components/config/configReader";
import { HANDOVER_EVENTS } from "@cognigy-handover/contract";
import { HandoverSettings, loadSettingsFrom } from "../components/settings";
import { memoryConfigSource, VALID_WEBHOOK_CONFIG } from "./helpers/memoryConfigSource";

function load(values: Record<string, string | undefined>, secretKeys: string[] = [], stack = "dev"): HandoverSettings {
    return loadSettingsFrom(memoryConfigSource(stack, values, secretKeys));
}

function problemsOf(values: Record<string, string | undefined>, secretKeys: string[] = [], stack = "dev"): string[] {
    try {
        load(values, secretKeys, stack);
    } catch (error) {
        if (error instanceof ConfigurationError) {
            return error.problems.map((problem) => `${problem.key}: ${problem.message}`);
        }
        throw error;
    }
    throw new Error("configuration was accepted");
}

describe("stack settings", () => {
    it("derives the data action URL and applies the defaults", () => {
        const settings = load(VALID_WEBHOOK_CONFIG);
        expect(settings).toMatchObject({
            delivery: "webhook",
            cognigyEndpoint: "https://endpoint-cognigy.acme-contact.example",
            handoverUrl: "https://endpoint-cognigy.acme-contact.example/handover/genesysCloudOM",
            genesysRegion: "eu-central-1",
            nameSuffix: "",
            architectDivision: "Home",
            dataActionTimeoutSeconds: 10,
            triggers: { enabled: true, eventTtlSeconds: undefined, delayBySeconds: undefined },
            protect: false,
        });
        expect(settings.credential).toBeUndefined();
    });

    it("accepts a division name with spaces inside", () => {
        expect(load({ ...VALID_WEBHOOK_CONFIG, architectDivision: "Contact Center EU" }).architectDivision).toBe("Contact Center EU");
    });

    it("normalises a trailing slash on the endpoint", () => {
        expect(load({ ...VALID_WEBHOOK_CONFIG, cognigyEndpoint: "https://endpoint-app.cognigy.ai/" }).handoverUrl).toBe(
            "https://endpoint-app.cognigy.ai/handover/genesysCloudOM",
        );
    });

    it("protects prod stacks unless told otherwise", () => {
        expect(load(VALID_WEBHOOK_CONFIG, [], "prod").protect).toBe(true);
        expect(load(VALID_WEBHOOK_CONFIG, [], "prod-eu").protect).toBe(true);
        expect(load({ ...VALID_WEBHOOK_CONFIG, protect: "false" }, [], "prod").protect).toBe(false);
        expect(load({ ...VALID_WEBHOOK_CONFIG, protect: "true" }, [], "dev").protect).toBe(true);
    });

    it("reads basic auth with the password kept secret", () => {
        const settings = load(
            { ...VALID_WEBHOOK_CONFIG, credentialType: "basicAuth", basicAuthUsername: "proxy", basicAuthPassword: "s3cret!" },
            ["basicAuthPassword"],
        );
        expect(settings.credential?.type).toBe("basicAuth");
        expect(JSON.stringify(settings)).not.toContain("s3cret!");
    });

    it("reads user-defined credential fields as secrets", () => {
        const settings = load(
            { ...VALID_WEBHOOK_CONFIG, credentialType: "userDefined", userDefinedCredentialFields: '{"apiKey":"k-123"}' },
            ["userDefinedCredentialFields"],
        );
        expect(settings.credential?.type === "userDefined" && Object.keys(settings.credential.fields)).toEqual(["apiKey"]);
        expect(JSON.stringify(settings)).not.toContain("k-123");
    });

    it("accepts the Genesys OAuth client from provider config only as a secret", () => {
        expect(
            problemsOf({ ...VALID_WEBHOOK_CONFIG, "genesyscloud:oauthclientSecret": "plain" }).join("\n"),
        ).toContain("genesyscloud:oauthclientSecret: is stored in plain text in Pulumi.dev.yaml");
        const settings = load({ ...VALID_WEBHOOK_CONFIG, "genesyscloud:oauthclientSecret": "x" }, ["genesyscloud:oauthclientSecret"]);
        expect(settings.genesysOAuth.clientSecret?.reveal()).toBe("x");
    });

    it("reports every problem at once", () => {
        const problems = problemsOf({ cognigyEndpoint: "http://endpoint-app.cognigy.ai", genesysRegion: "mars-1", dataActionTimeoutSeconds: "0" });
        expect(problems.map((p) => p.split(":")[0])).toEqual(["cognigyRelease", "cognigyEndpoint", "genesysRegion", "dataActionTimeoutSeconds"]);
    });

    it("says how many problems the stack has, in one message Pulumi prints without a stack trace", () => {
        try {
            load({});
            throw new Error("accepted");
        } catch (error) {
            expect(error).toBeInstanceOf(ConfigurationError);
            expect((error as Error).message).toMatch(/^Stack 'dev' has 3 configuration problems:\n {2}- cognigyRelease: is not set[^\n]*\n {2}- cognigyEndpoint: is not set/);
        }
    });

    const badConfigurations: [string, Record<string, string | undefined>, string[], string][] = [
        ["a missing endpoint", { cognigyEndpoint: undefined }, [], "cognigyEndpoint: is not set; Genesys needs the Cognigy endpoint to send handover events to. Fix: pulumi config set cognigyEndpoint https://endpoint-app.cognigy.ai -s dev"],
        ["an http endpoint", { cognigyEndpoint: "http://endpoint-app.cognigy.ai" }, [], 'cognigyEndpoint: "http://endpoint-app.cognigy.ai" must use https (events carry customer addresses). Fix: pulumi config set cognigyEndpoint https://endpoint-app.cognigy.ai -s dev'],
        ["an endpoint with the handover path", { cognigyEndpoint: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM" }, [], "must be the endpoint's base URL with no path, query or fragment (/handover/genesysCloudOM is added for you)"],
        ["an endpoint with a query", { cognigyEndpoint: "https://endpoint-app.cognigy.ai?x=1" }, [], "must be the endpoint's base URL with no path, query or fragment. Fix"],
        ["an endpoint that is not a URL", { cognigyEndpoint: "endpoint-app.cognigy.ai" }, [], 'cognigyEndpoint: "endpoint-app.cognigy.ai" is not a URL.'],
        ["an endpoint with credentials in it", { cognigyEndpoint: "https://user:pw@endpoint-app.cognigy.ai" }, [], "cognigyEndpoint: must not contain credentials; use credentialType instead."],
        ["an unknown region", { genesysRegion: "eu-north-9" }, [], 'genesysRegion: "eu-north-9" is not a Genesys Cloud region. Known regions: us-east-1 (mypurecloud.com)'],
        ["a suffix with a quote", { nameSuffix: ' "dev"' }, [], 'nameSuffix: " "dev"" must be at most 60 characters without quotes'],
        ["a division with a quote", { architectDivision: 'Sales "EU"' }, [], `architectDivision: "Sales "EU"" must be the division's name as Genesys shows it, without quotes, backslashes, slashes, braces or line breaks and without leading or trailing spaces. Fix: pulumi config set architectDivision Home -s dev (or the name of your division)`],
        ["a division with a placeholder in it", { architectDivision: "{{division_name}}" }, [], 'architectDivision: "{{division_name}}" must be the division\'s name as Genesys shows it'],
        ["a division with a trailing space", { architectDivision: "Home " }, [], 'architectDivision: "Home " must be the division\'s name'],
        ["a division with a line break", { architectDivision: "Home\nx: y" }, [], "architectDivision: "],
        ["a TTL below Genesys' minimum", { triggerEventTtlSeconds: "5" }, [], 'triggerEventTtlSeconds: "5" must be a whole number at least 10.'],
        ["a delay above Genesys' maximum", { triggerDelayBySeconds: "901" }, [], 'triggerDelayBySeconds: "901" must be a whole number from 60 to 900.'],
        ["both TTL and delay", { triggerEventTtlSeconds: "60", triggerDelayBySeconds: "60" }, [], "triggerDelayBySeconds: cannot be set together with triggerEventTtlSeconds"],
        ["a data action timeout over 60 s", { dataActionTimeoutSeconds: "61" }, [], 'dataActionTimeoutSeconds: "61" must be a whole number from 1 to 60.'],
        ["a fractional timeout", { dataActionTimeoutSeconds: "2.5" }, [], 'dataActionTimeoutSeconds: "2.5" must be a whole number'],
        ["an unknown delivery", { delivery: "websocket" }, [], 'delivery: "websocket" is not one of "webhook", "eventbridge".'],
        ["an unknown credential type", { credentialType: "oauth" }, [], 'credentialType: "oauth" is not one of "none", "basicAuth", "userDefined".'],
        ["basic auth without a password", { credentialType: "basicAuth", basicAuthUsername: "proxy" }, [], "basicAuthPassword: is not set; credentialType basicAuth needs it. Fix: pulumi config set --secret basicAuthPassword"],
        ["a plaintext password", { credentialType: "basicAuth", basicAuthUsername: "proxy", basicAuthPassword: "hunter2" }, [], "basicAuthPassword: is stored in plain text in Pulumi.dev.yaml; it must be a Pulumi secret."],
        ["a password without basic auth", { basicAuthPassword: "x" }, ["basicAuthPassword"], "basicAuthPassword: is set but only applies when credentialType is basicAuth. Fix: pulumi config rm basicAuthPassword -s dev"],
        ["user-defined fields that are not an object", { credentialType: "userDefined", userDefinedCredentialFields: '["a"]' }, ["userDefinedCredentialFields"], "userDefinedCredentialFields: must be a JSON object of field names to string values (value not shown)."],
        ["a user-defined field with a bad name", { credentialType: "userDefined", userDefinedCredentialFields: '{"1key":"v"}' }, ["userDefinedCredentialFields"], 'bad fields: "1key"'],
        ["a protect flag that is not boolean", { protect: "yes" }, [], 'protect: "yes" must be true or false.'],
        ["a migration flag on a webhook stack", { keepWebhookDuringMigration: "true" }, [], "keepWebhookDuringMigration: only applies while migrating to delivery: eventbridge."],
        ["a triggersEnabled flag that is not boolean", { triggersEnabled: "off" }, [], 'triggersEnabled: "off" must be true or false.'],
    ];

    it.each(badConfigurations)("rejects %s with a message that names the key and the fix", (_what, overrides, secretKeys, expected) => {
        const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, ...overrides }, secretKeys);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toContain(expected);
    });

    it("never echoes a rejected secret", () => {
        const problems = problemsOf(
            { ...VALID_WEBHOOK_CONFIG, credentialType: "basicAuth", basicAuthUsername: "p", basicAuthPassword: "hunter2" },
        );
        expect(problems.join("\n")).not.toContain("hunter2");
        const fieldProblems = problemsOf(
            { ...VALID_WEBHOOK_CONFIG, credentialType: "userDefined", userDefinedCredentialFields: '{"k": 42}' },
            ["userDefinedCredentialFields"],
        );
        expect(fieldProblems.join("\n")).not.toContain("42");
    });

    it("keeps trigger settings off an EventBridge stack", () => {
        const problems = problemsOf({
            ...VALID_WEBHOOK_CONFIG,
            delivery: "eventbridge",
            triggerEventTtlSeconds: "60",
            cognigyRelease: "2025.22",
            cognigyOrganisationId: "org-1",
            eventbridgeAwsAccountId: "123456789012",
            eventbridgeAwsRegion: "eu-central-1",
            eventbridgeHosting: "saas",
        });
        expect(problems).toEqual([expect.stringContaining("triggerEventTtlSeconds: is set but only applies to the webhook delivery's triggers")]);
    });

    it("does not use the EventBridge events for a webhook stack", () => {
        expect(load(VALID_WEBHOOK_CONFIG).eventbridge).toBeUndefined();
        expect(HANDOVER_EVENTS.CustomerEndEvent).toBeDefined();
    });
});
