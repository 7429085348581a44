/**
 * Where a live Genesys object differs from what the stack declares. Pure functions over the SDK's models and
 * the declared stack, shared by doctor (drift) and adopt (what `pulumi up` will change after the import).
 */
import { canonicalJson } from "@cognigy-handover/contract";
import type { Action, Flow, Integration, Trigger } from "../genesys/genesysClient";
import { DeclaredAction, DeclaredIntegration, DeclaredTrigger, DeclaredWorkflow } from "../genesys/declaredStack";
import { maskCredentialsInText } from "../maskSecrets";

export interface Difference {
    readonly field: string;
    readonly declared: unknown;
    readonly live: unknown;
}

function differs(field: string, declared: unknown, live: unknown, out: Difference[]): void {
    if (canonicalJson(declared ?? null) !== canonicalJson(live ?? null)) {
        out.push({ field, declared: declared ?? null, live: live ?? null });
    }
}

/**
 * Like `differs`, for templates a person may have edited in the UI: compared as they are, reported with the
 * credentials they may hold (a URL's user and password, an Authorization value) masked, since reports reach CI logs.
 */
function differsMasked(field: string, declared: string | undefined, live: string | undefined, out: Difference[]): void {
    const before = out.length;
    differs(field, declared, live, out);
    if (out.length > before) {
        out[before] = { field, declared: declared === undefined ? null : maskCredentialsInText(declared), live: live === undefined ? null : maskCredentialsInText(live) };
    }
}

export function integrationDifferences(declared: DeclaredIntegration, live: Integration): Difference[] {
    const out: Difference[] = [];
    differs("name", declared.name, live.name, out);
    differs("integrationType", declared.integrationType, live.integrationType?.id, out);
    differs("intendedState", declared.intendedState, live.intendedState, out);
    const reported = live.reportedState?.code;
    if (declared.intendedState === "ENABLED" && reported !== undefined && reported !== "ACTIVE") {
        out.push({ field: "reportedState", declared: "ACTIVE", live: reported });
    }
    return out;
}

/** JSON-schema metadata Genesys may add on save; it does not change what the contract accepts. */
function contractForComparison(schema: unknown): unknown {
    if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
        return schema;
    }
    const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
    return rest;
}

/**
 * Live header values that differ from the stack's are hidden: a header typed into the UI may hold an API key,
 * and doctor's output ends up in CI logs. The stack's own values are Velocity references, never secrets.
 */
export const HIDDEN_VALUE = "(value hidden: differs from the stack)";

export function maskedHeaders(declared: Readonly<Record<string, string>>, live: Readonly<Record<string, string>>): Record<string, string> {
    return Object.fromEntries(Object.entries(live).map(([name, value]) => [name, declared[name] === value ? value : HIDDEN_VALUE]));
}

export function actionDifferences(declared: DeclaredAction, live: Action, liveIntegrationId: string | undefined): Difference[] {
    const out: Difference[] = [];
    differs("name", declared.name, live.name, out);
    differs("category", declared.category, live.category, out);
    if (liveIntegrationId !== undefined) {
        differs("integrationId", liveIntegrationId, live.integrationId, out);
    }
    const request = live.config?.request;
    differs("config.request.requestType", declared.requestType, request?.requestType, out);
    differsMasked("config.request.requestUrlTemplate", declared.requestUrlTemplate, request?.requestUrlTemplate, out);
    differsMasked("config.request.requestTemplate", declared.requestTemplate, request?.requestTemplate, out);
    differs("config.request.headers", declared.headers, maskedHeaders(declared.headers, request?.headers ?? {}), out);
    differs("config.response.successTemplate", declared.successTemplate, live.config?.response?.successTemplate, out);
    if (declared.timeoutSeconds !== undefined) {
        differs("config.timeoutSeconds", declared.timeoutSeconds, live.config?.timeoutSeconds, out);
    }
    differs("contract.input", contractForComparison(declared.contractInput), contractForComparison(live.contract?.input?.inputSchema), out);
    differs("contract.output", contractForComparison(declared.contractOutput), contractForComparison(live.contract?.output?.successSchema), out);
    return out;
}

export function workflowDifferences(declared: DeclaredWorkflow, live: Flow): Difference[] {
    const out: Difference[] = [];
    differs("name", declared.name, live.name, out);
    if (declared.division !== undefined) {
        differs("division", declared.division, live.division?.name, out);
    }
    const published = live.publishedVersion?.id;
    if (published === undefined) {
        out.push({ field: "publishedVersion", declared: "published", live: "never published" });
    } else if (live.checkedInVersion?.id !== undefined && live.checkedInVersion.id !== published) {
        out.push({ field: "publishedVersion", declared: `latest (${live.checkedInVersion.id})`, live: published });
    }
    return out;
}

/** Criteria as sets of `{jsonPath, operator, value|values}`: order and null placeholders do not change a trigger. */
export function normalisedCriteria(criteria: readonly object[] | undefined): string[] {
    return (criteria ?? [])
        .map((criterion) => {
            const entries = Object.entries(criterion).filter(([key, value]) => value !== null && value !== undefined && key !== "generatedJsonPathCondition");
            return canonicalJson(Object.fromEntries(entries));
        })
        .sort();
}

export function triggerDifferences(declared: DeclaredTrigger, live: Trigger, liveWorkflowId: string | undefined): Difference[] {
    const out: Difference[] = [];
    differs("name", declared.name, live.name, out);
    differs("enabled", declared.enabled, live.enabled, out);
    differs("topicName", declared.topic, live.topicName, out);
    const declaredCriteria = normalisedCriteria(declared.matchCriteria);
    const liveCriteria = normalisedCriteria(live.matchCriteria);
    if (canonicalJson(declaredCriteria) !== canonicalJson(liveCriteria)) {
        out.push({ field: "matchCriteria", declared: declaredCriteria.map((c): unknown => JSON.parse(c)), live: liveCriteria.map((c): unknown => JSON.parse(c)) });
    }
    differs("target.type", declared.targetType, live.target?.type, out);
    if (liveWorkflowId !== undefined) {
        differs("target.id", liveWorkflowId, live.target?.id, out);
    }
    differs("target.workflowTargetSettings.dataFormat", declared.dataFormat, live.target?.workflowTargetSettings?.dataFormat, out);
    differs("eventTTLSeconds", declared.eventTtlSeconds, live.eventTTLSeconds, out);
    differs("delayBySeconds", declared.delayBySeconds, live.delayBySeconds, out);
    return out;
}
