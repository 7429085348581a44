/**
 * IAM and SQS policy documents for the on-prem EventBridge flow, as plain data so they are tested without
 * Pulumi. Every statement names one principal, one action and one resource, and pins the caller with
 * `aws:SourceArn` (the rule) so no other rule, account or service can use the role or fill the queue
 * (the confused-deputy guard AWS recommends for service principals).
 */
export const EVENTBRIDGE_SERVICE_PRINCIPAL = "events.amazonaws.com";

export interface PolicyStatement {
    readonly Sid: string;
    readonly Effect: "Allow";
    readonly Principal?: { readonly Service: string };
    readonly Action: string;
    readonly Resource?: string;
    readonly Condition?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface PolicyDocument {
    readonly Version: "2012-10-17";
    readonly Statement: readonly PolicyStatement[];
}

/** A document of one statement that allows: each policy here grants exactly one thing. */
function allowOnly(statement: Omit<PolicyStatement, "Effect">): PolicyDocument {
    const { Sid, ...grant } = statement;
    return { Version: "2012-10-17", Statement: [{ Sid, Effect: "Allow", ...grant }] };
}

/** Only EventBridge, acting for this account's handover rule, may assume the target role. */
export function eventBridgeAssumeRolePolicy(awsAccountId: string, ruleArn: string): PolicyDocument {
    return allowOnly({
        Sid: "EventBridgeHandoverRuleOnly",
        Principal: { Service: EVENTBRIDGE_SERVICE_PRINCIPAL },
        Action: "sts:AssumeRole",
        Condition: {
            StringEquals: { "aws:SourceAccount": awsAccountId },
            ArnEquals: { "aws:SourceArn": ruleArn },
        },
    });
}

/** The role may do one thing: invoke the Cognigy API destination. */
export function invokeApiDestinationPolicy(apiDestinationArn: string): PolicyDocument {
    return allowOnly({
        Sid: "InvokeCognigyHandoverApiDestination",
        Action: "events:InvokeApiDestination",
        Resource: apiDestinationArn,
    });
}

/** Only EventBridge, delivering failures of the handover rule, may write to the dead-letter queue. */
export function deadLetterQueuePolicy(queueArn: string, ruleArn: string): PolicyDocument {
    return allowOnly({
        Sid: "HandoverRuleDeadLetters",
        Principal: { Service: EVENTBRIDGE_SERVICE_PRINCIPAL },
        Action: "sqs:SendMessage",
        Resource: queueArn,
        Condition: { ArnEquals: { "aws:SourceArn": ruleArn } },
    });
}
