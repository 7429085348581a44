/**
 * .ci/deploy-rules.json, the one statement of which Genesys org each stack deploys into and what review it needs:
 * nothing merged reaches an org that serves prod customers without a required reviewer, and pull requests never
 * preview such a stack with real credentials. main.yml's review-gate checks the reviewers on GitHub; the doctor warns
 * from the same file.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { realStacksFromScript, repoRoot } from "./workflowModel";
import { loadDeployRules, reviewProblems, reviewWarnings } from "../../tools/doctor/reviewRules";

const rules = loadDeployRules(repoRoot);
const stacks = realStacksFromScript();

test("every real stack has a rule, and no rule names a stack that does not exist", () => {
    expect(Object.keys(rules).sort()).toEqual([...stacks].sort());
});

test("the committed rules hold: prod and dev share an org, so both need reviewers; only dev is previewed by pull requests", () => {
    expect(reviewProblems(rules)).toEqual([]);
    expect(rules["prod"]).toEqual({ genesysOrg: "acme-contact-eu", servesProdCustomers: true, requiredReviewers: true, pullRequestPreview: false });
    expect(rules["dev"]).toEqual({ genesysOrg: "acme-contact-eu", servesProdCustomers: false, requiredReviewers: true, pullRequestPreview: true });
});

test("stacks in one org are all marked sharedOrg in their policy configs, so their triggers stay scoped to their queues", () => {
    for (const [stack, rule] of Object.entries(rules)) {
        const others = Object.entries(rules).filter(([other, r]) => other !== stack && r.genesysOrg === rule.genesysOrg);
        if (others.length === 0) continue;
        const config = JSON.parse(fs.readFileSync(path.join(repoRoot, "policy", "config", `${stack}.json`), "utf8")) as Record<string, { sharedOrg?: boolean }>;
        expect({ stack, sharedOrg: config["trigger-scoped-in-shared-org"]?.sharedOrg }).toEqual({ stack, sharedOrg: true });
    }
});

describe("the rules refuse", () => {
    const base = { genesysOrg: "org-a", servesProdCustomers: false, requiredReviewers: false, pullRequestPreview: true };
    test.each([
        [
            "a prod-serving stack without reviewers",
            { prod: { ...base, servesProdCustomers: true, pullRequestPreview: false } },
            ["prod: its org serves prod customers, so its GitHub Environment must have required reviewers (requiredReviewers: true)."],
        ],
        [
            "pull request previews of a prod-serving stack",
            { prod: { ...base, servesProdCustomers: true, requiredReviewers: true } },
            ["prod: its org serves prod customers, so pull requests must not preview it with real credentials (pullRequestPreview: false)."],
        ],
        [
            "a dev stack in prod's org without the same review",
            { prod: { ...base, servesProdCustomers: true, requiredReviewers: true, pullRequestPreview: false }, dev: base },
            ['dev: deploys into the Genesys org "org-a" with prod, which serves prod customers, so it needs the same review (requiredReviewers: true).'],
        ],
    ])("%s", (_what, given, problems) => {
        expect(reviewProblems(given)).toEqual(problems);
    });

    test("nothing when dev has its own org", () => {
        expect(reviewProblems({ prod: { ...base, servesProdCustomers: true, requiredReviewers: true, pullRequestPreview: false }, dev: { ...base, genesysOrg: "org-dev" } })).toEqual([]);
    });
});

describe("the doctor's warning", () => {
    function repoWith(stacks: Record<string, unknown>): string {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deploy-rules-"));
        fs.mkdirSync(path.join(dir, ".ci"));
        fs.writeFileSync(path.join(dir, ".ci", "deploy-rules.json"), JSON.stringify({ stacks }));
        return dir;
    }
    const prod = { genesysOrg: "org-a", servesProdCustomers: true, requiredReviewers: true, pullRequestPreview: false };

    test("two stacks in one org with different review rules", () => {
        const dir = repoWith({ prod, dev: { ...prod, servesProdCustomers: false, requiredReviewers: false, pullRequestPreview: true } });
        expect(reviewWarnings(dir, "dev")).toEqual([
            'stacks prod, dev deploy into the same Genesys org "org-a" with different review rules (prod with required reviewers; dev without required reviewers): ' +
                "a change merged to the one without reviewers reaches the other's org unreviewed. Fix: give every environment of that org required reviewers, " +
                "or give the stack its own org (.ci/deploy-rules.json, docs/ci.md).",
            'dev: deploys into the Genesys org "org-a" with prod, which serves prod customers, so it needs the same review (requiredReviewers: true).',
        ]);
        expect(reviewWarnings(dir, "prod")).toHaveLength(2);
    });

    test("none when the rules agree, or when the stacks are in different orgs, or when the repository has no rules file", () => {
        expect(reviewWarnings(repoRoot, "dev")).toEqual([]);
        expect(reviewWarnings(repoWith({ prod, dev: { ...prod, genesysOrg: "org-dev", servesProdCustomers: false, requiredReviewers: false, pullRequestPreview: true } }), "dev")).toEqual([]);
        expect(reviewWarnings(fs.mkdtempSync(path.join(os.tmpdir(), "no-rules-")), "dev")).toEqual([]);
    });

    test("a stack the rules do not list", () => {
        expect(reviewWarnings(repoWith({ prod }), "staging")).toEqual([
            `.ci/deploy-rules.json does not list stack staging, so nothing says which org it deploys into or what review it needs. Fix: add it (docs/ci.md, "Review before prod's org").`,
        ]);
    });
});

test("CODEOWNERS covers the program, the pack, the workflows, CI scripts and the dependency files", () => {
    const owners = fs
        .readFileSync(path.join(repoRoot, ".github", "CODEOWNERS"), "utf8")
        .split("\n")
        .filter((line) => line.trim() !== "" && !line.startsWith("#"))
        .map((line) => line.split(/\s+/)[0]);
    for (const required of ["/index.ts", "/components/", "/contract/", "/Pulumi.yaml", "/Pulumi.*.yaml", "/policy/", "/.github/", "/.ci/", "/package.json", "/package-lock.json"]) {
        expect({ required, owned: owners.includes(required) }).toEqual({ required, owned: true });
    }
});
