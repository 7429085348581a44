/**
 * The plan once its arguments are parsed and the policy pack is starting: previews the stack as `pulumi preview`
 * would, runs the pack on it, simulates the `pulumi up` and previews again (perpetual diffs); with --base or
 * --state, shows the steps from a deployed state to the working tree. tools/plan.ts is the command around it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluateProgram, ProgramEvaluation } from "../evaluate/evaluateProgram";
import { ConfiguredPolicyPack } from "../../policy/analyzerClient/configurePolicyPack";
import { PolicyViolation, runPolicies } from "../evaluate/runPolicies";
import { readPulumiProject } from "../evaluate/pulumiProjectFiles";
import { checkoutBase } from "./baseCheckout";
import { perpetualDiffs, printPerpetualDiffs, printUpFailures } from "./convergence";
import { nameClashes } from "./nameClashes";
import { orgMoves } from "./orgMoves";
import { DeployedState } from "./deployedState";
import { formatValue } from "./formatValue";
import { PlanArguments } from "./planArguments";
import { buildPlanReport, PlanFindings, planStatus, planVerdict } from "./planReport";
import { planSteps, PlannedSteps } from "./planSteps";
import { changeSummary, printSteps } from "./printSteps";
import { printTree } from "./printTree";
import { printViolations } from "./printViolations";
import { readStackExport } from "./stackExport";
import { Evaluate, previewAfterUp, previewAgainst, PreviewAgainstState, Target, upFromEmpty } from "./stateTransitions";
import { maskedChange } from "./stepValues";
import { stepsAsJson } from "./stepsJson";
import { UserError } from "../userError";

export const EXIT_PASS = 0;
export const EXIT_MANDATORY_VIOLATION = 1;

/** The one evaluator, shared with the simulation: every program run of the plan goes through it. */
const evaluate: Evaluate = evaluateProgram;

/** The deployed state the working tree is compared with, and how to name it. */
interface Deployed {
    readonly label: string;
    readonly state: DeployedState;
}

async function deployedState(args: PlanArguments): Promise<Deployed | undefined> {
    if (args.stateFile !== undefined) {
        const project = readPulumiProject(args.projectDir).name;
        return { label: `state file ${args.stateFile}`, state: readStackExport(args.stateFile, { project, stack: args.stack }) };
    }
    if (args.base === undefined) {
        return undefined;
    }
    const base = checkoutBase(args.base, args.projectDir);
    try {
        const label = `${args.base} (${base.commit.slice(0, 12)})`;
        if (!fs.existsSync(path.join(base.projectDir, `Pulumi.${args.stack}.yaml`))) {
            // The stack did not exist at the base: everything is new.
            return { label: `${label}, where stack ${args.stack} does not exist yet`, state: [] };
        }
        try {
            const { state } = await upFromEmpty(evaluate, { projectDir: base.projectDir, stack: args.stack });
            return { label, state };
        } catch (error) {
            if (error instanceof UserError) {
                throw new UserError(`--base ${args.base}: the stack as it was there cannot be evaluated: ${error.message} Fix: pick a base where it can (a later commit).`);
            }
            throw error;
        }
    } finally {
        base.dispose();
    }
}

/** `starting`: the policy pack, already starting in its own process (undefined without a pack). */
export async function runPlan(args: PlanArguments, starting: Promise<ConfiguredPolicyPack> | undefined, started: number): Promise<number> {
    const target: Target = { projectDir: args.projectDir, stack: args.stack };
    let configured: ConfiguredPolicyPack | undefined;
    let violations: PolicyViolation[] = [];
    let deployed: Deployed | undefined;
    let preview: ProgramEvaluation;
    let planned: PlannedSteps;
    let afterUp: PreviewAgainstState;
    try {
        deployed = await deployedState(args);
        if (deployed) {
            ({ evaluation: preview, planned } = await previewAgainst(evaluate, target, deployed.state));
        } else {
            preview = await evaluate({ ...target, mode: "preview" });
            planned = planSteps(preview.resources, []);
        }
        // Convergence while the pack's process is still starting.
        afterUp = await previewAfterUp(evaluate, target);
        configured = await starting;
        if (configured !== undefined) {
            violations = (await runPolicies(preview.resources, configured)).violations;
        }
    } finally {
        (configured ?? (await starting?.catch(() => undefined)))?.analyzer.close();
    }
    const afterUpChanges = perpetualDiffs(afterUp.planned.steps, maskedChange);
    const perpetual = afterUpChanges.filter((finding) => finding.upFails === undefined);
    const upFailures = afterUpChanges.filter((finding) => finding.upFails !== undefined);
    const findings: PlanFindings = {
        against: deployed?.label ?? "an empty state (first deployment)",
        steps: stepsAsJson(planned.steps),
        changeSummary: changeSummary(planned.steps),
        perpetualDiffs: perpetual,
        upFailures,
        protectionErrors: planned.protectionErrors,
        nameClashes: nameClashes(planned.steps),
        orgMoves: deployed ? orgMoves(preview.resources, deployed.state) : [],
    };
    const seconds = ((Date.now() - started) / 1000).toFixed(1);

    if (args.json) {
        process.stdout.write(JSON.stringify(buildPlanReport(preview, violations, configured?.pack, args.policyPackConfig, findings), null, 2) + "\n");
    } else {
        const out: string[] = [];
        out.push(`Offline plan for ${preview.project} / stack ${preview.stack} (no engine, no providers, ${seconds}s)`, "");
        if (deployed) {
            out.push(`Changes against ${deployed.label}:`, printSteps(planned.steps), "");
        } else {
            out.push(printTree(preview.resources), "");
        }
        for (const error of [...findings.orgMoves, ...findings.protectionErrors, ...findings.nameClashes]) {
            out.push(`error: ${error.message}`);
        }
        if (upFailures.length > 0) {
            out.push(printUpFailures(upFailures, (value) => formatValue(value)), "");
        }
        out.push(
            perpetual.length > 0
                ? printPerpetualDiffs(perpetual, (value) => formatValue(value))
                : upFailures.length > 0
                  ? "No perpetual diff: the `up` would not get that far."
                  : "Converges: after the simulated `pulumi up`, a second preview changes nothing.",
            "",
        );
        if (configured) {
            const configNote = args.policyPackConfig ? ` with ${path.relative(process.cwd(), args.policyPackConfig) || args.policyPackConfig}` : "";
            out.push(`Policy pack ${configured.pack.name}@${configured.pack.version}${configNote}`);
            if (violations.length > 0) {
                out.push(printViolations(violations));
            }
        } else {
            out.push("No policy pack (none at the default location; pass --policy-pack <dir>).");
        }
        out.push("", planVerdict(violations, findings));
        process.stdout.write(out.join("\n") + "\n");
    }
    return planStatus(violations, findings) === "fail" ? EXIT_MANDATORY_VIOLATION : EXIT_PASS;
}
