/** One mask for every command: the plan masks by secret path, the simulation by secret value, both as `[secret]`. */
import { maskCredentialsInText, maskSecretPaths, maskSecretValues, maskSecretValuesDeep, SECRET_MASK } from "../../tools/maskSecrets";
import { connectOptionsFromEnvironment } from "../../tools/genesys/environment";
import { Action, connectToGenesys } from "../../tools/genesys/genesysClient";
import { DeclaredAction } from "../../tools/genesys/declaredStack";
import { actionDifferences } from "../../tools/doctor/differences";

test("the mask is the one `pulumi preview` prints", () => {
    expect(SECRET_MASK).toBe("[secret]");
});

test("by value: every occurrence, the longer secret first so no part of it shows", () => {
    expect(maskSecretValues("Basic dXNlcjpwYXNz and pass", ["pass", "dXNlcjpwYXNz"])).toBe("Basic [secret] and [secret]");
});

test("by value inside JSON, where a secret may appear escaped", () => {
    expect(maskSecretValuesDeep({ header: 'key "quoted"', list: ["x", 'key "quoted"'] }, ['key "quoted"'])).toEqual({ header: "[secret]", list: ["x", "[secret]"] });
});

test("by path, as the program registered its secrets", () => {
    expect(maskSecretPaths({ fields: { password: "p" }, name: "n" }, ["fields"])).toEqual({ fields: "[secret]", name: "n" });
});

describe("credentials in printed URLs and templates, whose secrets the tools do not know by value", () => {
    test.each([
        ["a URL's user and password", "POST to https://cognigy:hunter2@endpoint-app.cognigy.ai/handover/genesysCloudOM", "POST to https://[secret]@endpoint-app.cognigy.ai/handover/genesysCloudOM"],
        ["a user alone", "http://token-hunter2@127.0.0.1:8080", "http://[secret]@127.0.0.1:8080"],
        ["two URLs in one message", "from wss://a:hunter2@x.example to https://b:hunter2@y.example/p", "from wss://[secret]@x.example to https://[secret]@y.example/p"],
        ["a URL inside a JSON template", '{"url":"https://u:hunter2@h.example/x"}', '{"url":"https://[secret]@h.example/x"}'],
        ["an Authorization value in a template", '{"Authorization":"Basic dXNlcjpodW50ZXIy"}', '{"Authorization":"Basic [secret]"}'],
        ["a bearer token", "Bearer hunter2.abc-def", "Bearer [secret]"],
    ])("masks %s", (_what, text, masked) => {
        expect(maskCredentialsInText(text)).toBe(masked);
        expect(maskCredentialsInText(text)).not.toContain("hunter2");
    });

    test("leaves URLs without credentials, an @ in a path, and Velocity references alone", () => {
        const text = "https://endpoint-app.cognigy.ai/handover/genesysCloudOM ${input.rawRequest} https://h.example/a@b mailto:x@y.example";
        expect(maskCredentialsInText(text)).toBe(text);
    });
});

describe("GENESYS_BASE_URL_OVERRIDE", () => {
    const env = { GENESYSCLOUD_OAUTHCLIENT_ID: "id", GENESYSCLOUD_OAUTHCLIENT_SECRET: "secret" };

    test("with credentials is refused, naming the variable, with the credentials masked", () => {
        expect(() => connectOptionsFromEnvironment({ ...env, GENESYS_BASE_URL_OVERRIDE: "https://gw:hunter2@gateway.example" }, "eu-central-1", undefined)).toThrow(
            'GENESYS_BASE_URL_OVERRIDE must not contain credentials ("https://[secret]@gateway.example"): the login uses ' +
                "GENESYSCLOUD_OAUTHCLIENT_ID/GENESYSCLOUD_OAUTHCLIENT_SECRET, and the URL is printed in messages. Fix: export GENESYS_BASE_URL_OVERRIDE=https://<gateway host>",
        );
    });

    test("the client's own checks mask credentials too", async () => {
        const connect = connectToGenesys({ region: "eu-central-1", credentials: { clientId: "a", clientSecret: "b" }, baseUrlOverride: "http://gw:hunter2@gateway.example:8080/x" });
        await expect(connect).rejects.toThrow('GENESYS_BASE_URL_OVERRIDE "http://[secret]@gateway.example:8080/x" must not contain credentials');
        await connect.catch((error: Error) => expect(error.message).not.toContain("hunter2"));
    });
});

describe("doctor and adopt report live request templates masked", () => {
    test("a differing live URL or template shows its credentials masked; the stack's own values stay as they are", () => {
        const declared = {
            resource: { name: "send-event-action" },
            name: "Send Event to Cognigy",
            category: "Web Services Data Actions Integration",
            requestType: "POST",
            requestUrlTemplate: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM",
            requestTemplate: "${input.rawRequest}",
            headers: {},
        } as unknown as DeclaredAction;
        const live = {
            name: "Send Event to Cognigy",
            category: "Web Services Data Actions Integration",
            config: {
                request: {
                    requestType: "POST",
                    requestUrlTemplate: "https://cognigy:hunter2@endpoint-app.cognigy.ai/handover/genesysCloudOM",
                    requestTemplate: '{"auth":"Bearer hunter2hunter2","body":${input.rawRequest}}',
                    headers: {},
                },
            },
        } as unknown as Action;
        const differences = actionDifferences(declared, live, undefined).filter((d) => d.field.startsWith("config.request."));
        expect(differences).toEqual([
            {
                field: "config.request.requestUrlTemplate",
                declared: "https://endpoint-app.cognigy.ai/handover/genesysCloudOM",
                live: "https://[secret]@endpoint-app.cognigy.ai/handover/genesysCloudOM",
            },
            { field: "config.request.requestTemplate", declared: "${input.rawRequest}", live: '{"auth":"Bearer [secret]","body":${input.rawRequest}}' },
        ]);
    });
});
