/**
 * The review each stack's deployments get, from `.ci/deploy-rules.json` (docs/ci.md, "Review before prod's org"):
 * which Genesys org a stack deploys into, whether that org serves prod customers, whether the stack's GitHub
 * Environment must have required reviewers, and whether pull requests may preview it with real credentials. The
 * tests hold the committed file to these rules; the doctor warns about the stack it checks when they do not hold.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export interface DeployRule {
    /** A label for the Genesys org (its name or id): stacks with the same label deploy into the same org. */
    readonly genesysOrg: string;
    readonly servesProdCustomers: boolean;
    readonly requiredReviewers: boolean;
    readonly pullRequestPreview: boolean;
}

export type DeployRules = Readonly<Record<string, DeployRule>>;

export const DEPLOY_RULES_FILE = path.join(".ci", "deploy-rules.json");

/** The rules of the repository at `root` (reviewWarnings checks first that the file exists). */
export function loadDeployRules(root: string): DeployRules {
    const text = fs.readFileSync(path.join(root, DEPLOY_RULES_FILE), "utf8");
    return (JSON.parse(text) as { stacks: DeployRules }).stacks;
}

/** What is wrong with the rules: every stack in an org that serves prod customers needs reviewers, and no PR preview if it is the prod one. */
export function reviewProblems(rules: DeployRules): string[] {
    const problems: string[] = [];
    for (const [stack, rule] of Object.entries(rules)) {
        if (rule.servesProdCustomers) {
            if (!rule.requiredReviewers) {
                problems.push(`${stack}: its org serves prod customers, so its GitHub Environment must have required reviewers (requiredReviewers: true).`);
            }
            if (rule.pullRequestPreview) {
                problems.push(`${stack}: its org serves prod customers, so pull requests must not preview it with real credentials (pullRequestPreview: false).`);
            }
            continue;
        }
        const prodInSameOrg = Object.entries(rules).find(([other, r]) => other !== stack && r.servesProdCustomers && r.genesysOrg === rule.genesysOrg);
        if (prodInSameOrg !== undefined && !rule.requiredReviewers) {
            problems.push(
                `${stack}: deploys into the Genesys org ${JSON.stringify(rule.genesysOrg)} with ${prodInSameOrg[0]}, which serves prod customers, ` +
                    "so it needs the same review (requiredReviewers: true).",
            );
        }
    }
    return problems;
}

/**
 * The doctor's warnings for `stack`: other stacks of this repository in the same org with different review rules,
 * and any rule problem of a stack in that org. Empty when the repository has no rules file (the doctor cannot tell).
 */
export function reviewWarnings(root: string, stack: string): string[] {
    if (!fs.existsSync(path.join(root, DEPLOY_RULES_FILE))) {
        return [];
    }
    const rules = loadDeployRules(root);
    const own = rules[stack];
    if (own === undefined) {
        return [`${DEPLOY_RULES_FILE} does not list stack ${stack}, so nothing says which org it deploys into or what review it needs. Fix: add it (docs/ci.md, "Review before prod's org").`];
    }
    const sameOrg = Object.entries(rules).filter(([, rule]) => rule.genesysOrg === own.genesysOrg);
    const warnings: string[] = [];
    const differing = sameOrg.filter(([, rule]) => rule.requiredReviewers !== own.requiredReviewers);
    if (differing.length > 0) {
        const describe = ([name, rule]: [string, DeployRule]) => `${name} ${rule.requiredReviewers ? "with" : "without"} required reviewers`;
        warnings.push(
            `stacks ${sameOrg.map(([name]) => name).join(", ")} deploy into the same Genesys org ${JSON.stringify(own.genesysOrg)} with different review rules ` +
                `(${sameOrg.map(describe).join("; ")}): a change merged to the one without reviewers reaches the other's org unreviewed. ` +
                `Fix: give every environment of that org required reviewers, or give the stack its own org (${DEPLOY_RULES_FILE}, docs/ci.md).`,
        );
    }
    const orgStacks = new Set(sameOrg.map(([name]) => name));
    warnings.push(...reviewProblems(rules).filter((problem) => orgStacks.has(problem.slice(0, problem.indexOf(":")))));
    return warnings;
}
