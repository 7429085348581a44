/**
 * Trigger criteria as the local API reads them back and evaluates them. The one place the local API uses the
 * simulation's criteria semantics, so a move of that module is a one-line change here.
 */
import type { Models } from "purecloud-platform-client-v2";
import { acceptedMatchCriteria, CriteriaResult, evaluateCriteria } from "../simulation/matchCriteria";
import { SentMatchCriterion, StoredTrigger } from "./orgState";

/**
 * A criterion as a read returns it: `value`/`values` that were sent as null are left out. The provider stores the
 * returned array as its state text, so returned nulls would put `"value":null` there; the real API presumably drops
 * them (genesys-api-calls.md, genesyscloud_processautomation_trigger, Read; unverified).
 */
export function criterionAsRead(criterion: SentMatchCriterion): Models.MatchCriteria {
    const read: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(criterion)) {
        if (value !== null && value !== undefined) {
            read[key] = value;
        }
    }
    // The stored criterion minus nulls: the API's MatchCriteria shape (jsonPath, operator, value?, values?).
    return read;
}

/** How the trigger's criteria judge one event body. */
export function evaluateTriggerCriteria(trigger: StoredTrigger, eventBody: unknown): CriteriaResult {
    return evaluateCriteria(acceptedMatchCriteria(JSON.stringify((trigger.matchCriteria ?? []).map(criterionAsRead))), eventBody);
}
