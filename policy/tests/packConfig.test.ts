import * as fs from "fs";
import * as path from "path";
import type { EnforcementLevel } from "@pulumi/policy";
import { WEBHOOK_EVENTS } from "@cognigy-handover/contract";
import { handoverPolicies } from "../policies";
import { RULE_CASE_STACK, STACKS, loadPolicyConfigFile, policyNamed, stackPolicyConfig } from "./policyHarness";

const ENFORCEMENT_LEVELS: readonly EnforcementLevel[] = ["advisory", "mandatory", "remediate", "disabled"];
const packPolicyNames = handoverPolicies.map((policy) => policy.name);

test("no two policies share a name, and none uses the reserved name all", () => {
    expect(new Set(packPolicyNames).size).toBe(packPolicyNames.length);
    expect(packPolicyNames).not.toContain("all");
});

test.each(handoverPolicies.map((policy) => [policy.name, policy] as const))("%s is kebab-case, described and has a default level", (name, policy) => {
    expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(policy.description.length).toBeGreaterThan(20);
    expect(ENFORCEMENT_LEVELS).toContain(policy.enforcementLevel);
    // server.js refuses to start a pack whose schema declares enforcementLevel.
    expect(Object.keys(policy.configSchema?.properties ?? {})).not.toContain("enforcementLevel");
});

describe.each(STACKS)("config/%s.json", (stack) => {
    const file = loadPolicyConfigFile(stack);

    test("names only policies of the pack", () => {
        const unknown = Object.keys(file).filter((key) => key !== "all" && !packPolicyNames.includes(key));
        expect(unknown).toEqual([]);
    });

    test("uses only valid levels and settings the policy declares, with the declared types", () => {
        expect(ENFORCEMENT_LEVELS).toContain(file["all"]);
        for (const [policyName, section] of Object.entries(file)) {
            if (policyName === "all" || typeof section === "string") {
                continue;
            }
            const { enforcementLevel, ...settings } = section;
            if (enforcementLevel !== undefined) {
                expect(ENFORCEMENT_LEVELS).toContain(enforcementLevel);
            }
            const schema = policyNamed(policyName).configSchema?.properties ?? {};
            for (const [key, value] of Object.entries(settings)) {
                expect([policyName, key, key in schema]).toEqual([policyName, key, true]);
                // JSON Schema's "integer" is a JS number.
                const declaredType = schema[key].type === "integer" ? "number" : schema[key].type;
                expect([policyName, key, Array.isArray(value) ? "array" : typeof value]).toEqual([policyName, key, declaredType]);
            }
        }
    });
});

test("levels per stack: the contract is mandatory everywhere, protection only in prod", () => {
    // Only the webhook-contract policies: other rule files appended to the pack declare their own levels.
    const contractPolicies = ["trigger-open-messaging-only", "trigger-topic-and-target", "handover-stack-wiring", "send-event-action-contract", "genesys-resources-protected"];
    const levels = Object.fromEntries(STACKS.map((stack) => [stack, Object.fromEntries(contractPolicies.map((name) => [name, stackPolicyConfig(stack, policyNamed(name)).enforcementLevel]))]));
    expect(levels).toEqual({
        dev: {
            "trigger-open-messaging-only": "mandatory",
            "trigger-topic-and-target": "mandatory",
            "handover-stack-wiring": "mandatory",
            "send-event-action-contract": "mandatory",
            "genesys-resources-protected": "advisory",
        },
        prod: {
            "trigger-open-messaging-only": "mandatory",
            "trigger-topic-and-target": "mandatory",
            "handover-stack-wiring": "mandatory",
            "send-event-action-contract": "mandatory",
            "genesys-resources-protected": "mandatory",
        },
    });
    expect(stackPolicyConfig("prod", policyNamed("genesys-resources-protected")).settings).toEqual({ requireProtect: true });
});

