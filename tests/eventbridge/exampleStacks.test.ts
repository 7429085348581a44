/** The example stack files evaluate offline (secure values replaced by the plan tool's placeholder) into valid settings. */
import * as path from "node:path";
import { loadSettingsFrom } from "../../components/settings";
import { readPulumiProject, readStackFile } from "../../tools/evaluate/pulumiProjectFiles";
import { resolveStackConfig, SECRET_PLACEHOLDER } from "../../tools/evaluate/stackConfig";

const projectDir = path.join(__dirname, "..", "..");

function settingsOf(stack: string) {
    const project = readPulumiProject(projectDir);
    const { config, secretKeys } = resolveStackConfig(project, readStackFile(projectDir, project, stack), stack);
    const prefix = `${project.name}:`;
    return loadSettingsFrom({
        namespace: project.name,
        stack,
        get: (key) => config[key.includes(":") ? key : `${prefix}${key}`],
        isSecret: (key) => secretKeys.includes(key.includes(":") ? key : `${prefix}${key}`),
        keys: () => Object.keys(config).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
    });
}

test("example-onprem: self-hosted EventBridge with an encrypted API key", () => {
    const settings = settingsOf("example-onprem");
    expect(settings.delivery).toBe("eventbridge");
    expect(settings.eventbridge).toMatchObject({ hosting: "onprem", awsAccountId: "123456789012" });
    expect(settings.eventbridge?.onPrem?.apiKey.reveal()).toBe(SECRET_PLACEHOLDER);
    expect(settings.eventbridge?.events.map((event) => event.name)).toEqual(["CustomerEndEvent"]);
});

test("example-saas: only the Genesys source, towards Cognigy's account", () => {
    const settings = settingsOf("example-saas");
    expect(settings.eventbridge).toMatchObject({ hosting: "saas", awsAccountId: "210987654321", onPrem: undefined });
    expect(settings.eventbridge?.events.map((event) => event.name)).toEqual(["CustomerEndEvent", "UserStartEvent"]);
});
