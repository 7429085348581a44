import { COGNIGY_HANDOVER_PATH, HANDOVER_EVENTS } from "@cognigy-handover/contract";
import { PlannedResource } from "../../tools/evaluate/plannedResource";
import { bundledSamples } from "../../tools/simulation/bundledSamples";
import { SimulationReport } from "../../tools/simulation/outcome";
import { formatReport, reportAsJson } from "../../tools/simulation/report";
import { allFailures, runSimulation } from "../../tools/simulation/runSimulation";
import { SECRET_MASK } from "../../tools/maskSecrets";
import { secretValues } from "../../tools/simulation/secrets";
import { replaceResource, withInputs } from "./fixtures/plannedResources";
import { API_KEY, eventBridgeStack, ORG_ID, SUFFIX } from "./fixtures/eventBridgeStack";
import { OPEN_MESSAGING_ACW_AND_USER_END_SAMPLES } from "./fixtures/bundledSampleNames";
import { PROJECT_ROOT } from "./fixtures/webhookStack";

function simulate(resources: readonly PlannedResource[]): Promise<SimulationReport> {
    return runSimulation({ resources, projectDir: PROJECT_ROOT, events: bundledSamples(), stack: "eventbridge-test" });
}

function delivered(report: SimulationReport): string[] {
    return report.events.filter((event) => event.outcomes.some((outcome) => outcome.deliveries.length > 0)).map((event) => event.event.name);
}

describe("a correct on-prem EventBridge stack (Cognigy.AI 2025.22: customer.end + user.start)", () => {
    let report: SimulationReport;
    beforeAll(async () => {
        report = await simulate(eventBridgeStack());
    });

    test("holds every expectation and delivers only the subscribed Open Messaging events", () => {
        expect(allFailures(report)).toEqual([]);
        expect(report.paths).toEqual(["eventbridge"]);
        expect(delivered(report)).toEqual(["customer-end-open-messaging", "user-start-open-messaging"]);
    });

    test("Cognigy gets the EventBridge envelope with the API key header", () => {
        const event = report.events.find((candidate) => candidate.event.name === "customer-end-open-messaging");
        const [delivery] = event?.outcomes[0].deliveries ?? [];
        const received = delivery.exchange.received;
        expect(received?.method).toBe("POST");
        expect(received?.path).toBe(COGNIGY_HANDOVER_PATH);
        expect(received?.headers.authorization).toBe(API_KEY);
        const body = JSON.parse(received?.body ?? "{}");
        expect(body).toMatchObject({
            version: "0",
            "detail-type": HANDOVER_EVENTS.CustomerEndEvent.topic,
            source: `aws.partner/genesys.com/cloud/${ORG_ID}/${SUFFIX}`,
            account: "444455556666",
            region: "eu-west-1",
            resources: [],
            detail: { topicName: "v2.detail.events.conversation.7d3c1a5e-0b2f-4c7e-9a10-000000000008.customer.end", eventBody: { mediaType: "MESSAGE", messageType: "OPEN" } },
        });
        expect(event?.outcomes[0].matched).toEqual(["genesys-handover"]);
    });

    test("the API key never appears in the printed report", () => {
        const secrets = secretValues(eventBridgeStack());
        expect(secrets).toContain(API_KEY);
        for (const printed of [formatReport(report, secrets), reportAsJson(report, secrets)]) {
            expect(printed).not.toContain(API_KEY);
            expect(printed).toContain(SECRET_MASK);
        }
    });

    test("near misses are stopped by the rule, other topics by the source's filter", () => {
        const outcome = (name: string) => report.events.find((event) => event.event.name === name)?.outcomes[0];
        expect(outcome("customer-end-message-whatsapp")?.notes.join("\n")).toMatch(/rule 'genesys-handover' does not match/);
        expect(outcome("acw-open-messaging")?.subscribed).toBe(false);
        expect(outcome("customer-start-open-messaging")?.subscribed).toBe(false);
    });
});

describe("the legacy event set (Cognigy.AI 2025.11: user.end + acw)", () => {
    test("delivers the acw and user.end samples instead", async () => {
        const report = await simulate(eventBridgeStack([HANDOVER_EVENTS.UserEndEvent, HANDOVER_EVENTS.AfterCallWorkEvent]));
        expect(allFailures(report)).toEqual([]);
        // The rule pattern is not scoped by queue (see docs/queue-scoping.md): every queue's events arrive.
        expect(delivered(report)).toEqual(OPEN_MESSAGING_ACW_AND_USER_END_SAMPLES);
    });
});

describe("broken EventBridge seams", () => {
    test("a widened rule pattern lets WhatsApp through", async () => {
        const resources = replaceResource(eventBridgeStack(), "rule", (rule) =>
            withInputs(rule, { eventPattern: JSON.stringify({ detail: { eventBody: { mediaType: ["MESSAGE"] } } }) }),
        );
        expect(allFailures(await simulate(resources)).join("\n")).toContain(
            "sample 'customer-end-message-whatsapp' (eventbridge) reached Cognigy but must not: via rule 'genesys-handover'",
        );
    });

    test("the partner bus listens for another suffix than the source publishes with", async () => {
        const other = `aws.partner/genesys.com/cloud/${ORG_ID}/someone-else`;
        const resources = replaceResource(eventBridgeStack(), "bus", (bus) => withInputs(bus, { name: other, eventSourceName: other }));
        expect(allFailures(await simulate(resources)).join("\n")).toContain(
            `the Genesys source publishes with suffix '${SUFFIX}' but the stack's partner event bus listens for suffix 'someone-else'`,
        );
    });

    test("a rule on the default bus never sees Genesys events", async () => {
        const resources = replaceResource(eventBridgeStack(), "rule", (rule) => ({ ...withInputs(rule, { eventBusName: "default" }), propertyDependencies: {} }));
        const failures = allFailures(await simulate(resources)).join("\n");
        expect(failures).toContain("sample 'customer-end-open-messaging' (eventbridge) did not reach Cognigy");
        expect(failures).toContain("rule 'genesys-handover' is not on the partner event bus");
    });

    test("a topic-template pattern on the envelope's detail-type is honoured", async () => {
        const resources = replaceResource(eventBridgeStack(), "rule", (rule) =>
            withInputs(rule, { eventPattern: JSON.stringify({ "detail-type": [HANDOVER_EVENTS.CustomerEndEvent.topic], detail: { eventBody: { messageType: ["OPEN"] } } }) }),
        );
        const report = await simulate(resources);
        expect(allFailures(report).join("\n")).toContain("sample 'user-start-open-messaging' (eventbridge) did not reach Cognigy");
    });
});
