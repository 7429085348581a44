import * as pulumi from "@pulumi/pulumi";
import * as genesyscloud from "@pulumi/genesyscloud";
import {
    readWorkflowTemplate,
    renderWorkflowTemplate,
    WORKFLOW_TEMPLATE_FILEPATH,
    WorkflowNames,
    workflowSubstitutions,
    workflowUpdateHash,
} from "./workflowTemplate";

export interface HandoverWorkflowArgs extends WorkflowNames {
    /** The action the workflow calls. The YAML names it, so the dependency must be explicit. */
    readonly dataAction: genesyscloud.IntegrationAction;
    readonly protect: boolean;
}

/**
 * Step 4 of the Cognigy guide: a workflow that receives the trigger's `addressTo` and `disconnectType` and
 * calls "Send Event to Cognigy" with them and the event's topic literal.
 */
export class HandoverWorkflow extends pulumi.ComponentResource {
    public readonly flow: genesyscloud.Flow;
    public readonly flowId: pulumi.Output<string>;
    public readonly workflowName: string;
    /** The YAML Architect publishes, for review and for the offline simulation. */
    public readonly renderedContent: string;

    constructor(name: string, args: HandoverWorkflowArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:HandoverWorkflow", name, {}, opts);

        this.workflowName = args.workflowName;
        const substitutions = workflowSubstitutions(args);
        this.renderedContent = renderWorkflowTemplate(readWorkflowTemplate(), { ...substitutions });

        this.flow = new genesyscloud.Flow(
            name,
            {
                filepath: WORKFLOW_TEMPLATE_FILEPATH,
                substitutions: { ...substitutions },
                // The action's id is in the hash so that a replaced action (new id, same name) republishes the flow.
                updateTriggerHash: args.dataAction.id.apply((actionId) => workflowUpdateHash(this.renderedContent, actionId)),
            },
            // Publishing fails if the action it names does not exist yet, and Pulumi cannot see that from the YAML.
            { parent: this, protect: args.protect, dependsOn: [args.dataAction] },
        );
        this.flowId = this.flow.id;

        this.registerOutputs({ flowId: this.flowId });
    }
}
