import { isRecord } from "@cognigy-handover/contract";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse as parseYaml } from "yaml";
import { UserError, messageOf } from "../userError";

/** One entry of the `config:` block of Pulumi.yaml, in either the short (`key: value`) or the long form. */
export interface ProjectConfigDeclaration {
    readonly type?: string;
    readonly items?: unknown;
    readonly default?: unknown;
    /** Long-form `value:` (allowed for untyped and for other packages' namespaced keys). */
    readonly value?: unknown;
    readonly secret?: boolean;
    readonly description?: string;
}

/** What the offline evaluator needs from Pulumi.yaml. */
export interface PulumiProject {
    readonly name: string;
    readonly runtime: string;
    /** The `main` entry point, relative to the project directory, if Pulumi.yaml sets one. */
    readonly main?: string;
    readonly stackConfigDir?: string;
    readonly config: Readonly<Record<string, ProjectConfigDeclaration>>;
}

/** What the offline evaluator needs from Pulumi.<stack>.yaml: its `config:` block as written. */
export interface PulumiStackFile {
    readonly path: string;
    readonly config: Readonly<Record<string, unknown>>;
}

const LONG_FORM_KEYS = ["type", "items", "default", "value", "secret", "description"];

export function readPulumiProject(projectDir: string): PulumiProject {
    const file = path.join(projectDir, "Pulumi.yaml");
    if (!fs.existsSync(file)) {
        throw new UserError(
            `No Pulumi.yaml in ${projectDir}. Fix: pass --dir <directory of a Pulumi project>, or leave --dir out for this repository.`,
        );
    }
    const doc = readYamlObject(file);
    const name = doc["name"];
    if (typeof name !== "string" || name === "") {
        throw new UserError(`${file}: project is missing a non-empty string 'name' attribute.`);
    }
    const runtimeField = doc["runtime"];
    const runtime = typeof runtimeField === "string" ? runtimeField : isRecord(runtimeField) ? runtimeField["name"] : undefined;
    if (typeof runtime !== "string") {
        throw new UserError(`${file}: project is missing a 'runtime' attribute.`);
    }
    const main = doc["main"];
    const configField = doc["config"];
    // `config: ./dir` is the old spelling of stackConfigDir.
    const stackConfigDir = typeof configField === "string" ? configField : optionalString(doc["stackConfigDir"]);
    return {
        name,
        runtime,
        main: optionalString(main),
        stackConfigDir,
        config: isRecord(configField) ? normaliseDeclarations(configField) : {},
    };
}

export function readStackFile(projectDir: string, project: PulumiProject, stack: string): PulumiStackFile {
    const dir = path.resolve(projectDir, project.stackConfigDir ?? ".");
    const candidates = [`Pulumi.${stack}.yaml`, `Pulumi.${stack}.yml`].map((f) => path.join(dir, f));
    const file = candidates.find((f) => fs.existsSync(f));
    if (!file) {
        const known = listStacks(projectDir, project);
        throw new UserError(
            `No stack file ${candidates[0]} for stack '${stack}'. ` +
                (known.length > 0 ? `Fix: pass --stack with one of the stacks that have a file: ${known.join(", ")}.` : "Fix: create it (pulumi stack init, or by hand)."),
        );
    }
    const doc = readYamlObject(file);
    const config = doc["config"];
    if (config !== undefined && config !== null && !isRecord(config)) {
        throw new UserError(`${file}: 'config' must be a map of key: value.`);
    }
    return { path: file, config: isRecord(config) ? config : {} };
}

/** Stack names that have a Pulumi.<stack>.yaml next to the project (or in its stackConfigDir). */
export function listStacks(projectDir: string, project: PulumiProject): string[] {
    const dir = path.resolve(projectDir, project.stackConfigDir ?? ".");
    if (!fs.existsSync(dir)) {
        return [];
    }
    return fs
        .readdirSync(dir)
        .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
        .filter((s): s is string => s !== undefined)
        .sort();
}

function normaliseDeclarations(config: Record<string, unknown>): Record<string, ProjectConfigDeclaration> {
    const result: Record<string, ProjectConfigDeclaration> = {};
    for (const [key, raw] of Object.entries(config)) {
        const isLongForm = isRecord(raw) && Object.keys(raw).length > 0 && Object.keys(raw).every((k) => LONG_FORM_KEYS.includes(k));
        result[key] = isLongForm ? raw : { value: raw };
    }
    return result;
}

function readYamlObject(file: string): Record<string, unknown> {
    let doc: unknown;
    try {
        doc = parseYaml(fs.readFileSync(file, "utf8"));
    } catch (e) {
        throw new UserError(`${file} is not valid YAML: ${messageOf(e)}`);
    }
    if (doc === null || doc === undefined) {
        return {};
    }
    if (!isRecord(doc)) {
        throw new UserError(`${file} must be a YAML map.`);
    }
    return doc;
}

function optionalString(value: unknown): string | undefined {
    return typeof value === "string" && value !== "" ? value : undefined;
}
