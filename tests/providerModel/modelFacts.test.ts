/**
 * The provider model as a specification: every fact is sourced and well-formed, and the facts the stack's
 * safety rests on (what read-back names a Flow, which inputs replace an action or a trigger) are pinned, so a
 * careless edit of the data file cannot quietly make the offline plan kinder than the real provider.
 */
import { InputFact, providerModels, resourceModel } from "../../tools/providerModel/providerModel";

const TYPES = {
    flow: "genesyscloud:index/flow:Flow",
    integration: "genesyscloud:index/integration:Integration",
    credential: "genesyscloud:index/integrationCredential:IntegrationCredential",
    action: "genesyscloud:index/integrationAction:IntegrationAction",
    trigger: "genesyscloud:index/processautomationTrigger:ProcessautomationTrigger",
} as const;

const READ_BACK_KINDS = ["input", "flowYamlName", "goJsonMarshal", "providerDefault", "unknown"];
const CONFIDENCES = ["confirmed", "inferred", "unconfirmed"];

const rows: [string, string, InputFact][] = [...providerModels().values()].flatMap((resource) =>
    Object.entries(resource.inputs).map(([inputPath, fact]) => [resource.type, inputPath, fact] as [string, string, InputFact]),
);

function inputsWhere(type: string, predicate: (fact: InputFact) => boolean): string[] {
    return Object.entries(resourceModel(type)?.inputs ?? {})
        .filter(([, fact]) => predicate(fact))
        .map(([inputPath]) => inputPath)
        .sort();
}

/** What is wrong with one row, if anything. */
function rowProblems(fact: InputFact): string[] {
    const problems: string[] = [];
    if (!/\.go\b/.test(fact.source)) {
        problems.push("source names no .go file");
    }
    if (!CONFIDENCES.includes(fact.confidence)) {
        problems.push(`confidence ${fact.confidence}`);
    }
    if (!READ_BACK_KINDS.includes(fact.readBack)) {
        problems.push(`readBack ${fact.readBack}`);
    }
    if (fact.required === fact.optional) {
        problems.push("exactly one of required and optional must be true");
    }
    if (fact.readBack === "providerDefault" && fact.default === undefined) {
        problems.push("providerDefault without a default");
    }
    const uncertain = fact.confidence !== "confirmed" || (fact.readBackConfidence ?? "confirmed") !== "confirmed";
    if (uncertain && (fact.note ?? "") === "") {
        problems.push("not confirmed, but no note says what is open");
    }
    return problems;
}

describe("every row of the provider model", () => {
    test("is sourced and well-formed", () => {
        const problems = rows.flatMap(([type, inputPath, fact]) => rowProblems(fact).map((problem) => `${type} ${inputPath}: ${problem}`));
        expect(rows.length).toBeGreaterThan(100);
        expect(problems).toEqual([]);
    });

    test("only properties called `name` are auto-named, and every genesyscloud resource's `name` is", () => {
        expect(rows.filter(([, inputPath, fact]) => fact.autoNamed && inputPath !== "name")).toEqual([]);
        const genesysNames = rows.filter(([type, inputPath]) => type.startsWith("genesyscloud:") && inputPath === "name");
        expect(genesysNames.map(([type]) => type).sort()).toEqual([TYPES.flow, TYPES.action, TYPES.credential, TYPES.trigger].sort());
        expect(genesysNames.every(([, , fact]) => fact.autoNamed)).toBe(true);
    });
});

describe("the genesyscloud facts the stack's safety rests on", () => {
    test("a Flow's name is read back from the published YAML", () => {
        expect(resourceModel(TYPES.flow)?.inputs["name"]).toMatchObject({ computed: true, autoNamed: true, readBack: "flowYamlName" });
    });

    test("an action is replaced by a change of its integration, contracts or secure flag, and by nothing else", () => {
        expect(inputsWhere(TYPES.action, (fact) => fact.forceNew)).toEqual(["contractInput", "contractOutput", "integrationId", "secure"]);
    });

    test("a trigger is replaced only by a change of its topic", () => {
        expect(inputsWhere(TYPES.trigger, (fact) => fact.forceNew)).toEqual(["topicName"]);
    });

    test("integrations, credentials and flows are never replaced by an input change", () => {
        for (const type of [TYPES.integration, TYPES.credential, TYPES.flow]) {
            expect([type, inputsWhere(type, (fact) => fact.forceNew)]).toEqual([type, []]);
        }
    });

    test("match criteria are compared as the Go-marshalled text, contracts and integration JSON as equivalent JSON", () => {
        expect(resourceModel(TYPES.trigger)?.inputs["matchCriteria"]).toMatchObject({ readBack: "goJsonMarshal", diff: "equal" });
        for (const inputPath of ["contractInput", "contractOutput"]) {
            expect(resourceModel(TYPES.action)?.inputs[inputPath]).toMatchObject({ readBack: "goJsonMarshal", diff: "equivalentJson" });
        }
        for (const inputPath of ["config.properties", "config.advanced"]) {
            expect(resourceModel(TYPES.integration)?.inputs[inputPath]).toMatchObject({ readBack: "goJsonMarshal", diff: "equivalentJson" });
        }
    });

    test("what the API echoes for JSON inputs is marked unconfirmed, not assumed; the criteria without nulls only as the provider's acceptance test shows", () => {
        expect(resourceModel(TYPES.trigger)?.inputs["matchCriteria"]).toMatchObject({
            readBackConfidence: "inferred",
            note: expect.stringContaining("resource_genesyscloud_processautomation_trigger_test.go:541-590"),
        });
        expect(resourceModel(TYPES.action)?.inputs["contractInput"]?.readBackConfidence).toBe("unconfirmed");
        expect(resourceModel(TYPES.integration)?.inputs["config.properties"]?.readBackConfidence).toBe("unconfirmed");
    });

    test("the reads right after a write of a trigger and a credential, and only those, are consistency-checked", () => {
        const checked = [...providerModels().values()].filter((resource) => resource.readConsistencyCheck !== undefined).map((resource) => resource.type);
        expect(checked.sort()).toEqual([TYPES.credential, TYPES.trigger]);
        expect(resourceModel(TYPES.trigger)?.readConsistencyCheck?.source).toMatch(
            /^genesyscloud\/process_automation_trigger\/resource_genesyscloud_processautomation_trigger\.go:212 .*consistency_checker\.go:222-303/,
        );
    });

    test("integration properties replace what the org holds, as Go decodes into the interface{} it read", () => {
        expect(resourceModel(TYPES.integration)?.inputs["config.properties"]?.note).toContain("resource_genesyscloud_integration_utils.go:100-148");
    });

    test("credential fields and the OAuth client secret are sensitive", () => {
        expect(inputsWhere(TYPES.credential, (fact) => fact.sensitive)).toEqual(["fields"]);
        expect(inputsWhere("pulumi:providers:genesyscloud", (fact) => fact.sensitive)).toEqual(["oauthclientSecret"]);
    });

    test("a Flow's file hash is computed by the provider: unknown on a first preview", () => {
        expect(Object.keys(resourceModel(TYPES.flow)?.outputs ?? {})).toEqual(["fileContentHash"]);
    });
});
