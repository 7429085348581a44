import { canonicalJson } from "./canonicalJson";
import { QUEUE_SCOPE_FIELD, REQUIRED_EVENT_MATCH } from "./handoverContract";
import type { MatchCriterion } from "./matchCriteria";

/**
 * The trigger conditions of the Cognigy guide (`mediaType == MESSAGE`, `messageType == OPEN`) and, when the stack
 * names its queues, `queueId In [...]`. Genesys ANDs all criteria, so the queue criterion only narrows.
 */
export function handoverMatchCriteria(queueIds?: readonly string[]): readonly MatchCriterion[] {
    const openMessaging: MatchCriterion[] = REQUIRED_EVENT_MATCH.map(({ jsonPath, value }) => ({ jsonPath, operator: "Equal", value }));
    return queueIds === undefined ? openMessaging : [...openMessaging, { jsonPath: QUEUE_SCOPE_FIELD, operator: "In", values: queueIds }];
}

/**
 * `matchCriteria` exactly as the provider reads it back (Go-marshalled: sorted keys, compact, only the keys the
 * API returns), so previews stay quiet.
 */
export function handoverMatchCriteriaJson(queueIds?: readonly string[]): string {
    return canonicalJson(handoverMatchCriteria(queueIds));
}
