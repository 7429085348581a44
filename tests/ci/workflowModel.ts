/**
 * The GitHub workflows as data, for tests that read them as the specification of what CI may do: which jobs see
 * which secrets, with which token permissions, in which environment.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "yaml";

export const repoRoot = path.resolve(__dirname, "..", "..");
const workflowDir = path.join(repoRoot, ".github", "workflows");

export type Permissions = Record<string, "read" | "write" | "none">;

export interface Step {
    name?: string;
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
    env?: Record<string, unknown>;
}

export interface Job {
    name?: string;
    needs?: string | string[];
    if?: string;
    "runs-on"?: string;
    environment?: string;
    permissions?: Permissions;
    concurrency?: { group: string; "cancel-in-progress"?: boolean };
    env?: Record<string, unknown>;
    steps?: Step[];
    uses?: string;
    with?: Record<string, unknown>;
    secrets?: Record<string, unknown> | "inherit";
    strategy?: { matrix?: Record<string, unknown> };
}

export interface WorkflowCallInterface {
    inputs?: Record<string, { required?: boolean; type: string; default?: unknown }>;
    secrets?: Record<string, { required?: boolean }>;
}

export interface Workflow {
    file: string;
    text: string;
    name: string;
    on: Record<string, unknown>;
    permissions?: Permissions;
    env?: Record<string, unknown>;
    jobs: Record<string, Job>;
}

export function loadWorkflows(): Workflow[] {
    return fs
        .readdirSync(workflowDir)
        .filter((file) => /\.ya?ml$/.test(file))
        .sort()
        .map((file) => {
            const text = fs.readFileSync(path.join(workflowDir, file), "utf8");
            return { file, text, ...(parse(text) as Omit<Workflow, "file" | "text">) };
        });
}

export function workflow(workflows: Workflow[], file: string): Workflow {
    const found = workflows.find((w) => w.file === file);
    if (found === undefined) {
        throw new Error(`.github/workflows/${file} does not exist`);
    }
    return found;
}

export function isReusable(w: Workflow): boolean {
    return "workflow_call" in w.on;
}

export function callInterface(w: Workflow): WorkflowCallInterface {
    return w.on["workflow_call"] ?? {};
}

export interface JobRef {
    workflow: Workflow;
    id: string;
    job: Job;
}

export function allJobs(workflows: Workflow[]): JobRef[] {
    return workflows.flatMap((w) => Object.entries(w.jobs).map(([id, job]) => ({ workflow: w, id, job })));
}

export function label(ref: JobRef): string {
    return `${ref.workflow.file}#${ref.id}`;
}

/** Every string inside a value (step env, `with:`, a whole job), depth first. */
export function strings(value: unknown): string[] {
    if (typeof value === "string") {
        return [value];
    }
    if (Array.isArray(value)) {
        return value.flatMap(strings);
    }
    if (value !== null && typeof value === "object") {
        return Object.values(value).flatMap(strings);
    }
    return [];
}

/**
 * Secrets whose value an expression hands over. `secrets.X != ''` only tells whether X is set and does not count.
 */
export function secretValues(value: unknown): string[] {
    const names = new Set<string>();
    for (const text of strings(value)) {
        for (const expression of text.match(/\$\{\{[\s\S]*?\}\}/g) ?? []) {
            for (const match of expression.matchAll(/secrets\.([A-Za-z0-9_]+)(\s*!=\s*'')?/g)) {
                if (match[2] === undefined) {
                    names.add(match[1]);
                }
            }
        }
    }
    return [...names].sort();
}

export function needsOf(job: Job): string[] {
    return job.needs === undefined ? [] : typeof job.needs === "string" ? [job.needs] : job.needs;
}

export function stepsUsing(workflows: Workflow[], action: string): Array<{ ref: JobRef; step: Step }> {
    return allJobs(workflows).flatMap((ref) =>
        (ref.job.steps ?? []).filter((step) => step.uses?.split("@")[0] === action).map((step) => ({ ref, step })),
    );
}

/** What `.ci/stacks` prints: the stacks the workflows preview, deploy and check for drift. */
export function realStacksFromScript(...args: string[]): string[] {
    const result = spawnSync("bash", [path.join(repoRoot, ".ci", "stacks"), ...args], { encoding: "utf8" });
    if (result.status !== 0) {
        throw new Error(`.ci/stacks failed: ${result.stderr}`);
    }
    return JSON.parse(result.stdout) as string[];
}
