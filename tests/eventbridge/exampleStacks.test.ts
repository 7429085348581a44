/** The example stack files evaluate offline (secure values replaced by the plan tool's placeholder) into valid settings. */
import { SECRET_PLACEHOLDER } from "../../tools/evaluate/stackConfig";
import { stackFileSettings as settingsOf } from "../helpers/stackFileSettings";

test("example-onprem: self-hosted EventBridge with an encrypted API key", () => {
    const settings = settingsOf("example-onprem");
    expect(settings.delivery).toBe("eventbridge");
    expect(settings.eventbridge).toMatchObject({ hosting: "onprem", awsAccountId: "123456789012" });
    expect(settings.eventbridge?.onPrem?.apiKey.reveal()).toBe(SECRET_PLACEHOLDER);
    expect(settings.eventbridge?.events.map((event) => event.name)).toEqual(["CustomerEndEvent"]);
});

test("example-saas: only the Genesys source, towards Cognigy's account", () => {
    const settings = settingsOf("example-saas");
    expect(settings.eventbridge).toMatchObject({ hosting: "saas", awsAccountId: "210987654321", onPrem: undefined });
    expect(settings.eventbridge?.events.map((event) => event.name)).toEqual(["CustomerEndEvent", "UserStartEvent"]);
});
