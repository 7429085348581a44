import { parseArgs } from "node:util";
import { argumentError, stackRequired } from "../userError";

type OptionSpec = { readonly type: "string" } | { readonly type: "boolean"; readonly default: boolean };

/** The options every live-org command (doctor, adopt) takes. */
const SHARED_OPTIONS = {
    stack: { type: "string" },
    dir: { type: "string" },
    json: { type: "boolean", default: false },
    timeout: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
} as const;

export type LiveOrgArguments =
    | {
          readonly kind: "run";
          readonly stack: string;
          readonly dir?: string;
          readonly json: boolean;
          readonly timeout?: string;
          /** The command's own options, by name. */
          readonly extra: Readonly<Record<string, string | boolean | undefined>>;
      }
    | { readonly kind: "help" }
    | { readonly kind: "invalid"; readonly message: string };

/**
 * Parses a live-org command's arguments (`npm run` may pass a leading `--`): its shared options plus `extraOptions`.
 * An invalid command line's message names the problem and the fix (`command` names the npm script in it); the
 * caller prints its usage after it.
 */
export function parseLiveOrgArguments(argv: readonly string[], extraOptions: Readonly<Record<string, OptionSpec>>, command = "doctor"): LiveOrgArguments {
    let values: Record<string, string | boolean | undefined>;
    try {
        ({ values } = parseArgs({
            args: argv[0] === "--" ? argv.slice(1) : [...argv],
            options: { ...SHARED_OPTIONS, ...extraOptions },
            strict: true,
        }) as { values: Record<string, string | boolean | undefined> });
    } catch (error) {
        return { kind: "invalid", message: argumentError(error, "").message.trimEnd() };
    }
    if (values["help"] === true) {
        return { kind: "help" };
    }
    const stack = values["stack"];
    if (typeof stack !== "string" || stack === "") {
        return { kind: "invalid", message: stackRequired(command, "").message.trimEnd() };
    }
    const extra = Object.fromEntries(Object.keys(extraOptions).map((name) => [name, values[name]]));
    const dir = typeof values["dir"] === "string" ? values["dir"] : undefined;
    const timeout = typeof values["timeout"] === "string" ? values["timeout"] : undefined;
    return { kind: "run", stack, ...(dir !== undefined ? { dir } : {}), json: values["json"] === true, ...(timeout !== undefined ? { timeout } : {}), extra };
}
