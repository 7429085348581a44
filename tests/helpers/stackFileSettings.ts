import * as path from "node:path";
import { ConfigSource } from "../../components/config/configReader";
import { HandoverSettings, loadSettingsFrom } from "../../components/settings";
import { readPulumiProject, readStackFile } from "../../tools/evaluate/pulumiProjectFiles";
import { resolveStackConfig } from "../../tools/evaluate/stackConfig";

export const PROJECT_DIR = path.join(__dirname, "..", "..");

/** A committed Pulumi.<stack>.yaml merged with Pulumi.yaml as the CLI does (secure values replaced by the plan tool's placeholder). */
export function stackFileSource(stack: string): ConfigSource {
    const project = readPulumiProject(PROJECT_DIR);
    const { config, secretKeys } = resolveStackConfig(project, readStackFile(PROJECT_DIR, project, stack), stack);
    const prefix = `${project.name}:`;
    const full = (key: string) => (key.includes(":") ? key : `${prefix}${key}`);
    return {
        namespace: project.name,
        stack,
        get: (key) => config[full(key)],
        isSecret: (key) => secretKeys.includes(full(key)),
        keys: () => Object.keys(config).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)),
    };
}

export function stackFileSettings(stack: string): HandoverSettings {
    return loadSettingsFrom(stackFileSource(stack));
}
