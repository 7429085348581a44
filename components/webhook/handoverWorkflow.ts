import * as pulumi from "@pulumi/pulumi";
import * as genesyscloud from "@pulumi/genesyscloud";
import { publishedWorkflowName } from "./publishedWorkflowName";
import { WorkflowNames, workflowSubstitutions } from "@cognigy-handover/contract";
import { readWorkflowTemplate, renderWorkflowTemplate, WORKFLOW_TEMPLATE_FILEPATH, workflowUpdateHash } from "./workflowTemplate";

export interface HandoverWorkflowArgs extends WorkflowNames {
    /** The action the workflow calls. The YAML names it, so the dependency must be explicit. */
    readonly dataAction: genesyscloud.IntegrationAction;
    /** How much of each execution Genesys records; unset declares no log level (the org's default applies). */
    readonly logLevel?: pulumi.Input<string>;
}

/**
 * Step 4 of the Cognigy guide: a workflow that receives the trigger's `addressTo` and `disconnectType` and
 * calls "Send Event to Cognigy" with them and the event's topic literal.
 */
export class HandoverWorkflow extends pulumi.ComponentResource {
    public readonly flow: genesyscloud.Flow;
    public readonly flowId: pulumi.Output<string>;
    /** Only with `logLevel`. */
    public readonly logLevel?: genesyscloud.FlowLoglevel;
    /** The name Architect shows, read from the rendered YAML: the Flow's `name` is exactly this. */
    public readonly workflowName: string;

    constructor(name: string, args: HandoverWorkflowArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:HandoverWorkflow", name, {}, opts);

        const substitutions = workflowSubstitutions(args);
        const renderedContent = renderWorkflowTemplate(readWorkflowTemplate(), { ...substitutions });
        this.workflowName = publishedWorkflowName(renderedContent);

        this.flow = new genesyscloud.Flow(
            name,
            {
                // The provider reads `name` back from the published flow; anything else diffs on every preview.
                name: this.workflowName,
                filepath: WORKFLOW_TEMPLATE_FILEPATH,
                substitutions: { ...substitutions },
                // The action's id is in the hash so that a replaced action republishes the flow even if its name stays the same.
                updateTriggerHash: args.dataAction.id.apply((actionId) => workflowUpdateHash(renderedContent, actionId)),
            },
            {
                parent: this,
                // Publishing fails if the action it names does not exist yet, and Pulumi cannot see that from the YAML.
                dependsOn: [args.dataAction],
                // Architect publishes by the YAML's name: a new name is a new flow with a new id, and the provider moves
                // its id to it (provider v1.84.1 architect_flow/resource_genesyscloud_flow.go:92-95, 246-257), which an
                // in-place update cannot carry (the engine's UpdateStep keeps the old id). So a rename is a replacement,
                // create-before-delete (never deleteBeforeReplace): the new flow is published, the triggers move to its
                // id, and the old flow is deleted last.
                replaceOnChanges: ["name"],
            },
        );
        this.flowId = this.flow.id;

        if (args.logLevel !== undefined) {
            // Keeps the execution data doctor --lost-ends lists and --replay reads the original inputs from.
            this.logLevel = new genesyscloud.FlowLoglevel(`${name}-log-level`, { flowId: this.flow.id, flowLogLevel: args.logLevel }, { parent: this });
        }

        this.registerOutputs({ flowId: this.flowId });
    }
}
