/**
 * The doctor's checks of one managed workflow beyond its listing: the lock (`GET /api/v2/flows/{id}`) and the
 * published content against the stack's rendered YAML (see publishedWorkflow.ts for what is compared and why).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderWorkflowTemplate } from "../../components/webhook/workflowTemplate";
import type { Flow, GenesysOrgReader } from "../genesys/genesysClient";
import { recordInput, stringInput } from "../simulation/stackResources";
import type { DeclaredWorkflow } from "../genesys/declaredStack";
import type { Difference } from "./differences";
import { lockFinding, publishedContentDifferences, workflowExpectations } from "./publishedWorkflow";

export interface WorkflowCheckResult {
    readonly differences: readonly Difference[];
    readonly findings: readonly string[];
    readonly notes: readonly string[];
}

/** The YAML the provider would publish for `workflow`: its `filepath` under `projectDir`, with its substitutions. */
export function renderedWorkflow(projectDir: string, workflow: DeclaredWorkflow): string | undefined {
    const filepath = stringInput(workflow.resource, "filepath");
    const substitutions = recordInput(workflow.resource, "substitutions") ?? {};
    if (filepath === undefined || Object.values(substitutions).some((v) => typeof v !== "string")) {
        return undefined;
    }
    let template: string;
    try {
        template = fs.readFileSync(path.resolve(projectDir, filepath), "utf8");
    } catch {
        return undefined;
    }
    return renderWorkflowTemplate(template, substitutions as Record<string, string>);
}

export async function checkManagedWorkflow(
    org: GenesysOrgReader,
    workflow: DeclaredWorkflow,
    listed: Flow,
    context: { readonly projectDir?: string; readonly actionIds: ReadonlyMap<string, string> },
): Promise<WorkflowCheckResult> {
    const id = listed.id ?? "";
    const findings: string[] = [];
    const notes: string[] = [];
    const flow = await org.getWorkflow(id);
    const locked = lockFinding(workflow.name, flow);
    if (locked !== undefined) {
        findings.push(locked);
    }
    const version = flow.publishedVersion?.id;
    const rendered = context.projectDir !== undefined ? renderedWorkflow(context.projectDir, workflow) : undefined;
    if (version === undefined || rendered === undefined) {
        if (version !== undefined) {
            notes.push(`Not compared: the published content of workflow "${workflow.name}" (the stack's workflow file could not be rendered here).`);
        }
        return { differences: [], findings, notes };
    }
    const configuration = await org.getWorkflowVersionConfiguration(id, version);
    if (configuration === undefined) {
        notes.push(`Not compared: the published content of workflow "${workflow.name}": Genesys holds no configuration for its version ${version}.`);
        return { differences: [], findings, notes };
    }
    const differences = publishedContentDifferences(workflowExpectations(rendered), configuration, context.actionIds);
    return { differences, findings, notes };
}
