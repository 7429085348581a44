import * as pulumi from "@pulumi/pulumi";
import * as genesyscloud from "@pulumi/genesyscloud";
import {
    HandoverEvent,
    handoverMatchCriteriaJson,
    TRIGGER_DATA_FORMAT,
    TRIGGER_TARGET_TYPE,
} from "@cognigy-handover/contract";

/** When and for which conversations the trigger fires; the stack's `TriggerSettings` is one. */
export interface HandoverTriggerSettings {
    /** false keeps the trigger switched off. */
    readonly enabled: pulumi.Input<boolean>;
    /** Drop events Genesys delivers later than this (at least 10). Unset: no TTL, no end is dropped. */
    readonly eventTtlSeconds?: pulumi.Input<number>;
    /** Start the workflow this many seconds after the event (60 to 900). Unset: at once. */
    readonly delayBySeconds?: pulumi.Input<number>;
    /** Also require the event's queueId to be one of these. Unset: every queue. */
    readonly queueIds?: readonly string[];
}

export interface HandoverTriggerArgs {
    readonly event: HandoverEvent;
    readonly triggerName: string;
    readonly workflowId: pulumi.Input<string>;
    readonly settings: HandoverTriggerSettings;
}

export function triggerDescription(event: HandoverEvent): string {
    return `Tells Cognigy.AI that ${event.purpose} (${event.name}), for Open Messaging conversations only. Managed by Pulumi.`;
}

/**
 * Step 5 of the Cognigy guide: a Process Automation trigger on the event's topic that starts the workflow
 * for Open Messaging conversations only.
 */
export class HandoverTrigger extends pulumi.ComponentResource {
    public readonly trigger: genesyscloud.ProcessautomationTrigger;
    public readonly triggerId: pulumi.Output<string>;
    public readonly triggerName: string;

    constructor(name: string, args: HandoverTriggerArgs, opts?: pulumi.ComponentResourceOptions) {
        super("cognigy:handover:HandoverTrigger", name, {}, opts);
        this.triggerName = args.triggerName;

        this.trigger = new genesyscloud.ProcessautomationTrigger(
            name,
            {
                name: args.triggerName,
                description: triggerDescription(args.event),
                topicName: args.event.topic,
                enabled: args.settings.enabled,
                target: {
                    type: TRIGGER_TARGET_TYPE,
                    id: args.workflowId,
                    workflowTargetSettings: { dataFormat: TRIGGER_DATA_FORMAT },
                },
                matchCriteria: handoverMatchCriteriaJson(args.settings.queueIds),
                eventTtlSeconds: args.settings.eventTtlSeconds,
                delayBySeconds: args.settings.delayBySeconds,
            },
            // `topic_name` is ForceNew: delete the old trigger before creating its successor, so no event fires twice.
            { parent: this, deleteBeforeReplace: true },
        );
        this.triggerId = this.trigger.id;

        this.registerOutputs({ triggerId: this.triggerId });
    }
}
