/**
 * The real Pulumi CLI judges the offline evaluator's reading of stack configuration (tools/evaluate/stackConfig.ts):
 * which values Pulumi.yaml's declarations accept, which required keys are missing, and in which words. `pulumi
 * preview` validates the stack's configuration before it starts the program (pkg/workspace/config.go at v3.276.0),
 * so with no Node language host here a preview whose configuration is valid stops at "failed to load language
 * plugin", and one whose configuration is not stops at "validating stack config: <reason>".
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse, stringify } from "yaml";
import { builtPulumiCli, PulumiCliBuild } from "../../tools/engine/pulumiCliBuild";
import { listStacks, readPulumiProject, readStackFile } from "../../tools/evaluate/pulumiProjectFiles";
import { resolveStackConfig } from "../../tools/evaluate/stackConfig";
import { messageOf } from "../../tools/userError";
import { IsolatedPulumi } from "./isolatedPulumi";

const REPO_ROOT = path.resolve(__dirname, "..", "..");
const NAMESPACE = "cognigy-genesys-handover";
const LANGUAGE_HOST_MISSING = "failed to load language plugin nodejs";

jest.setTimeout(120_000);

let cli: PulumiCliBuild;
beforeAll(() => {
    cli = builtPulumiCli(REPO_ROOT);
});

type Verdict = { accepted: true } | { accepted: false; reason: string };

function realVerdict(pulumi: IsolatedPulumi, stack: string): Verdict {
    const run = pulumi.run(["preview", "--stack", stack], { allowFailure: true });
    const output = `${run.stdout}${run.stderr}`;
    const rejected = /validating stack config: (.*)/.exec(output);
    if (rejected) {
        return { accepted: false, reason: rejected[1].trim() };
    }
    if (!output.includes(LANGUAGE_HOST_MISSING)) {
        throw new Error(`pulumi preview --stack ${stack} stopped neither at the configuration nor at the language host:\n${output}`);
    }
    return { accepted: true };
}

function offlineVerdict(projectDir: string, stack: string): Verdict {
    const project = readPulumiProject(projectDir);
    try {
        resolveStackConfig(project, readStackFile(projectDir, project, stack), stack);
        return { accepted: true };
    } catch (error) {
        return { accepted: false, reason: messageOf(error) };
    }
}

/** The same verdict: both accept, or both reject and the offline message starts with the CLI's reason. */
function agree(real: Verdict, offline: Verdict): boolean {
    if (real.accepted || offline.accepted) {
        return real.accepted === offline.accepted;
    }
    return offline.reason.startsWith(real.reason);
}

const committedStacks = listStacks(REPO_ROOT, readPulumiProject(REPO_ROOT));

describe("the committed stacks' configuration", () => {
    let pulumi: IsolatedPulumi;
    beforeAll(() => {
        pulumi = new IsolatedPulumi(cli, REPO_ROOT);
    });
    afterAll(() => pulumi?.dispose());

    it.each(committedStacks)("%s: the real CLI and the evaluator both accept it", (stack) => {
        pulumi.initStack(stack, fs.readFileSync(path.join(REPO_ROOT, `Pulumi.${stack}.yaml`), "utf8"));
        // The examples' `secure:` values are dummies no key decrypts; a user sets their own, as the files say.
        const config = (parse(fs.readFileSync(pulumi.stackFilePath(stack), "utf8")) as { config: Record<string, unknown> }).config;
        for (const [key, value] of Object.entries(config)) {
            if (typeof value === "object" && value !== null && "secure" in value) {
                pulumi.run(["config", "set", "--secret", "--stack", stack, key, "engine-test-secret"]);
            }
        }
        const real = realVerdict(pulumi, stack);
        expect(real).toEqual({ accepted: true });
        expect(offlineVerdict(pulumi.projectDir, stack)).toEqual({ accepted: true });
    });
});

/** dev's configuration with one change: `set` values (JS types become YAML types), `remove` keys. */
interface ConfigCase {
    readonly name: string;
    readonly set?: Readonly<Record<string, unknown>>;
    readonly remove?: readonly string[];
    readonly realAccepts: boolean;
}

const CASES: readonly ConfigCase[] = [
    { name: "an integer as a YAML number", set: { dataActionTimeoutSeconds: 10 }, realAccepts: true },
    { name: "an integer with a plus sign", set: { dataActionTimeoutSeconds: "+10" }, realAccepts: true },
    { name: "an integer with leading zeros", set: { dataActionTimeoutSeconds: "007" }, realAccepts: true },
    { name: "a negative integer (settings reject it later, with the range)", set: { dataActionTimeoutSeconds: "-3" }, realAccepts: true },
    { name: "an integer beyond 64 bits", set: { dataActionTimeoutSeconds: "99999999999999999999" }, realAccepts: false },
    { name: "an integer as a decimal", set: { dataActionTimeoutSeconds: "10.0" }, realAccepts: false },
    { name: "an integer as a fraction", set: { dataActionTimeoutSeconds: 10.5 }, realAccepts: false },
    { name: "an integer with a space", set: { dataActionTimeoutSeconds: " 10" }, realAccepts: false },
    { name: "an integer in hex", set: { dataActionTimeoutSeconds: "0x10" }, realAccepts: false },
    { name: "an integer that is a word", set: { dataActionTimeoutSeconds: "abc" }, realAccepts: false },
    { name: "a boolean as a YAML boolean", set: { triggersEnabled: false }, realAccepts: true },
    { name: "a boolean as the string true", set: { triggersEnabled: "true" }, realAccepts: true },
    { name: "a boolean capitalised", set: { triggersEnabled: "True" }, realAccepts: false },
    { name: "a boolean as 1", set: { triggersEnabled: "1" }, realAccepts: false },
    { name: "a boolean as yes", set: { triggersEnabled: "yes" }, realAccepts: false },
    { name: "a string given as a number", set: { nameSuffix: 5 }, realAccepts: true },
    { name: "a required key missing", remove: ["cognigyRelease"], realAccepts: false },
    { name: "two required keys missing", remove: ["cognigyRelease", "cognigyEndpoint"], realAccepts: false },
    { name: "two wrong types at once", set: { dataActionTimeoutSeconds: "abc", triggersEnabled: "maybe" }, realAccepts: false },
];

describe("dev's configuration, changed", () => {
    let pulumi: IsolatedPulumi;
    let base: { config: Record<string, unknown> } & Record<string, unknown>;
    beforeAll(() => {
        pulumi = new IsolatedPulumi(cli, REPO_ROOT);
        pulumi.initStack("dev", fs.readFileSync(path.join(REPO_ROOT, "Pulumi.dev.yaml"), "utf8"));
        base = parse(fs.readFileSync(pulumi.stackFilePath("dev"), "utf8")) as typeof base;
    });
    afterAll(() => pulumi?.dispose());

    it.each(CASES)("$name: the real CLI and the evaluator give the same verdict", (change) => {
        const config = { ...base.config };
        for (const [key, value] of Object.entries(change.set ?? {})) config[`${NAMESPACE}:${key}`] = value;
        for (const key of change.remove ?? []) delete config[`${NAMESPACE}:${key}`];
        fs.writeFileSync(pulumi.stackFilePath("dev"), stringify({ ...base, config }));

        const real = realVerdict(pulumi, "dev");
        const offline = offlineVerdict(pulumi.projectDir, "dev");
        expect(real.accepted).toBe(change.realAccepts);
        expect({ real, offline, agree: agree(real, offline) }).toEqual({ real, offline, agree: true });
    });
});
