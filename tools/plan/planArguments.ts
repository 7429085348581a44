import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";
import { argumentError, stackRequired, UserError } from "../userError";

export interface PlanArguments {
    readonly stack: string;
    readonly projectDir: string;
    /** undefined when no pack was asked for and the default one does not exist. */
    readonly policyPackDir?: string;
    readonly policyPackConfig?: string;
    readonly json: boolean;
    /** Plan against the stack as it was at this git ref. */
    readonly base?: string;
    /** Plan against this `pulumi stack export` file. */
    readonly stateFile?: string;
}


export const PLAN_USAGE =
    "usage: npm run plan -- --stack <name> [--base <git ref> | --state <export.json>] [--dir <pulumi project dir>] [--policy-pack <dir>] [--policy-pack-config <file.json>] [--json]";

export const PLAN_HELP = `Offline plan: previews a stack the way \`pulumi preview\` would, with no Pulumi CLI, credentials or providers.
It runs the program as a first preview (unknown ids, the bridge's auto-naming), runs the policy pack on it,
simulates the \`pulumi up\` (each provider's read-back from tools/providerModel) and previews again: anything
that would still change is a perpetual diff.

${PLAN_USAGE}

Options:
  --stack <name>               stack whose Pulumi.<name>.yaml configures the program (required)
  --base <git ref>             also show what the working tree changes against the stack as deployed from <git ref>
                               (its own program and config; this checkout's node_modules)
  --state <file>               also show what the working tree changes against a \`pulumi stack export\` file
  --dir <dir>                  Pulumi project directory (default: this repository)
  --policy-pack <dir>          policy pack (default: <repository>/policy when it exists)
  --policy-pack-config <file>  policy pack config (default: <pack>/config/<stack>.json when it exists)
  --json                       one JSON document: resources, steps (as \`pulumi preview --json\`), violations, verdict
  -h, --help                   this text

Exit codes:
  0  no mandatory policy violation, no perpetual diff, nothing the real preview would refuse
  1  a mandatory policy violation, a perpetual diff, a protected resource the change would replace or delete,
     a create-before-delete replacement that keeps its name, or a change of the Genesys org (region or OAuth
     client) under the deployed stack
  2  cannot plan: bad arguments, stack config, program, policy pack, base ref or state file (the message names the fix)`;

export type ParsedPlanCommand = { readonly help: true } | ({ readonly help: false } & PlanArguments);

/**
 * Parses the plan's command line. Paths the user gives are relative to `cwd`, the folder the command was run from
 * (`npm run` starts it in the repository's root and says where the user was in INIT_CWD: tools/invocationDirectory.ts).
 * Defaults are relative to this repository (`repoRoot`): the project is the repository, the pack is
 * `<repo>/policy`, its config `<pack>/config/<stack>.json` if present.
 */
export function parsePlanArguments(argv: readonly string[], repoRoot: string, cwd: string = process.cwd()): ParsedPlanCommand {
    // `npx ts-node tools/plan.ts -- --stack dev` passes the separator through; npm run strips it.
    const args = argv[0] === "--" ? argv.slice(1) : [...argv];
    let parsed;
    try {
        parsed = parseArgs({
            args,
            options: {
                stack: { type: "string" },
                dir: { type: "string" },
                base: { type: "string" },
                state: { type: "string" },
                "policy-pack": { type: "string" },
                "policy-pack-config": { type: "string" },
                json: { type: "boolean", default: false },
                help: { type: "boolean", short: "h", default: false },
            },
            strict: true,
            allowPositionals: false,
        });
    } catch (e) {
        throw argumentError(e, PLAN_USAGE);
    }
    const { values } = parsed;
    if (values.help) {
        return { help: true };
    }
    if (values.stack === undefined || values.stack === "") {
        throw stackRequired("plan", PLAN_USAGE);
    }
    if (values.base !== undefined && values.state !== undefined) {
        throw argumentError("--base and --state each name the deployed state to compare with", PLAN_USAGE, "pass one of them");
    }
    const projectDir = values.dir !== undefined ? existingFolder("--dir", path.resolve(cwd, values.dir), "the folder of a Pulumi project (with Pulumi.yaml), or leave --dir out for this repository") : repoRoot;
    const explicitPack = values["policy-pack"];
    const packDir =
        explicitPack !== undefined
            ? existingFolder("--policy-pack", path.resolve(cwd, explicitPack), `the folder of a policy pack (this repository's is ${path.join(repoRoot, "policy")}), or leave --policy-pack out`)
            : path.join(repoRoot, "policy");
    const policyPackDir = explicitPack !== undefined || fs.existsSync(packDir) ? packDir : undefined;
    const explicitConfig = values["policy-pack-config"];
    if (explicitConfig !== undefined && !fs.existsSync(path.resolve(cwd, explicitConfig))) {
        throw new UserError(
            `--policy-pack-config ${explicitConfig}: no such file (${path.resolve(cwd, explicitConfig)}). ` +
                `Fix: name a policy pack config file (e.g. ${path.join(repoRoot, "policy", "config", `${values.stack}.json`)}), or leave the option out`,
        );
    }
    if (explicitConfig !== undefined && policyPackDir === undefined) {
        throw argumentError("--policy-pack-config needs a policy pack", PLAN_USAGE, "pass --policy-pack <dir> too");
    }
    const defaultConfig = policyPackDir !== undefined ? path.join(policyPackDir, "config", `${values.stack}.json`) : undefined;
    const policyPackConfig =
        explicitConfig !== undefined ? path.resolve(cwd, explicitConfig) : defaultConfig !== undefined && fs.existsSync(defaultConfig) ? defaultConfig : undefined;
    return {
        help: false,
        stack: values.stack,
        projectDir,
        policyPackDir,
        policyPackConfig,
        json: values.json,
        base: values.base,
        stateFile: values.state !== undefined ? path.resolve(cwd, values.state) : undefined,
    };
}

function existingFolder(option: string, folder: string, fix: string): string {
    if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
        throw new UserError(`${option}: no such folder (${folder}). Fix: name ${fix}`);
    }
    return folder;
}
