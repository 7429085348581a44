import { canonicalJson } from "../canonicalJson";
import { REQUIRED_EVENT_MATCH } from "../handoverContract";

export interface MatchCriterion {
    readonly jsonPath: string;
    readonly operator: "Equal";
    readonly value: string;
}

/** The trigger conditions of the Cognigy guide: `mediaType == MESSAGE` and `messageType == OPEN`. */
export function handoverMatchCriteria(): readonly MatchCriterion[] {
    return REQUIRED_EVENT_MATCH.map(({ jsonPath, value }) => ({ jsonPath, operator: "Equal", value }));
}

/** `matchCriteria` exactly as the provider reads it back, so previews stay quiet. */
export function handoverMatchCriteriaJson(): string {
    return canonicalJson(handoverMatchCriteria());
}
