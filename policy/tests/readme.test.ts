/**
 * policy/README.md is checked against the pack: every policy has exactly one row in the policy table, and the
 * per-stack table states, for every policy config in policy/config/, the level and the settings that file sets.
 * A failure prints the table the configs imply, ready to paste.
 */
import * as fs from "fs";
import * as path from "path";
import { handoverPolicies, PACK_ENFORCEMENT_LEVEL } from "../policies";

const POLICY_DIR = path.join(__dirname, "..");
const CONFIG_DIR = path.join(POLICY_DIR, "config");
const readme = fs.readFileSync(path.join(POLICY_DIR, "README.md"), "utf8");

type PolicyConfigFile = Record<string, string | Record<string, unknown>>;

const stacks = fs
    .readdirSync(CONFIG_DIR)
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.replace(/\.json$/, ""))
    .sort();

function configOf(stack: string): PolicyConfigFile {
    return JSON.parse(fs.readFileSync(path.join(CONFIG_DIR, `${stack}.json`), "utf8")) as PolicyConfigFile;
}

/** The level the analyzer applies (policy section, else `all`, else the policy's own, else the pack's) and the settings the file sets. */
function cell(file: PolicyConfigFile, policyName: string): string {
    const section = file[policyName];
    const { enforcementLevel, ...settings } = typeof section === "object" ? section : { enforcementLevel: section };
    const policy = handoverPolicies.find((candidate) => candidate.name === policyName);
    const all = typeof file["all"] === "string" ? file["all"] : undefined;
    const level = (enforcementLevel as string | undefined) ?? all ?? policy?.enforcementLevel ?? PACK_ENFORCEMENT_LEVEL;
    const shown = Object.entries(settings).map(([key, value]) => `\`${key}: ${JSON.stringify(value)}\``);
    return [level, ...shown].join(", ");
}

function expectedStackTable(): string {
    const header = `| Policy | ${stacks.join(" | ")} |`;
    const rule = `|---|${stacks.map(() => "---").join("|")}|`;
    const rows = handoverPolicies.map((policy) => `| \`${policy.name}\` | ${stacks.map((stack) => cell(configOf(stack), policy.name)).join(" | ")} |`);
    return [header, rule, ...rows].join("\n");
}

/** The markdown table that follows `heading` (up to the first line that is not a table row). */
function tableAfter(heading: string): string {
    const start = readme.indexOf(heading);
    expect(start).toBeGreaterThanOrEqual(0);
    const lines = readme.slice(start + heading.length).split("\n");
    const first = lines.findIndex((line) => line.startsWith("|"));
    const rest = lines.slice(first);
    const end = rest.findIndex((line) => !line.startsWith("|"));
    return rest.slice(0, end === -1 ? undefined : end).join("\n");
}

test("the policy table has one row per policy of the pack, and no other", () => {
    const names = tableAfter("## Policies")
        .split("\n")
        .slice(2)
        .map((row) => /^\| `([a-z-]+)`/.exec(row)?.[1]);
    expect([...names].sort()).toEqual(handoverPolicies.map((policy) => policy.name).sort());
});

test("the per-stack table states each policy config's levels and settings", () => {
    expect(tableAfter("## Levels and settings per stack")).toBe(expectedStackTable());
});
