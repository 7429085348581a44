import { RESOURCE_TYPES, SEND_EVENT_INPUT_CONTRACT, SEND_EVENT_OUTPUT_CONTRACT } from "@cognigy-handover/contract";
import { checkResponse, renderRequest, validateAgainstContract } from "../../tools/simulation/dataAction";
import { renderVelocity, requestContext } from "../../tools/simulation/velocityTemplate";
import { planned } from "./fixtures/plannedResources";

const inputs = { userId: "u-1", topic: "v2.detail.events.conversation.id.acw", note: 'say "hi"\n' };

describe("Velocity templates of a data action", () => {
    test.each([
        ["${input.rawRequest} is the input object as JSON", "${input.rawRequest}", JSON.stringify(inputs)],
        ["$input.x", "$input.userId", "u-1"],
        ["${input.x}", "${input.topic}", "v2.detail.events.conversation.id.acw"],
        ["$esc.jsonString escapes for a JSON string", '{"note":"$esc.jsonString($input.note)"}', '{"note":"say \\"hi\\"\\n"}'],
        ["$esc.url encodes", "https://x/?u=$esc.url($input.note)", "https://x/?u=say%20%22hi%22%0A"],
        ["credentials are masked, whatever the field", "Bearer ${credentials.apiKey}", "Bearer [credentials.apiKey]"],
        ["a missing input renders literally, as Velocity does", "$input.disconnectType", "$input.disconnectType"],
        ["#if on an input", "#if($input.userId)yes#{else}no#end", "yes"],
    ])("%s", (_label, template, expected) => {
        expect(renderVelocity(template, requestContext(inputs))).toBe(expected);
    });
});

function action(configRequest: Record<string, unknown>, configResponse: Record<string, unknown> = { successTemplate: "${rawResult}" }) {
    return planned(RESOURCE_TYPES.integrationAction, "a", {
        name: "A",
        category: "C",
        contractInput: JSON.stringify(SEND_EVENT_INPUT_CONTRACT),
        contractOutput: JSON.stringify(SEND_EVENT_OUTPUT_CONTRACT),
        configRequest,
        configResponse,
    });
}

describe("rendering the request", () => {
    test("the guide's action: POST, default body template, JSON content type", () => {
        const request = renderRequest(action({ requestType: "POST", requestUrlTemplate: "https://endpoint-x/handover/genesysCloudOM" }), { userId: "u", topic: "t" });
        expect(request).toEqual({
            method: "POST",
            url: "https://endpoint-x/handover/genesysCloudOM",
            headers: { "Content-Type": "application/json" },
            body: '{"userId":"u","topic":"t"}',
        });
    });

    test("headers are templates too; a configured Content-Type wins", () => {
        const request = renderRequest(
            action({ requestType: "POST", requestUrlTemplate: "https://x/$input.userId", headers: { "Content-Type": "application/json; charset=utf-8", "X-Api-Key": "${credentials.key}" } }),
            { userId: "u" },
        );
        expect(request.url).toBe("https://x/u");
        expect(request.headers).toEqual({ "Content-Type": "application/json; charset=utf-8", "X-Api-Key": "[credentials.key]" });
    });

    test("GET sends no body", () => {
        expect(renderRequest(action({ requestType: "GET", requestUrlTemplate: "https://x" }), {}).body).toBeUndefined();
    });
});

describe("contracts", () => {
    test("the guide's input contract accepts the inputs with disconnectType absent", () => {
        expect(validateAgainstContract(action({}), "contractInput", { userId: "u", topic: "t" })).toBeUndefined();
    });

    test("a number where the contract says string is rejected", () => {
        expect(validateAgainstContract(action({}), "contractInput", { userId: 5 })).toContain("/userId must be string");
    });

    test("Cognigy's JSON answer passes ${rawResult}; a non-JSON answer fails the action", () => {
        expect(checkResponse(action({}), "{}")).toBeUndefined();
        expect(checkResponse(action({}), "OK")).toContain('success template output "OK" is not JSON');
    });
});
