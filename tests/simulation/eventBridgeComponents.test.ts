import { bundledSamples } from "../../tools/simulation/bundledSamples";
import { allFailures, runSimulation } from "../../tools/simulation/runSimulation";
import { ONPREM_CONFIG, registerStack, SAAS_CONFIG, TEST_API_KEY } from "../eventbridge/registeredStack";
import { PROJECT_ROOT } from "./fixtures/webhookStack";

/**
 * The real EventBridge components (registered under mocks by the EventBridge tests' helper) replayed end to end:
 * the seams between the Genesys source, the partner bus, the rule, the target and the API destination.
 */
describe("the EventBridge components, simulated", () => {
    test("on-prem (2025.12): only the Open Messaging customer.end reaches Cognigy, with the API key", async () => {
        const resources = await registerStack(ONPREM_CONFIG);
        const report = await runSimulation({ resources, projectDir: PROJECT_ROOT, events: bundledSamples() });
        expect(allFailures(report)).toEqual([]);
        const deliveries = report.events.flatMap((event) => event.outcomes.flatMap((outcome) => outcome.deliveries.map((delivery) => ({ event: event.event.name, delivery }))));
        expect(deliveries.map(({ event }) => event)).toEqual(["customer-end-open-messaging"]);
        expect(deliveries[0].delivery.exchange.received?.headers.authorization).toBe(TEST_API_KEY);
    });

    test("SaaS: events leave Genesys for Cognigy's AWS account; nothing further to simulate", async () => {
        const resources = await registerStack(SAAS_CONFIG);
        const report = await runSimulation({ resources, projectDir: PROJECT_ROOT, events: bundledSamples() });
        expect(allFailures(report)).toEqual([]);
        expect(report.deliveries).toBe(0);
        const customerEnd = report.events.find((event) => event.event.name === "customer-end-open-messaging")?.outcomes[0];
        expect(customerEnd?.subscribed).toBe(true);
        expect(customerEnd?.outsideStack).toBe(true);
    });
});
