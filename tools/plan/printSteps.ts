/**
 * Steps as `pulumi preview --diff` shows them: one block per resource that changes, its symbol and operation, then
 * each changed property (`forces replacement` where it does), secrets as `[secret]`; then the change summary.
 */
import { formatValue } from "./formatValue";
import { PlanStep, StepOp } from "./planSteps";
import { maskedChange } from "./stepValues";

const SYMBOL: Record<StepOp, string> = {
    same: "  ",
    create: "+ ",
    update: "~ ",
    delete: "- ",
    replace: "+-",
    "create-replacement": "++",
    "delete-replaced": "--",
};

const SUMMARY_WORDS: Array<[StepOp, string, string]> = [
    ["create", "+ ", "to create"],
    ["update", "~ ", "to update"],
    ["delete", "- ", "to delete"],
    ["replace", "+-", "to replace"],
];

export function printSteps(steps: readonly PlanStep[]): string {
    const lines: string[] = [];
    const nameOf = (urn: string): string => urn.split("::").pop() ?? urn;
    for (const step of steps) {
        if (!step.logical || step.op === "same") {
            continue;
        }
        const mode = step.op === "replace" ? (step.deleteBeforeReplace ? " delete-before-replace" : " create-before-delete") : "";
        lines.push(`  ${SYMBOL[step.op]}${step.type}  ${nameOf(step.urn)}  (${step.op}${mode})`);
        if (step.op === "replace") {
            lines.push(`      replaced because ${replaceReasons(step)}`);
            lines.push(
                step.deleteBeforeReplace
                    ? "      order: the old one is deleted first (with dependents its deletion replaces), then the new one is created"
                    : "      order: the new one is created first; the old one is deleted after every create and update",
            );
        }
        if (step.causedBy.length > 0) {
            lines.push(`      because ${step.causedBy.map(nameOf).join(", ")} is replaced (new id)`);
        }
        for (const change of step.diff?.changes ?? []) {
            const { planned, stored } = maskedChange(step, change);
            const forces = change.kind.endsWith("-replace") ? "  (forces replacement)" : "";
            const symbol = change.kind.startsWith("add") ? "+" : change.kind.startsWith("delete") ? "-" : "~";
            const text =
                symbol === "+" ? formatValue(planned) : symbol === "-" ? formatValue(stored) : `${formatValue(stored)} => ${formatValue(planned)}`;
            lines.push(`      ${symbol} ${change.path}: ${text}${forces}`);
        }
        for (const path of step.diff?.unverifiable ?? []) {
            lines.push(`      ? ${path}: [secret] (encrypted in the state file: the plan cannot tell whether it changes)`);
        }
    }
    const logical = steps.filter((step) => step.logical);
    const summary = SUMMARY_WORDS.map(([op, symbol, words]) => [symbol, logical.filter((s) => s.op === op).length, words] as const)
        .filter(([, count]) => count > 0)
        .map(([symbol, count, words]) => `    ${symbol}${count} ${words}`);
    const same = logical.filter((step) => step.op === "same").length;
    return [...(lines.length > 0 ? lines : ["  (no changes)"]), "", "Resources:", ...summary, ...(same > 0 ? [`    ${same} unchanged`] : [])].join("\n");
}

/** Which changed properties force the replacement, and why: the provider's ForceNew or the program's replaceOnChanges. */
function replaceReasons(step: PlanStep): string {
    const keys = step.diff?.replaceKeys ?? [];
    const forceNew = keys.filter((key) => step.diff?.changes.some((change) => change.path.split(/[.[]/)[0] === key && change.fact?.forceNew === true));
    const listed = keys.filter((key) => !forceNew.includes(key));
    const isAre = (names: readonly string[]): string => `${names.join(", ")} ${names.length === 1 ? "is" : "are"}`;
    return [
        ...(forceNew.length > 0 ? [`${isAre(forceNew)} ForceNew`] : []),
        ...(listed.length > 0 ? [`${isAre(listed)} in the program's replaceOnChanges`] : []),
    ].join(", and ");
}

/** `changeSummary` of `pulumi preview --json`: counts per logical operation. */
export function changeSummary(steps: readonly PlanStep[]): Record<string, number> {
    const summary: Record<string, number> = {};
    for (const step of steps.filter((s) => s.logical)) {
        summary[step.op] = (summary[step.op] ?? 0) + 1;
    }
    return summary;
}
