/**
 * Thrown when a Pulumi program or its configuration cannot be evaluated offline. The message is the
 * program's (or the configuration check's) own message, never a stack trace, so commands can print it as is.
 */
export class ProgramEvaluationError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "ProgramEvaluationError";
    }
}

/** The message of anything a program may throw, without the stack. */
export function messageOf(thrown: unknown): string {
    if (thrown instanceof Error) {
        return thrown.message;
    }
    return typeof thrown === "string" ? thrown : JSON.stringify(thrown);
}
