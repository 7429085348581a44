/**
 * examples/literal-args: another Pulumi program using HandoverEndDetection with literal arguments, run under the
 * offline evaluator's mocks. What it registers is written out here, so the component's public API (its args and
 * their defaults) cannot change unnoticed.
 */
import * as path from "node:path";
import { evaluateProgram, ProgramEvaluation } from "../../tools/evaluate/evaluateProgram";
import { PlannedResource } from "../../tools/evaluate/plannedResource";

/** Running a program under mocks takes seconds, and much longer on a loaded 2-core machine. */
const PROGRAM_EVALUATION_TIMEOUT_MS = 120_000;

const EXAMPLE = path.resolve(__dirname, "..", "..", "examples", "literal-args");
let evaluation: ProgramEvaluation;

beforeAll(async () => {
    evaluation = await evaluateProgram({ projectDir: EXAMPLE, stack: "demo", mode: "update" });
}, PROGRAM_EVALUATION_TIMEOUT_MS);

function named(name: string): PlannedResource {
    const found = evaluation.resources.filter((r) => r.custom && r.name === name);
    expect(found).toHaveLength(1);
    return found[0];
}

const OPEN_MESSAGING = '{"jsonPath":"mediaType","operator":"Equal","value":"MESSAGE"},{"jsonPath":"messageType","operator":"Equal","value":"OPEN"}';

describe("a program that uses HandoverEndDetection with literal arguments", () => {
    it("declares the webhook path under its own component name, through its own provider, protected", () => {
        const provider = named("contact-center-eu");
        expect(provider.inputs).toEqual({ awsRegion: "eu-west-1" });
        const custom = evaluation.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:providers:"));
        expect(custom.map((r) => [r.name, r.provider, r.protect])).toEqual([
            ["cognigy-handover-webhook-integration", provider.urn, true],
            ["cognigy-handover-webhook-send-event-action", provider.urn, true],
            ["cognigy-handover-webhook-workflow-acw", provider.urn, true],
            ["cognigy-handover-webhook-workflow-user-end", provider.urn, true],
            ["cognigy-handover-webhook-trigger-acw", provider.urn, true],
            ["cognigy-handover-webhook-trigger-user-end", provider.urn, true],
        ]);
    });

    it("uses the literal endpoint (with its port), suffix and timeout, and the defaults of what it leaves out", () => {
        expect(named("cognigy-handover-webhook-send-event-action").inputs).toMatchObject({
            name: "Send Event to Cognigy [contract 739f49e] (team EU)",
            category: "Web Services Data Actions Integration (team EU)",
            configRequest: {
                requestType: "POST",
                requestUrlTemplate: "https://endpoint-eu.cognigy.example:8443/handover/genesysCloudOM",
                requestTemplate: "${input.rawRequest}",
                headers: { "Content-Type": "application/json" },
            },
            configTimeoutSeconds: 20,
        });
        expect(named("cognigy-handover-webhook-workflow-acw").inputs.substitutions).toEqual({
            workflow_name: "Workflow conversation.id.acw (team EU)",
            division_name: "Contact Center EU",
            data_action_category: "Web Services Data Actions Integration (team EU)",
            data_action_name: "Send Event to Cognigy [contract 739f49e] (team EU)",
            topic_literal: "v2.detail.events.conversation.id.acw",
            data_action_attempts: "3",
        });
    });

    it("scopes the triggers to its queue and delays them; enabled by default", () => {
        const trigger = named("cognigy-handover-webhook-trigger-user-end").inputs;
        expect([trigger.name, trigger.enabled, trigger.delayBySeconds, "eventTtlSeconds" in trigger, trigger.matchCriteria]).toEqual([
            "Trigger conversation.id.user.end (team EU)",
            true,
            90,
            false,
            `[${OPEN_MESSAGING},{"jsonPath":"queueId","operator":"In","values":["0b9c0c2e-3f45-4e6d-9a1b-2c3d4e5f6a7b"]}]`,
        ]);
    });

    it("exports typed outputs", () => {
        expect(evaluation.stackOutputs).toEqual({
            handoverUrl: "https://endpoint-eu.cognigy.example:8443/handover/genesysCloudOM",
            workflowIds: ["cognigy-handover-webhook-workflow-acw-offline-id", "cognigy-handover-webhook-workflow-user-end-offline-id"],
        });
    });
});
