import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { ConfigSource, ConfigurationError } from "../../components/config/configReader";
import { editDistance, KNOWN_CONFIG_KEYS, nearestKnownKey } from "../../components/config/knownKeys";
import { loadSettingsFrom } from "../../components/settings";
import { ONPREM_CONFIG, SAAS_CONFIG } from "../helpers/stackConfigs";
import { memoryConfigSource, VALID_WEBHOOK_CONFIG } from "../helpers/memoryConfigSource";

const root = path.join(__dirname, "..", "..");

function problemsOf(values: Record<string, string | undefined>, secretKeys: string[] = []): string[] {
    try {
        loadSettingsFrom(memoryConfigSource("dev", values, secretKeys));
    } catch (error) {
        if (error instanceof ConfigurationError) {
            return error.problems.map((problem) => `${problem.key}: ${problem.message}`);
        }
        throw error;
    }
    return [];
}

describe("unknown keys in the project namespace", () => {
    test("a misspelt key is rejected with the nearest known key, never silently ignored", () => {
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, triggerEventTTLSeconds: "300" })).toEqual([
            "triggerEventTTLSeconds: is not a setting of cognigy-genesys-handover, so it would be ignored. Did you mean triggerEventTtlSeconds? " +
                "Fix: pulumi config rm triggerEventTTLSeconds -s dev, then pulumi config set triggerEventTtlSeconds <value> -s dev",
        ]);
    });

    test.each([
        ["cognigyRealease", "cognigyRelease"],
        ["handoverQueueId", "handoverQueueIds"],
        ["archtectDivision", "architectDivision"],
        ["trigersEnabled", "triggersEnabled"],
        ["nameSufix", "nameSuffix"],
    ])("%s → did you mean %s?", (typo, meant) => {
        const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, [typo]: "x" });
        expect(problems.find((problem) => problem.startsWith(`${typo}:`))).toContain(`Did you mean ${meant}?`);
    });

    test("a key far from every known one gets the list's place in the README and the rm command", () => {
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, slackWebhook: "x" })).toEqual([
            `slackWebhook: is not a setting of cognigy-genesys-handover, so it would be ignored (README, "Configuration reference" lists them all). Fix: pulumi config rm slackWebhook -s dev`,
        ]);
    });

    test("a provider credential set in the project namespace is refused like one in the provider's, naming the variable, value never shown", () => {
        const problems = problemsOf({ ...VALID_WEBHOOK_CONFIG, oauthclientSecret: "hunter2" }, ["oauthclientSecret"]);
        expect(problems).toEqual([
            "oauthclientSecret: is a credential of the genesyscloud provider; credentials are not accepted in stack configuration (value not shown). " +
                "Fix: pulumi config rm oauthclientSecret -s dev, then export GENESYSCLOUD_OAUTHCLIENT_SECRET=<value> where the stack is deployed (docs/ci.md)",
        ]);
        expect(problems.join("\n")).not.toContain("hunter2");
    });

    test("a provider key that is no credential set in the project namespace points to the provider's namespace", () => {
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, awsRegion: "eu-central-1" })).toEqual([
            "awsRegion: is a setting of the genesyscloud provider, not of cognigy-genesys-handover, so it would be ignored. " +
                "Did you mean genesyscloud:awsRegion? Fix: pulumi config rm awsRegion -s dev, then pulumi config set genesyscloud:awsRegion <value> -s dev",
        ]);
    });

    test("keys of other namespaces are not the program's business", () => {
        expect(problemsOf({ ...VALID_WEBHOOK_CONFIG, "aws:region": "eu-central-1" })).toEqual([]);
    });

    test("edit distance is case-insensitive and counts a swap of neighbours as one", () => {
        expect(editDistance("triggerEventTTLSeconds", "triggerEventTtlSeconds")).toBe(0);
        expect(editDistance("protcet", "protect")).toBe(1);
        expect(nearestKnownKey("zzz")).toBeUndefined();
    });
});

describe("the catalogue of known keys", () => {
    /** Every key the settings ask the source for, over configurations that reach every branch. */
    function keysRead(): Set<string> {
        const read = new Set<string>();
        const configurations: [Record<string, string>, string[]][] = [
            [VALID_WEBHOOK_CONFIG, []],
            [{ ...VALID_WEBHOOK_CONFIG, credentialType: "basicAuth", basicAuthUsername: "u", basicAuthPassword: "p" }, ["basicAuthPassword"]],
            [{ ...VALID_WEBHOOK_CONFIG, credentialType: "userDefined", userDefinedCredentialFields: '{"a":"b"}' }, ["userDefinedCredentialFields"]],
            [{ ...SAAS_CONFIG, keepWebhookDuringMigration: "true" }, []],
            [ONPREM_CONFIG, ["eventbridgeApiKey"]],
        ];
        for (const [values, secretKeys] of configurations) {
            const source = memoryConfigSource("dev", values, secretKeys);
            const recording: ConfigSource = { ...source, get: (key) => (read.add(key), source.get(key)) };
            try {
                loadSettingsFrom(recording);
            } catch (error) {
                if (!(error instanceof ConfigurationError)) {
                    throw error;
                }
            }
        }
        return read;
    }

    test("holds every key the settings read, and nothing they do not", () => {
        const projectKeys = [...keysRead()].filter((key) => !key.includes(":")).sort();
        expect(projectKeys).toEqual([...KNOWN_CONFIG_KEYS].sort());
    });

    test("every key declared in Pulumi.yaml is known", () => {
        const project = parse(fs.readFileSync(path.join(root, "Pulumi.yaml"), "utf8")) as { config: Record<string, unknown> };
        expect(Object.keys(project.config).filter((key) => !KNOWN_CONFIG_KEYS.includes(key))).toEqual([]);
    });

    test("the README's configuration reference documents every key", () => {
        const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
        const reference = readme.slice(readme.indexOf("## Configuration reference"), readme.indexOf("\n## ", readme.indexOf("## Configuration reference") + 1));
        expect(KNOWN_CONFIG_KEYS.filter((key) => !reference.includes(`\`${key}\``))).toEqual([]);
    });
});
