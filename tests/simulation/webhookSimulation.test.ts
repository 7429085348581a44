import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
    COGNIGY_HANDOVER_PATH,
    DATA_ACTIONS_INTEGRATION_NAME,
    RESOURCE_TYPES,
    SEND_EVENT_ACTION_NAME,
} from "@cognigy-handover/contract";
import { WORKFLOW_TEMPLATE_FILEPATH } from "../../components/webhook/workflowTemplate";
import { acw, userEnd } from "../../policy/tests/handoverFixtures";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { bundledSamples } from "../../tools/simulation/bundledSamples";
import { SimulationReport } from "../../tools/simulation/outcome";
import { allFailures, runSimulation } from "../../tools/simulation/runSimulation";
import { planned, replaceResource, withInputs } from "./fixtures/plannedResources";
import { flowName, PROJECT_ROOT, triggerName, webhookStack } from "./fixtures/webhookStack";


function simulate(resources: readonly PlannedResource[], projectDir = PROJECT_ROOT): Promise<SimulationReport> {
    return runSimulation({ resources, projectDir, events: bundledSamples(), stack: "test" });
}

function receivedBodies(report: SimulationReport): unknown[] {
    return report.events
        .flatMap((event) => event.outcomes)
        .flatMap((outcome) => outcome.deliveries)
        .map((delivery) => JSON.parse(delivery.exchange.received?.body ?? "null"));
}

