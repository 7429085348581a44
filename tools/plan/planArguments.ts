import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

export interface PlanArguments {
    readonly stack: string;
    readonly projectDir: string;
    /** undefined when no pack was asked for and the default one does not exist. */
    readonly policyPackDir?: string;
    readonly policyPackConfig?: string;
    readonly json: boolean;
}

export class PlanArgumentsError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PlanArgumentsError";
    }
}

export const PLAN_USAGE =
    "usage: npm run plan -- --stack <name> [--dir <pulumi project dir>] [--policy-pack <dir>] [--policy-pack-config <file.json>] [--json]";

/**
 * Parses the plan's command line. Defaults are relative to this repository (`repoRoot`), not the working directory:
 * the project is the repository, the pack is `<repo>/policy`, its config `<pack>/config/<stack>.json` if present.
 */
export function parsePlanArguments(argv: readonly string[], repoRoot: string): PlanArguments {
    // `npx ts-node tools/plan.ts -- --stack dev` passes the separator through; npm run strips it.
    const args = argv[0] === "--" ? argv.slice(1) : [...argv];
    let parsed;
    try {
        parsed = parseArgs({
            args,
            options: {
                stack: { type: "string" },
                dir: { type: "string" },
                "policy-pack": { type: "string" },
                "policy-pack-config": { type: "string" },
                json: { type: "boolean", default: false },
            },
            strict: true,
            allowPositionals: false,
        });
    } catch (e) {
        throw new PlanArgumentsError(`${(e as Error).message}\n${PLAN_USAGE}`);
    }
    const { values } = parsed;
    if (values.stack === undefined || values.stack === "") {
        throw new PlanArgumentsError(`--stack is required: name a stack with a Pulumi.<stack>.yaml file.\n${PLAN_USAGE}`);
    }
    const projectDir = path.resolve(values.dir ?? repoRoot);
    const explicitPack = values["policy-pack"];
    const packDir = path.resolve(explicitPack ?? path.join(repoRoot, "policy"));
    const policyPackDir = explicitPack !== undefined || fs.existsSync(packDir) ? packDir : undefined;
    const explicitConfig = values["policy-pack-config"];
    if (explicitConfig !== undefined && policyPackDir === undefined) {
        throw new PlanArgumentsError(`--policy-pack-config needs a policy pack: pass --policy-pack <dir> too.\n${PLAN_USAGE}`);
    }
    const defaultConfig = policyPackDir !== undefined ? path.join(policyPackDir, "config", `${values.stack}.json`) : undefined;
    const policyPackConfig =
        explicitConfig !== undefined ? path.resolve(explicitConfig) : defaultConfig !== undefined && fs.existsSync(defaultConfig) ? defaultConfig : undefined;
    return { stack: values.stack, projectDir, policyPackDir, policyPackConfig, json: values.json === true };
}
