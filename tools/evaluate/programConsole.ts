import { format } from "node:util";
import { messageOf } from "../userError";

/** What a program printed or failed with while it ran. */
export interface ProgramConsole {
    /** Errors the Pulumi runtime logged (`error: ...` lines) and promises the program left rejected, in order. */
    readonly errors: string[];
    /** Lets rejections the program left behind surface (Node reports them only after the current tick). */
    settle(): Promise<void>;
    restore(): void;
}

/**
 * While a program runs: its console output goes to stderr (stdout belongs to the command's own report, e.g.
 * `plan --json`), errors the Pulumi runtime logs instead of throwing are collected (without an engine it prints
 * them as `error: [runtime] <message>`), and unhandled rejections, which would otherwise kill the process, are
 * collected as program failures the way the Pulumi language host treats them.
 */
export function captureProgramConsole(): ProgramConsole {
    const errors: string[] = [];
    const original = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
    const toStderr = (...args: unknown[]): void => {
        process.stderr.write(format(...args) + "\n");
    };
    console.log = toStderr;
    console.info = toStderr;
    console.debug = toStderr;
    console.warn = toStderr;
    console.error = (...args: unknown[]): void => {
        const text = format(...args);
        const runtimeError = /^error: (?:\[runtime\] )?([\s\S]*)$/.exec(text);
        if (runtimeError) {
            errors.push(runtimeError[1]);
        } else {
            toStderr(text);
        }
    };
    const onRejection = (reason: unknown): void => {
        errors.push(messageOf(reason));
    };
    process.on("unhandledRejection", onRejection);
    process.on("uncaughtException", onRejection);
    return {
        errors,
        async settle(): Promise<void> {
            for (let turn = 0; turn < 3; turn++) {
                await new Promise<void>((resolve) => setImmediate(resolve));
            }
        },
        restore(): void {
            Object.assign(console, original);
            process.off("uncaughtException", onRejection);
            if (errors.length === 0) {
                process.off("unhandledRejection", onRejection);
            }
            // After a failure the runtime still holds promises rejected by it (the stack's outputs, dependents of
            // the failed resource); they are consequences of the error already reported, so they stay silenced.
        },
    };
}
