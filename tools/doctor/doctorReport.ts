import type { Difference } from "./differences";
import type { UntrackedObject } from "./untrackedObjects";

export type ObjectKind = "integration" | "data action" | "workflow" | "trigger" | "EventBridge source";
export type ObjectStatus = "found" | "missing" | "duplicate";

/** One object the stack declares, and what the org holds under its name. */
export interface ObjectCheck {
    readonly kind: ObjectKind;
    /** The Genesys name the stack gives it. */
    readonly name: string;
    /** Pulumi logical name and type, so a finding can be tied to the program. */
    readonly logicalName: string;
    readonly type: string;
    readonly status: ObjectStatus;
    readonly ids: readonly string[];
    readonly differences: readonly Difference[];
    /** A missing object's counterpart set up by hand (the guide's names): found by adopt's rules (handBuiltCounterparts.ts). */
    readonly handBuilt?: HandBuiltCounterpart;
}

/** What the org holds instead of a missing object: one candidate (with its differences) or several (ambiguous). */
export interface HandBuiltCounterpart {
    /** How it was found, e.g. `the guide's name "Send Event to Cognigy"`. */
    readonly rule: string;
    readonly candidates: readonly { readonly id: string; readonly name: string }[];
    /** Where the one candidate differs from the stack; empty with several candidates. */
    readonly differences: readonly Difference[];
}

export interface TriggerSummary {
    readonly id: string;
    readonly name: string;
    readonly topic: string;
    readonly enabled: boolean;
    readonly target: string;
    /** One of this stack's own triggers. */
    readonly own: boolean;
}

export interface TopicTest {
    readonly topic: string;
    readonly sample: string;
    /** Triggers Genesys says match the sample and are enabled: what would start for a real handover end. */
    readonly wouldFire: readonly { readonly id: string; readonly name: string; readonly own: boolean }[];
}

export interface TriggerTest {
    readonly trigger: string;
    readonly triggerId: string;
    readonly sample: string;
    readonly mustMatch: boolean;
    readonly matched: boolean;
    /** The criteria Genesys reported as not holding, for the report. */
    readonly failedCriteria: readonly string[];
}

export interface CognigyProbe {
    readonly actionId: string;
    readonly success: boolean;
    /** Cognigy's HTTP status as Genesys reports it: only on failure (a success means Cognigy answered 2xx). */
    readonly status?: number;
    readonly message: string;
}

export interface DoctorReport {
    readonly stack: string;
    readonly region: string;
    readonly apiBaseUrl: string;
    readonly objects: readonly ObjectCheck[];
    /** The `pulumi stack export` file given with `--state`. */
    readonly stateFile?: string;
    /** With `--state`: objects under the stack's names that the state does not track. */
    readonly untracked?: readonly UntrackedObject[];
    /** Every trigger in the org on the stack's topics that is not one of its own. */
    readonly otherTriggers: readonly TriggerSummary[];
    readonly topicTests: readonly TopicTest[];
    readonly triggerTests: readonly TriggerTest[];
    readonly cognigy?: CognigyProbe;
    /** Each a reason the org does not do what the stack says; any finding makes the exit code 1. */
    readonly findings: readonly string[];
    /** What doctor did not check, and why. */
    readonly notes: readonly string[];
    readonly healthy: boolean;
}
