import { HANDOVER_EVENTS } from "@cognigy-handover/contract";
import { eventBridgeSourceNotes } from "../../components/eventbridge/eventBridgeSource";

test("the EventBridge source's notes say what leaves the org and where: every conversation, voice included, to the named account", () => {
    expect(eventBridgeSourceNotes([HANDOVER_EVENTS.CustomerEndEvent], "210987654321", "eu-central-1")).toBe(
        "Sends every conversation's CustomerEndEvent in this org (all media types, voice calls included, with participants' addresses) " +
            "to AWS account 210987654321 (eu-central-1) for Cognigy.AI, which acts only on Open Messaging handovers. " +
            "Managed by Pulumi; see docs/eventbridge-migration.md, What leaves Genesys.",
    );
    expect(eventBridgeSourceNotes([HANDOVER_EVENTS.CustomerEndEvent], "1", "x")).not.toContain("of Open Messaging handovers to");
});
