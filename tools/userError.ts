import { PolicyPackError } from "../policy/analyzerClient/policyPackError";

/**
 * The one kind of failure a user can fix: a bad argument, stack config, program, policy pack or policy config,
 * state file, base ref, events file, or Genesys access (no credentials, refused login, missing permission,
 * unreachable region). Its message names what is wrong and the fix. Every command prints it the same way
 * (`<command>: <message>`, no stack trace) and exits 2; anything else is a bug in the tool and keeps its stack.
 */
export class UserError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UserError";
    }
}

/** Exit code of every command when it cannot do its job for a reason the user can fix (or a bug). */
export const EXIT_CANNOT_RUN = 2;

/**
 * Failures a user can fix: a UserError, and the analyzer client's PolicyPackError (a pack or pack config the CLI
 * would refuse too). Recognised by name as well, for errors from another module registry (jest isolates registries,
 * and the evaluator re-loads modules per run), where `instanceof` would say no.
 */
const USER_ERROR_NAMES: ReadonlySet<string> = new Set(["UserError", PolicyPackError.name]);

export function isUserError(thrown: unknown): thrown is Error {
    return thrown instanceof UserError || thrown instanceof PolicyPackError || (thrown instanceof Error && USER_ERROR_NAMES.has(thrown.name));
}

/** The message of anything a program may throw, without the stack. */
export function messageOf(thrown: unknown): string {
    if (thrown instanceof Error) {
        return thrown.message;
    }
    // An Error of another realm (jest's sandbox gets Node's own errors from node:util) fails instanceof.
    if (typeof thrown === "object" && thrown !== null && typeof (thrown as { message?: unknown }).message === "string") {
        return (thrown as { message: string }).message;
    }
    return typeof thrown === "string" ? thrown : JSON.stringify(thrown);
}

/** What a command prints on stderr when it stops on `thrown`: the message alone for a UserError, else with the stack. */
export function failureText(command: string, thrown: unknown): string {
    const message = `${command}: ${messageOf(thrown)}\n`;
    if (isUserError(thrown) || !(thrown instanceof Error) || thrown.stack === undefined) {
        return message;
    }
    // An unexpected failure is a bug in the tool: keep its stack for the bug report.
    return `${message}${thrown.stack}\n`;
}

/**
 * A bad command line, from `node:util` parseArgs' error or our own check: the problem, the fix, then the usage.
 * `npm run <script> --stack x` (without the `--`) hands the options to npm, not the command, which then sees none:
 * the fix for a missing option says so.
 */
export function argumentError(thrownOrProblem: unknown, usage: string, fix?: string): UserError {
    const problem = messageOf(thrownOrProblem).replace(/\.$/, "");
    const code = typeof thrownOrProblem === "object" && thrownOrProblem !== null ? (thrownOrProblem as { code?: unknown }).code : undefined;
    const how =
        fix ??
        (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
            ? "leave it out or correct its spelling; the options are listed below"
            : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
              ? "put an option name before each value (e.g. --stack dev); the options are listed below"
              : "correct the command line as shown below");
    return new UserError(`${problem}. Fix: ${how}.\n${usage}`);
}

/** The error for a missing `--stack`, the option every stack command needs. */
export function stackRequired(command: string, usage: string): UserError {
    return argumentError(
        "--stack is required",
        usage,
        `name a stack that has a Pulumi.<stack>.yaml file: npm run ${command} -- --stack dev (the -- makes npm pass the options on to the command)`,
    );
}