test("schema defaults come from the event catalogue and the handover contract", () => {
    const webhookTopics = WEBHOOK_EVENTS.map((event) => event.topic);
    expect(policyNamed("trigger-topic-and-target").configSchema?.properties["allowedTopics"].default).toEqual(webhookTopics);
    expect(policyNamed("handover-stack-wiring").configSchema?.properties["requiredTopics"].default).toEqual(webhookTopics);
    expect(policyNamed("send-event-action-contract").configSchema?.properties["allowedHosts"].default).toEqual(["endpoint-app.cognigy.ai"]);
    expect(policyNamed("eventbridge-api-destination").configSchema?.properties["allowedHosts"].default).toEqual(["endpoint-app.cognigy.ai"]);
});

test("index.ts only constructs the pack from the policy list", () => {
    const source = fs.readFileSync(path.join(__dirname, "..", "index.ts"), "utf8");
    const statements = source.replace(/\/\/.*$/gm, "").trim();
    expect(statements).toMatch(/new PolicyPack\("cognigy-handover-contract", \{\s*policies: handoverPolicies,\s*enforcementLevel: PACK_ENFORCEMENT_LEVEL,\s*\}\);$/);
    expect(statements.match(/new PolicyPack/g)).toHaveLength(1);
});

test("the pack's package.json has the version PolicyPack requires and the pinned SDKs", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as {
        version?: string;
        dependencies: Record<string, string>;
    };
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifest.dependencies).toEqual({ "@pulumi/policy": "1.21.0", "@pulumi/pulumi": "3.270.0", [CONTRACT]: contractVersion() });
});

/**
 * The pack ships the contract inside its tarball (bundleDependencies). The Pulumi CLI extracts the tarball and
 * runs `npm install` in it (pulumi/pulumi pkg/backend/httpstate/policypack.go `installRequiredPolicy`): npm keeps a
 * bundled copy only when it satisfies the declared spec, so the spec is the contract's exact version, not a path
 * (`file:../contract` does not exist there). In this repository the lockfile links that version to ../contract, so
 * `npm ci` never asks a registry for it.
 */
test("the pack bundles the contract, declared by its exact version and linked to ../contract by the lockfile", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { bundleDependencies?: string[] };
    expect(manifest.bundleDependencies).toEqual([CONTRACT]);
    const lock = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "package-lock.json"), "utf8")) as {
        packages: Record<string, { resolved?: string; link?: boolean; version?: string }>;
    };
    expect(lock.packages[`node_modules/${CONTRACT}`]).toEqual({ resolved: "../contract", link: true });
    expect(lock.packages["../contract"]?.version).toBe(contractVersion());
});

const CONTRACT = "@cognigy-handover/contract";

function contractVersion(): string {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "contract", "package.json"), "utf8")) as { version: string }).version;
}

test(`rule cases run once, under ${RULE_CASE_STACK}'s config: every other stack resolves each policy the same, except the differences with tests of their own`, () => {
    // Where dev may differ from prod on purpose; each difference is tested per stack in the policy's own test file.
    const intendedDifferences: Record<string, Record<string, unknown>> = {
        "trigger-topic-and-target": { requireEnabled: false },
        "send-event-action-contract": { allowedHosts: ["endpoint-dev.cognigy.acme-contact.example"] },
        "genesys-resources-protected": { enforcementLevel: "advisory", requireProtect: false },
        "workflow-retries": { minimumAttempts: 1 },
    };
    for (const stack of STACKS.filter((candidate) => candidate !== RULE_CASE_STACK)) {
        const differences: Record<string, Record<string, unknown>> = {};
        for (const policy of handoverPolicies) {
            const theirs = stackPolicyConfig(stack, policy);
            const ours = stackPolicyConfig(RULE_CASE_STACK, policy);
            const changed: Record<string, unknown> = {};
            if (theirs.enforcementLevel !== ours.enforcementLevel) {
                changed["enforcementLevel"] = theirs.enforcementLevel;
            }
            for (const key of new Set([...Object.keys(theirs.settings), ...Object.keys(ours.settings)])) {
                if (JSON.stringify(theirs.settings[key]) !== JSON.stringify(ours.settings[key])) {
                    changed[key] = theirs.settings[key];
                }
            }
            if (Object.keys(changed).length > 0) {
                differences[policy.name] = changed;
            }
        }
        expect([stack, differences]).toEqual([stack, intendedDifferences]);
    }
});
