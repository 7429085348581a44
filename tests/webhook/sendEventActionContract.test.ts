import { canonicalJson, SEND_EVENT_ACTION_NAME, SEND_EVENT_INPUT_CONTRACT } from "@cognigy-handover/contract";
import {
    contractFingerprint,
    SEND_EVENT_ACTION_CONTRACT,
    sendEventActionName,
} from "../../components/webhook/sendEventActionContract";

/**
 * The replacement-forcing inputs as Genesys stores them, written out: the Cognigy guide's input contract (userId, topic,
 * disconnectType, all strings, more allowed) and an output contract that accepts any answer. The fingerprint below is
 * the first 7 hex digits of the SHA-256 of `{"contractInput":...,"contractOutput":...,"secure":false}` (sorted keys,
 * compact), computed outside this code base (Python's hashlib) from these literals.
 */
const GUIDE_CONTRACT_INPUT =
    '{"additionalProperties":true,"properties":{"disconnectType":{"type":"string"},"topic":{"type":"string"},"userId":{"type":"string"}},"title":"properties","type":"object"}';
const GUIDE_CONTRACT_OUTPUT = '{"additionalProperties":true,"properties":{},"type":"object"}';
const GUIDE_CONTRACT_FINGERPRINT = "739f49e";

describe("the Send Event to Cognigy action's contract, written out", () => {
    test("is the guide's input and output contract, not secure", () => {
        expect(SEND_EVENT_ACTION_CONTRACT).toEqual({ contractInput: GUIDE_CONTRACT_INPUT, contractOutput: GUIDE_CONTRACT_OUTPUT, secure: false });
    });

    test("has the fingerprint computed from those literals", () => {
        expect(contractFingerprint(SEND_EVENT_ACTION_CONTRACT)).toBe(GUIDE_CONTRACT_FINGERPRINT);
        expect(contractFingerprint({ contractInput: GUIDE_CONTRACT_INPUT, contractOutput: GUIDE_CONTRACT_OUTPUT, secure: false })).toBe("739f49e");
    });

    test.each([
        ["", "Send Event to Cognigy [contract 739f49e]"],
        [" (dev)", "Send Event to Cognigy [contract 739f49e] (dev)"],
        [" - EU team", "Send Event to Cognigy [contract 739f49e] - EU team"],
    ])("with the suffix %j is named %j", (suffix, name) => {
        expect(sendEventActionName(suffix)).toBe(name);
    });
});

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
