import type { Models } from "purecloud-platform-client-v2";
import { DATA_ACTIONS_INTEGRATION_NAME, SEND_EVENT_ACTION_NAME } from "@cognigy-handover/contract";
import { DeclaredStack } from "../../tools/doctor/declaredStack";
import { OrgState, orgWith, StoredTrigger } from "../../tools/localGenesys/orgState";

/**
 * The org as it looks when it holds exactly what the stack declares (after `pulumi up`, or after an admin
 * followed the guide with the stack's names), shaped by the SDK's models. Tests then break one thing.
 * `guideNames`: the names Cognigy's guide gives (no environment suffix), as an admin who followed it by hand has.
 */
export function orgFromStack(declared: DeclaredStack, idPrefix = "live", guideNames = false): OrgState {
    const webhook = declared.webhook;
    if (!webhook) {
        throw new Error(`stack ${declared.stack} has no webhook path`);
    }
    const integrationName = guideNames ? DATA_ACTIONS_INTEGRATION_NAME : webhook.integration.name;
    const integrationId = `${idPrefix}-integration`;
    const integration: Models.Integration = {
        id: integrationId,
        name: integrationName,
        integrationType: { id: webhook.integration.integrationType },
        intendedState: "ENABLED",
        reportedState: { code: "ACTIVE" },
    };
    const actions: Models.Action[] = webhook.action
        ? [
              {
                  id: `${idPrefix}-action`,
                  name: guideNames ? SEND_EVENT_ACTION_NAME : webhook.action.name,
                  category: integrationName,
                  integrationId,
                  version: 1,
                  secure: false,
                  contract: {
                      input: { inputSchema: webhook.action.contractInput as Models.JsonSchemaDocument },
                      output: { successSchema: webhook.action.contractOutput as Models.JsonSchemaDocument },
                  },
                  config: {
                      timeoutSeconds: webhook.action.timeoutSeconds,
                      request: {
                          requestType: webhook.action.requestType,
                          requestUrlTemplate: webhook.action.requestUrlTemplate,
                          requestTemplate: webhook.action.requestTemplate,
                          headers: { ...webhook.action.headers },
                      },
                      response: { successTemplate: webhook.action.successTemplate, translationMap: {} },
                  },
              },
          ]
        : [];
    const flows: Models.Flow[] = webhook.workflows.map((workflow, index) => ({
        id: `${idPrefix}-workflow-${index}`,
        name: guideNames ? (webhook.triggers.find((t) => t.workflow === workflow)?.event?.workflowName ?? workflow.name) : workflow.name,
        type: "WORKFLOW",
        division: { id: "home-division", name: workflow.division ?? "Home" },
        publishedVersion: { id: "1.0" },
        checkedInVersion: { id: "1.0" },
    }));
    const triggers: StoredTrigger[] = webhook.triggers.map((trigger, index) => ({
        id: `${idPrefix}-trigger-${index}`,
        name: guideNames ? (trigger.event?.triggerName ?? trigger.name) : trigger.name,
        topicName: trigger.topic,
        enabled: trigger.enabled,
        version: 1,
        matchCriteria: trigger.matchCriteria.map((c) => ({ ...c })),
        eventTTLSeconds: trigger.eventTtlSeconds,
        delayBySeconds: trigger.delayBySeconds,
        target: {
            type: trigger.targetType,
            id: flows[webhook.workflows.findIndex((w) => w === trigger.workflow)]?.id,
            workflowTargetSettings: { dataFormat: trigger.dataFormat },
        },
    }));
    return orgWith({ integrations: [integration], actions, flows, triggers });
}

/** An unrelated object of each kind, so lookups must filter instead of taking the first. */
export function unrelatedObjects(): OrgState {
    return orgWith({
        integrations: [{ id: "other-integration", name: "Salesforce", integrationType: { id: "salesforce" }, intendedState: "ENABLED" }],
        actions: [{ id: "other-action", name: "Get Contact", category: "Salesforce", integrationId: "other-integration" }],
        flows: [{ id: "other-workflow", name: "Survey follow-up", type: "WORKFLOW", publishedVersion: { id: "2.0" }, checkedInVersion: { id: "2.0" } }],
        triggers: [],
    });
}

/** One org holding the objects of all `orgs`. */
export function mergeOrgs(...orgs: OrgState[]): OrgState {
    return orgWith({
        integrations: orgs.flatMap((o) => o.integrations),
        integrationConfigs: Object.assign({}, ...orgs.map((o) => o.integrationConfigs)) as OrgState["integrationConfigs"],
        credentials: orgs.flatMap((o) => o.credentials),
        actions: orgs.flatMap((o) => o.actions),
        flows: orgs.flatMap((o) => o.flows),
        flowJobs: orgs.flatMap((o) => o.flowJobs),
        triggers: orgs.flatMap((o) => o.triggers),
    });
}