describe("a correct webhook stack", () => {
    let report: SimulationReport;
    beforeAll(async () => {
        report = await simulate(webhookStack());
    });

    test("holds every expectation of the bundled samples", () => {
        expect(allFailures(report)).toEqual([]);
        expect(report.ok).toBe(true);
        expect(report.paths).toEqual(["webhook"]);
    });

    test("delivers exactly the handover-end requests Cognigy parses, from every queue (the stack is not scoped)", () => {
        expect(report.deliveries).toBe(7);
        expect(receivedBodies(report)).toEqual([
            // AfterCallWorkEvent has no disconnectType: the unset variable is dropped as a null input.
            { userId: "cognigy-user-4b7f2d9e", topic: acw.topicLiteral },
            { userId: "cognigy-user-4b7f2d9e", topic: userEnd.topicLiteral, disconnectType: "CLIENT" },
            { userId: "cognigy-user-12", topic: acw.topicLiteral },
            { userId: "cognigy-user-13", topic: userEnd.topicLiteral, disconnectType: "CLIENT" },
            { userId: "cognigy-user-14", topic: acw.topicLiteral },
            { userId: "cognigy-user-15", topic: userEnd.topicLiteral, disconnectType: "CLIENT" },
            { userId: "cognigy-user-16", topic: userEnd.topicLiteral, disconnectType: "CLIENT" },
        ]);
    });

    test("sends POST to the endpoint's path on the receiver, as JSON", () => {
        const exchanges = report.events.flatMap((event) => event.outcomes).flatMap((outcome) => outcome.deliveries.map((delivery) => delivery.exchange));
        for (const exchange of exchanges) {
            expect(exchange.sent.url).toBe(`https://endpoint-test.cognigy.example${COGNIGY_HANDOVER_PATH}`);
            expect(exchange.sent.receiverUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${COGNIGY_HANDOVER_PATH}$`));
            expect(exchange.received?.method).toBe("POST");
            expect(exchange.received?.path).toBe(COGNIGY_HANDOVER_PATH);
            expect(exchange.received?.headers["content-type"]).toBe("application/json");
            expect(exchange.responseStatus).toBe(200);
        }
    });

    test("names the trigger that matched and says why the near misses did not", () => {
        const byName = new Map(report.events.map((event) => [event.event.name, event.outcomes[0]]));
        expect(byName.get("acw-open-messaging")?.matched).toEqual([acw.triggerName]);
        expect(byName.get("user-end-message-whatsapp")?.notes.join("\n")).toMatch(/messageType Equal "OPEN" \(event has "WHATSAPP"\)/);
        expect(byName.get("customer-start-open-messaging")?.notes.join("\n")).toMatch(/no trigger listens on/);
    });
});

/** A copy of the project's workflow template in a temporary project dir, edited. */
function projectWithWorkflow(edit: (template: string) => string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "simulation-project-"));
    const target = path.join(dir, WORKFLOW_TEMPLATE_FILEPATH);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, edit(fs.readFileSync(path.join(PROJECT_ROOT, WORKFLOW_TEMPLATE_FILEPATH), "utf8")));
    return dir;
}

describe("broken seams fail with a message naming them", () => {
    test("the data action was renamed but the workflows still call the old name", async () => {
        const resources = replaceResource(webhookStack(), "send-event", (action) => withInputs(action, { name: "Send Event to Cognigy v2" }));
        const report = await simulate(resources);
        expect(report.ok).toBe(false);
        expect(report.deliveries).toBe(0);
        expect(allFailures(report).join("\n")).toContain(
            `calls data action '${SEND_EVENT_ACTION_NAME}' in category '${DATA_ACTIONS_INTEGRATION_NAME}': no such data action; ` +
                `the stack defines 'Send Event to Cognigy v2' in category '${DATA_ACTIONS_INTEGRATION_NAME}'`,
        );
    });

    test("the action's category is not its integration's name", async () => {
        const category = "Web Services Data Action";
        let resources = replaceResource(webhookStack(), "send-event", (action) => withInputs(action, { category }));
        for (const event of [acw, userEnd]) {
            resources = replaceResource(resources, flowName(event), (flow) =>
                withInputs(flow, { substitutions: { ...(flow.inputs.substitutions as Record<string, string>), data_action_category: category } }),
            );
        }
        const failures = allFailures(await simulate(resources)).join("\n");
        expect(failures).toContain(
            `data action '${SEND_EVENT_ACTION_NAME}' has category '${category}' but its integration 'integration' is named '${DATA_ACTIONS_INTEGRATION_NAME}'`,
        );
    });

    test("a workflow variable is not marked as input, so the trigger's data never reaches it", async () => {
        const projectDir = projectWithWorkflow((template) => template.replace(/(name: Flow\.addressTo[\s\S]*?isInput: )true/, "$1false"));
        try {
            const report = await simulate(webhookStack(), projectDir);
            const failures = allFailures(report).join("\n");
            expect(failures).toContain("input 'userId' reads Flow.addressTo, which is not marked isInput: true");
            expect(report.ok).toBe(false);
        } finally {
            fs.rmSync(projectDir, { recursive: true, force: true });
        }
    });

    test("the topic literal keeps `{id}` instead of `.id.`", async () => {
        const resources = replaceResource(webhookStack(), flowName(acw), (flow) =>
            withInputs(flow, { substitutions: { ...(flow.inputs.substitutions as Record<string, string>), topic_literal: acw.topic } }),
        );
        const failures = allFailures(await simulate(resources)).join("\n");
        expect(failures).toContain(`sends topic ${JSON.stringify(acw.topic)} for trigger topic ${acw.topic}, but Cognigy expects the literal ${JSON.stringify(acw.topicLiteral)}`);
        expect(failures).toContain(`body.topic: expected ${JSON.stringify(acw.topicLiteral)}, got ${JSON.stringify(acw.topic)}`);
    });

    test("widened criteria let a WhatsApp conversation through", async () => {
        const resources = replaceResource(webhookStack(), triggerName(userEnd), (trigger) =>
            withInputs(trigger, { matchCriteria: JSON.stringify([{ jsonPath: "mediaType", operator: "Equal", value: "MESSAGE" }]) }),
        );
        const failures = allFailures(await simulate(resources)).join("\n");
        expect(failures).toContain(
            `sample 'user-end-message-whatsapp' (webhook) reached Cognigy but must not: via trigger '${userEnd.triggerName}' → workflow '${userEnd.workflowName}'`,
        );
    });

    test("a trigger targets a flow that is not in the stack", async () => {
        const resources = replaceResource(webhookStack(), triggerName(acw), (trigger) => ({
            ...withInputs(trigger, { target: { ...(trigger.inputs.target as Record<string, unknown>), id: "someone-elses-flow" } }),
            propertyDependencies: {},
        }));
        const failures = allFailures(await simulate(resources)).join("\n");
        expect(failures).toContain(`trigger '${acw.triggerName}': target.id "someone-elses-flow" points at 0 Flows of the stack, expected 1`);
    });

    test("the input contract requires a field the workflow does not send", async () => {
        const resources = replaceResource(webhookStack(), "send-event", (action) =>
            withInputs(action, {
                contractInput: JSON.stringify({ type: "object", properties: { userId: { type: "string" }, topic: { type: "string" }, disconnectType: { type: "string" } }, required: ["disconnectType"] }),
            }),
        );
        const failures = allFailures(await simulate(resources)).join("\n");
        expect(failures).toMatch(/acw-open-messaging \(webhook\): .*does not satisfy contractInput: \(root\) must have required property 'disconnectType'/);
    });

    test("a disabled trigger means the event never reaches Cognigy", async () => {
        const resources = replaceResource(webhookStack(), triggerName(acw), (trigger) => withInputs(trigger, { enabled: false }));
        const failures = allFailures(await simulate(resources)).join("\n");
        expect(failures).toContain(`sample 'acw-open-messaging' (webhook) did not reach Cognigy: trigger '${acw.triggerName}' is not enabled`);
    });

    test("an integration left DISABLED fails its actions", async () => {
        const resources = replaceResource(webhookStack(), "integration", (integration) => withInputs(integration, { intendedState: "DISABLED" }));
        expect(allFailures(await simulate(resources)).join("\n")).toContain(`integration '${DATA_ACTIONS_INTEGRATION_NAME}' is not ENABLED`);
    });

    test("invalid match criteria are reported on the trigger", async () => {
        const resources = replaceResource(webhookStack(), triggerName(acw), (trigger) =>
            withInputs(trigger, { matchCriteria: JSON.stringify([{ jsonPath: "mediaType", operator: "Equal", value: "MESSAGE", values: ["MESSAGE"] }]) }),
        );
        expect(allFailures(await simulate(resources)).join("\n")).toContain(`trigger '${acw.triggerName}': matchCriteria[0] (mediaType Equal) sets both value and values`);
    });
});

describe("credentials of the data actions integration", () => {
    function withCredential(credentialTypeName: string, actionHeaders: Record<string, string>): PlannedResource[] {
        const credential = planned(RESOURCE_TYPES.integrationCredential, "credential", { credentialTypeName, fields: { apiKey: "s3cr3t-value" } }, { secretPaths: ["fields"] });
        let resources = replaceResource(webhookStack(), "integration", (integration) => ({
            ...withInputs(integration, { config: { ...(integration.inputs.config as Record<string, unknown>), credentials: { basicAuth: credential.id } } }),
            propertyDependencies: { config: [credential.urn] },
        }));
        resources = replaceResource(resources, "send-event", (action) =>
            withInputs(action, { configRequest: { ...(action.inputs.configRequest as Record<string, unknown>), headers: actionHeaders } }),
        );
        return [credential, ...resources];
    }

    function firstReceivedHeaders(report: SimulationReport): Record<string, string> {
        const delivery = report.events.flatMap((event) => event.outcomes).flatMap((outcome) => outcome.deliveries)[0];
        return { ...delivery.exchange.received?.headers };
    }

    test("Basic Auth: Genesys adds the Authorization header itself (value masked)", async () => {
        const report = await simulate(withCredential("basicAuth", { "Content-Type": "application/json" }));
        expect(report.ok).toBe(true);
        expect(firstReceivedHeaders(report).authorization).toBe("Basic [credentials.basicAuth]");
    });

    test("User Defined: only the headers the action's templates reference, masked", async () => {
        const report = await simulate(withCredential("userDefined", { "Content-Type": "application/json", apiKey: "${credentials.apiKey}" }));
        expect(report.ok).toBe(true);
        const headers = firstReceivedHeaders(report);
        expect(headers.apikey).toBe("[credentials.apiKey]");
        expect(headers.authorization).toBeUndefined();
    });
});

describe("duplicates", () => {
    test("two triggers on one topic make Cognigy hear the same end twice", async () => {
        const stack = webhookStack();
        const original = stack.find((resource) => resource.name === triggerName(acw));
        if (original === undefined) {
            throw new Error("fixture has no acw trigger");
        }
        const copy = { ...original, name: "trigger-acw-copy", urn: `${original.urn}-copy`, inputs: { ...original.inputs, name: "Copy of the acw trigger" } };
        const failures = allFailures(await simulate([...stack, copy])).join("\n");
        expect(failures).toContain(`sample 'acw-open-messaging' (webhook) reached Cognigy 2 times, expected once: via trigger '${acw.triggerName}'`);
    });
});
