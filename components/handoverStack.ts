import { HandoverEndDetection, HandoverEndDetectionArgs } from "./handoverEndDetection";
import { stackComponentOptions } from "./providers";
import { HandoverSettings } from "./settings";

/** The component's args from the stack's validated settings: the one place stack configuration meets the component. */
export function handoverEndDetectionArgs(settings: HandoverSettings): HandoverEndDetectionArgs {
    return {
        cognigyEndpoint: settings.cognigyEndpoint,
        delivery: settings.delivery,
        nameSuffix: settings.nameSuffix,
        architectDivision: settings.architectDivision,
        dataActionTimeoutSeconds: settings.dataActionTimeoutSeconds,
        dataActionAttempts: settings.dataActionAttempts,
        ...(settings.workflowLogLevel !== undefined ? { workflowLogLevel: settings.workflowLogLevel } : {}),
        triggers: settings.triggers,
        credential: settings.credential,
        eventbridge: settings.eventbridge,
    };
}

/** The stack's one top component, with the providers and protection its settings call for. */
export function declareHandoverStack(settings: HandoverSettings): HandoverEndDetection {
    return new HandoverEndDetection("handover", handoverEndDetectionArgs(settings), stackComponentOptions(settings));
}
