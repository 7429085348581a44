import { canonicalJson, SEND_EVENT_ACTION_NAME, SEND_EVENT_INPUT_CONTRACT } from "@cognigy-handover/contract";
import {
    contractFingerprint,
    SEND_EVENT_ACTION_CONTRACT,
    sendEventActionName,
} from "../../components/webhook/sendEventActionContract";

describe("the Send Event to Cognigy action's name", () => {
    test("is the guide's name with the contract fingerprint, then the stack suffix", () => {
        expect(sendEventActionName(" (dev)")).toBe(`${SEND_EVENT_ACTION_NAME} [contract ${contractFingerprint(SEND_EVENT_ACTION_CONTRACT)}] (dev)`);
        expect(contractFingerprint(SEND_EVENT_ACTION_CONTRACT)).toMatch(/^[0-9a-f]{7}$/);
    });

    test("stays the same while the contract does (an update in place keeps the action)", () => {
        const sameContract = { ...SEND_EVENT_ACTION_CONTRACT, contractInput: canonicalJson(SEND_EVENT_INPUT_CONTRACT) };
        expect(sendEventActionName("", sameContract)).toBe(sendEventActionName(""));
    });

    test("changes with each input that replaces the action, so old and new never share a name", () => {
        const widened = canonicalJson({ ...SEND_EVENT_INPUT_CONTRACT, required: ["userId"] });
        const variants = [
            { ...SEND_EVENT_ACTION_CONTRACT, contractInput: widened },
            { ...SEND_EVENT_ACTION_CONTRACT, contractOutput: canonicalJson({ type: "object" }) },
            { ...SEND_EVENT_ACTION_CONTRACT, secure: true },
        ];
        const names = new Set([sendEventActionName(""), ...variants.map((contract) => sendEventActionName("", contract))]);
        expect(names.size).toBe(4);
    });

    test("sends the contracts in the spelling the provider reads back (Go json.Marshal: sorted keys, compact)", () => {
        expect(SEND_EVENT_ACTION_CONTRACT.contractOutput).toBe('{"additionalProperties":true,"properties":{},"type":"object"}');
        expect(SEND_EVENT_ACTION_CONTRACT.secure).toBe(false);
    });
});
