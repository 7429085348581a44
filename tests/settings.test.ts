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
            dataActionAttempts: 3,
            triggers: { enabled: true, eventTtlSeconds: undefined, delayBySeconds: undefined },
            protect: false,
        });
        expect(settings.credential).toBeUndefined();
    });

    it("reads dataActionAttempts from 1 (a single try, the behaviour before retries) to 5", () => {
        expect(load({ ...VALID_WEBHOOK_CONFIG, dataActionAttempts: "1" }).dataActionAttempts).toBe(1);
        expect(load({ ...VALID_WEBHOOK_CONFIG, dataActionAttempts: "5" }).dataActionAttempts).toBe(5);
    });

    it("takes an empty architectDivision as unset: the workflows go to the Home division, not to a division named \"\"", () => {
        expect(load({ ...VALID_WEBHOOK_CONFIG, architectDivision: "" }).architectDivision).toBe("Home");
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

    it.each([
        ["genesyscloud:oauthclientSecret", "GENESYSCLOUD_OAUTHCLIENT_SECRET", ", rotate it (every preview could read it)"],
        ["genesyscloud:oauthclientId", "GENESYSCLOUD_OAUTHCLIENT_ID", ""],
        ["genesyscloud:accessToken", "GENESYSCLOUD_ACCESS_TOKEN", ", rotate it (every preview could read it)"],
        ["aws:accessKey", "AWS_ACCESS_KEY_ID", ""],
        ["aws:secretKey", "AWS_SECRET_ACCESS_KEY", ", rotate it (every preview could read it)"],
        ["aws:token", "AWS_SESSION_TOKEN", ", rotate it (every preview could read it)"],
    ])("refuses the provider credential %s in stack config, secret or not, naming %s", (key, variable, rotate) => {
        for (const secretKeys of [[key], []]) {
            const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, [key]: "hunter2-value" }, secretKeys);
            expect(problems).toEqual([
                `${key}: credentials are not accepted in stack configuration: every preview decrypts it, so whoever can open a pull request ` +
                    `would run with them (value not shown). Fix: pulumi config rm ${key} -s dev${rotate}, ` +
                    `then export ${variable}=<value> where the stack is deployed (CI: the secret of the stack's GitHub Environment, docs/ci.md)`,
            ]);
            expect(problems.join("\n")).not.toContain("hunter2");
        }
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
        ["a Velocity placeholder in the endpoint host", { cognigyEndpoint: "https://endpoint-${env.x}.cognigy.ai" }, [], "cognigyEndpoint: contains `$`, `{` or `}` (or their %-escapes): Genesys renders the data action's URL as a Velocity template, so a `${...}` there would be evaluated. Fix: pulumi config set cognigyEndpoint https://endpoint-app.cognigy.ai -s dev (your Cognigy endpoint's host)"],
        ["a %-escaped placeholder in the endpoint host", { cognigyEndpoint: "https://endpoint-$%7Bx%7D.cognigy.ai" }, [], "cognigyEndpoint: contains `$`, `{` or `}` (or their %-escapes)"],
        ["a tab in the endpoint (URL parsing would drop it)", { cognigyEndpoint: "https://endpoint-app.cog\tnigy.ai" }, [], "cognigyEndpoint: contains the control character U+0009; a URL has none (WHATWG URL parsing would drop tabs and line breaks silently). Fix: pulumi config set cognigyEndpoint https://endpoint-app.cognigy.ai -s dev"],
        ["a line break after the endpoint", { cognigyEndpoint: "https://endpoint-app.cognigy.ai\n" }, [], "cognigyEndpoint: contains the control character U+000A"],
        ["an IP address as the endpoint host", { cognigyEndpoint: "https://[::1]" }, [], 'cognigyEndpoint: has the host "[::1]", which is not a DNS host name'],
        ["an http endpoint with credentials: masked", { cognigyEndpoint: "http://user:hunter2@endpoint-app.cognigy.ai" }, [], 'cognigyEndpoint: "http://[secret]@endpoint-app.cognigy.ai" must use https'],
        ["a token in the endpoint's query: not shown", { cognigyEndpoint: "https://endpoint-app.cognigy.ai/?token=hunter2" }, [], 'cognigyEndpoint: "https://endpoint-app.cognigy.ai/?…" must be the endpoint\'s base URL with no path, query or fragment'],
        ["a suffix with a control character", { nameSuffix: " (dev)\u001b[2J" }, [], 'nameSuffix: " (dev)\\u001b[2J" contains the control character U+001B; names take printable characters only. Fix: pulumi config set nameSuffix " (dev)" -s dev'],
        ["a suffix with a Unicode line separator", { nameSuffix: " (dev)\u2028" }, [], "nameSuffix: \" (dev)\u2028\" contains the control character U+2028"],
        ["a division with a NUL", { architectDivision: "Home\u0000" }, [], 'architectDivision: "Home\\u0000" contains the control character U+0000; names take printable characters only. Fix: pulumi config set architectDivision Home -s dev'],
        ["an unknown region", { genesysRegion: "eu-north-9" }, [], 'genesysRegion: "eu-north-9" is not a Genesys Cloud region. Known regions: us-east-1 (mypurecloud.com)'],
        ["a suffix with a quote", { nameSuffix: ' "dev"' }, [], 'nameSuffix: " "dev"" must be at most 60 characters without quotes'],
        [
            "a suffix that makes a workflow name end in -debug",
            { nameSuffix: " dev-debug" },
            [],
            'nameSuffix: " dev-debug" makes the workflow name "Workflow conversation.id.acw dev-debug", which ends in -debug, which Genesys reserves for a flow\'s debug version. Fix: pulumi config set nameSuffix " (dev)" -s dev',
        ],
        ["a suffix ending in -DEBUG", { nameSuffix: "-DEBUG" }, [], 'nameSuffix: "-DEBUG" makes the workflow name "Workflow conversation.id.acw-DEBUG", which ends in -debug'],
        ["a division with a quote", { architectDivision: 'Sales "EU"' }, [], `architectDivision: "Sales "EU"" must be the division's name as Genesys shows it, without quotes, backslashes, slashes, braces or line breaks and without leading or trailing spaces. Fix: pulumi config set architectDivision Home -s dev (or the name of your division)`],
        ["a division with a placeholder in it", { architectDivision: "{{division_name}}" }, [], 'architectDivision: "{{division_name}}" must be the division\'s name as Genesys shows it'],
        ["a division with a trailing space", { architectDivision: "Home " }, [], 'architectDivision: "Home " must be the division\'s name'],
        ["a division with a line break", { architectDivision: "Home\nx: y" }, [], "architectDivision: "],
        ["a TTL below Genesys' minimum", { triggerEventTtlSeconds: "5" }, [], 'triggerEventTtlSeconds: "5" must be a whole number at least 10.'],
        ["a delay above Genesys' maximum", { triggerDelayBySeconds: "901" }, [], 'triggerDelayBySeconds: "901" must be a whole number from 60 to 900.'],
        ["both TTL and delay", { triggerEventTtlSeconds: "60", triggerDelayBySeconds: "60" }, [], "triggerDelayBySeconds: cannot be set together with triggerEventTtlSeconds"],
        ["a data action timeout over 60 s", { dataActionTimeoutSeconds: "61" }, [], 'dataActionTimeoutSeconds: "61" must be a whole number from 1 to 60.'],
        ["a fractional timeout", { dataActionTimeoutSeconds: "2.5" }, [], 'dataActionTimeoutSeconds: "2.5" must be a whole number'],
        ["no data action attempt at all", { dataActionAttempts: "0" }, [], 'dataActionAttempts: "0" must be a whole number from 1 to 5.'],
        ["more data action attempts than the budgets allow", { dataActionAttempts: "6" }, [], 'dataActionAttempts: "6" must be a whole number from 1 to 5.'],
        ["a fractional attempt count", { dataActionAttempts: "2.5" }, [], 'dataActionAttempts: "2.5" must be a whole number'],
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
        ["an endpoint with a user name in it", { cognigyEndpoint: "https://proxy@endpoint-app.cognigy.ai" }, [], "cognigyEndpoint: must not contain credentials; use credentialType instead."],
        ["an endpoint with a password in it", { cognigyEndpoint: "https://:hunter2@endpoint-app.cognigy.ai" }, [], "cognigyEndpoint: must not contain credentials; use credentialType instead."],
        ["an endpoint with a fragment", { cognigyEndpoint: "https://endpoint-app.cognigy.ai/#hunter2" }, [], 'cognigyEndpoint: "https://endpoint-app.cognigy.ai/#…" must be the endpoint\'s base URL with no path, query or fragment.'],
        ["a release that is not a release number", { cognigyRelease: "4.x" }, [], 'cognigyRelease: "4.x" is not a Cognigy.AI release such as 4.99, 4.100 or 2025.22.'],
        ["a plaintext password, whose fix stores it as a secret", { credentialType: "basicAuth", basicAuthUsername: "proxy", basicAuthPassword: "hunter2" }, [], "then pulumi config set --secret basicAuthPassword <password> -s dev"],
        ["a basic auth user name without basic auth", { basicAuthUsername: "proxy" }, [], "basicAuthUsername: is set but only applies when credentialType is basicAuth."],
        ["user-defined fields without credentialType userDefined", { userDefinedCredentialFields: '{"apiKey":"k-123"}' }, ["userDefinedCredentialFields"], "userDefinedCredentialFields: is set but only applies when credentialType is userDefined."],
        ["user-defined fields that are a JSON string", { credentialType: "userDefined", userDefinedCredentialFields: '"apiKey"' }, ["userDefinedCredentialFields"], `userDefinedCredentialFields: must be a JSON object of field names to string values (value not shown). Fix: pulumi config set --secret userDefinedCredentialFields '{"apiKey":"<value>"}' -s dev`],
        ["user-defined fields that are null", { credentialType: "userDefined", userDefinedCredentialFields: "null" }, ["userDefinedCredentialFields"], "userDefinedCredentialFields: must be a JSON object of field names to string values (value not shown)."],
        ["user-defined fields that are not JSON", { credentialType: "userDefined", userDefinedCredentialFields: "apiKey=k-123" }, ["userDefinedCredentialFields"], "userDefinedCredentialFields: must be a JSON object of field names to string values (value not shown)."],
        ["no user-defined field at all", { credentialType: "userDefined", userDefinedCredentialFields: "{}" }, ["userDefinedCredentialFields"], `userDefinedCredentialFields: needs at least one field; names start with a letter (letters, digits, - and _), values are non-empty strings. Fix: pulumi config set --secret userDefinedCredentialFields '{"apiKey":"<value>"}' -s dev`],
        ["a user-defined field name that goes on with a space", { credentialType: "userDefined", userDefinedCredentialFields: '{"api key":"v"}' }, ["userDefinedCredentialFields"], 'bad fields: "api key".'],
        ["a user-defined field with an empty value", { credentialType: "userDefined", userDefinedCredentialFields: '{"apiKey":"","token":"t"}' }, ["userDefinedCredentialFields"], 'bad fields: "apiKey".'],
    ];

    it.each(badConfigurations)("rejects %s with a message that names the key and the fix", (_what, overrides, secretKeys, expected) => {
        const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, ...overrides }, secretKeys);
        expect(problems).toHaveLength(1);
        expect(problems[0]).toContain(expected);
        // Secrets in the bad values (a password in a URL, a token in a query) never reach the message.
        expect(problems[0]).not.toContain("hunter2");
    });

    /** Each limit of the README's configuration table, at its edge: the last value accepted and the first refused. */
    const limits: [string, string, string, string][] = [
        ["nameSuffix", "x".repeat(60), "x".repeat(61), `nameSuffix: "${"x".repeat(61)}" must be at most 60 characters`],
        ["triggerEventTtlSeconds", "10", "9", 'triggerEventTtlSeconds: "9" must be a whole number at least 10.'],
        ["triggerDelayBySeconds", "60", "59", 'triggerDelayBySeconds: "59" must be a whole number from 60 to 900.'],
        ["triggerDelayBySeconds", "900", "901", 'triggerDelayBySeconds: "901" must be a whole number from 60 to 900.'],
        ["dataActionTimeoutSeconds", "1", "0", 'dataActionTimeoutSeconds: "0" must be a whole number from 1 to 60.'],
        ["dataActionTimeoutSeconds", "60", "61", 'dataActionTimeoutSeconds: "61" must be a whole number from 1 to 60.'],
    ];

    it.each(limits)("accepts %s %j and refuses %j", (key, accepted, refused, problem) => {
        expect(() => load({ ...VALID_WEBHOOK_CONFIG, [key]: accepted })).not.toThrow();
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, [key]: refused })).toEqual([expect.stringContaining(problem)]);
    });

    it("keeps the endpoint's port in the handover URL, and drops only the default https port", () => {
        expect(load({ ...VALID_WEBHOOK_CONFIG, cognigyEndpoint: "https://cognigy.internal.example:8443" }).handoverUrl).toBe(
            "https://cognigy.internal.example:8443/handover/genesysCloudOM",
        );
        expect(load({ ...VALID_WEBHOOK_CONFIG, cognigyEndpoint: "https://cognigy.internal.example:443/" }).handoverUrl).toBe(
            "https://cognigy.internal.example/handover/genesysCloudOM",
        );
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

    it("refuses a switched-off trigger and a credential on an EventBridge stack, which has neither", () => {
        const eventbridgeStack = {
            ...VALID_WEBHOOK_CONFIG,
            delivery: "eventbridge",
            cognigyRelease: "2025.22",
            cognigyOrganisationId: "org-1",
            eventbridgeAwsAccountId: "123456789012",
            eventbridgeAwsRegion: "eu-central-1",
            eventbridgeHosting: "saas",
        };
        expect(problemsOf({ ...eventbridgeStack, triggersEnabled: "false" })).toEqual([
            "triggersEnabled: only applies to the webhook delivery's triggers. Fix: pulumi config rm triggersEnabled -s dev",
        ]);
        expect(problemsOf({ ...eventbridgeStack, credentialType: "basicAuth", basicAuthUsername: "proxy", basicAuthPassword: "s3cret!" }, ["basicAuthPassword"])).toEqual([
            "credentialType: only applies to the webhook delivery. Fix: pulumi config rm credentialType -s dev",
        ]);
    });

    it("does not use the EventBridge events for a webhook stack", () => {
        expect(load(VALID_WEBHOOK_CONFIG).eventbridge).toBeUndefined();
        expect(HANDOVER_EVENTS.CustomerEndEvent).toBeDefined();
    });
});
