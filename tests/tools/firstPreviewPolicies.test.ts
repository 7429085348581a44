/**
 * First previews (empty state), run through the policy pack exactly as the plan runs it: on every committed stack
 * no policy may be abandoned for a value unknown then, and none may fail; a miswired program's wiring faults are
 * still mandatory violations although every id is unknown.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ConfiguredPolicyPack, configurePolicyPack } from "../../policy/analyzerClient/configurePolicyPack";
import { AnalyzerInfo, PolicyAnalyzer } from "../../policy/analyzerClient/policyAnalyzer";
import { parsePolicyPackConfig } from "../../policy/analyzerClient/policyConfig";
import { startPolicyPack } from "../../tools/evaluate/policyPack";
import { UNKNOWN_VALUE } from "../../tools/evaluate/plannedResource";
import { listStacks, readPulumiProject } from "../../tools/evaluate/pulumiProjectFiles";
import { runPolicies } from "../../tools/evaluate/runPolicies";
import { evaluateIsolated } from "../helpers/isolatedEvaluation";

const ROOT = path.resolve(__dirname, "..", "..");
const STACKS = listStacks(ROOT, readPulumiProject(ROOT));

test("the committed stacks are found", () => {
    expect(STACKS).toEqual(expect.arrayContaining(["dev", "prod"]));
});

let analyzer: PolicyAnalyzer;
let info: AnalyzerInfo;
beforeAll(async () => {
    analyzer = await startPolicyPack(path.join(ROOT, "policy"));
    info = await analyzer.getAnalyzerInfo();
}, 60000);
afterAll(() => analyzer?.close());

/** The pack configured as `npm run plan -- --stack <stack>` configures it (its policy/config/<stack>.json, if any). */
function configuredFor(stack: string): Promise<ConfiguredPolicyPack> {
    const configFile = path.join(ROOT, "policy", "config", `${stack}.json`);
    if (!fs.existsSync(configFile)) {
        return configurePolicyPack(analyzer, info, new Map());
    }
    return configurePolicyPack(analyzer, info, parsePolicyPackConfig(fs.readFileSync(configFile, "utf8"), configFile), configFile);
}

test.each(STACKS)("a first preview of stack %s runs every policy to the end (none abandoned for unknowns) and passes", async (stack) => {
    const evaluation = await evaluateIsolated({ projectDir: ROOT, stack, mode: "preview" });
    // A first preview: the Genesys resources' ids are unknown, so this really exercises what policies may read.
    expect(evaluation.resources.filter((r) => r.custom && r.type.startsWith("genesyscloud:index/") && r.id !== undefined)).toEqual([]);
    const { violations, responses } = await runPolicies(evaluation.resources, await configuredFor(stack));
    expect(violations.filter((v) => v.message.startsWith("can't run policy"))).toEqual([]);
    expect(violations.filter((v) => v.enforcementLevel === "mandatory")).toEqual([]);
    expect(responses.resources).toHaveLength(evaluation.resources.length);
}, 60000);

test("a miswired program's first preview: triggers on each other's workflow and a renamed action are mandatory violations", async () => {
    const evaluation = await evaluateIsolated({ projectDir: path.join(ROOT, "tests", "fixtures", "miswired-project"), stack: "ci", mode: "preview" });
    expect(evaluation.resources.find((r) => r.name === "acw-trigger")?.inputs["target"]).toMatchObject({ id: UNKNOWN_VALUE });
    const { violations } = await runPolicies(evaluation.resources, await configuredFor("dev"));
    expect(violations.filter((v) => v.message.startsWith("can't run policy"))).toEqual([]);
    const wiring = violations.filter((v) => v.policyName === "handover-stack-wiring");
    expect(wiring.map((v) => [v.enforcementLevel, v.resourceName])).toEqual([
        ["mandatory", "acw-trigger"],
        ["mandatory", "user-end-trigger"],
        ["mandatory", "user-end-workflow"],
    ]);
    expect(wiring[0].message).toContain('targets workflow "Workflow conversation.id.user.end" (Pulumi resource user-end-workflow)');
    expect(wiring[2].message).toContain('name "Send Event to Cognigy (old name)", but this stack has no IntegrationAction with that category and name');
}, 60000);
