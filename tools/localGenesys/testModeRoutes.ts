/**
 * The test endpoints doctor calls (provider-behaviour.md, "Genesys events and APIs"): the topic test (which
 * triggers of a topic would fire for an event), the trigger test (how one trigger's criteria judge an event) and
 * the data action test (runs the action; here it answers what the server was told to, success by default).
 */
import type { Models } from "purecloud-platform-client-v2";
import { badRequest, ok } from "./apiResponse";
import { actionOf } from "./actionRoutes";
import { StoredTrigger } from "./orgState";
import { Route, route, RouteRequest } from "./route";
import { evaluateTriggerCriteria } from "./triggerCriteria";
import { triggerOf } from "./triggerRoutes";

function eventBody(request: RouteRequest): unknown {
    try {
        return JSON.parse(request.body);
    } catch {
        throw badRequest(`${request.method} ${request.path}: the event body is not JSON`);
    }
}

function topicTest(request: RouteRequest) {
    const topic = request.params.topicName;
    const event = eventBody(request);
    const onTopic = request.org.triggers.filter((t) => t.topicName === topic);
    const ref = (t: StoredTrigger): Models.TestModeTrigger => ({ id: t.id, name: t.name, enabled: t.enabled });
    const fires = (t: StoredTrigger): boolean => evaluateTriggerCriteria(t, event).matches;
    const result: Models.TestModeEventResults = {
        schemaValidation: { name: "Schema validation", step: 1, matches: true, details: [] },
        triggerMatchValidation: {
            name: "Trigger match validation",
            step: 2,
            matchedTriggers: onTopic.filter(fires).map(ref),
            unmatchedTriggers: onTopic.filter((t) => !fires(t)).map(ref),
        },
    };
    return ok(result);
}

function triggerTest(request: RouteRequest) {
    const evaluation = evaluateTriggerCriteria(triggerOf(request), eventBody(request));
    const details: Models.MatchCriteriaTestResult[] = evaluation.criteria.map((verdict) => ({
        ...verdict.criterion,
        match: verdict.match,
        jsonPathExtraction: verdict.extraction.map((e) => ({ value: e.value as object, path: e.path })),
    }));
    const result: Models.TestModeResults = {
        schemaValidation: { name: "Schema validation", step: 1, matches: true, details: [] },
        targetValidation: { name: "Target validation", step: 2, matches: true, details: [] },
        jsonPathValidation: { name: "JsonPath validation", step: 3, matches: evaluation.matches, details },
        triggerMatches: evaluation.matches,
    };
    return ok(result);
}

function actionTest(request: RouteRequest) {
    const action = actionOf(request);
    const input = eventBody(request);
    const result: Models.TestExecutionResult = request.settings.actionTest
        ? request.settings.actionTest(action, input)
        : { success: true, operations: [{ step: 1, name: "Execute", success: true, result: {} }], finalResult: {} };
    return ok(result);
}

export const testModeRoutes: readonly Route[] = [
    route("POST", "/api/v2/processautomation/triggers/topics/{topicName}/test", topicTest),
    route("POST", "/api/v2/processautomation/triggers/{triggerId}/test", triggerTest),
    route("POST", "/api/v2/integrations/actions/{actionId}/test", actionTest),
];
