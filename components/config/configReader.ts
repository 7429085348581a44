import * as pulumi from "@pulumi/pulumi";
import { SecretValue } from "./secretValue";

/** Raw stack configuration: string values by key (without the project namespace), as Pulumi stores them. */
export interface ConfigSource {
    /** Namespace shown in messages and fixes, e.g. `cognigy-genesys-handover`. */
    readonly namespace: string;
    readonly stack: string;
    get(key: string): string | undefined;
    /** Every key the stack sets in the project namespace (short form), so a misspelt one cannot pass silently. */
    keys(): readonly string[];
    /** Whether the value is stored encrypted (`pulumi config set --secret`). */
    isSecret(key: string): boolean;
}

export interface ConfigProblem {
    readonly key: string;
    readonly message: string;
}

/**
 * Every problem of a stack's configuration at once, so one `pulumi up` shows the user all fixes. A RunError
 * so that Pulumi prints the message without a stack trace.
 */
export class ConfigurationError extends pulumi.RunError {
    constructor(readonly stack: string, readonly problems: readonly ConfigProblem[]) {
        super(
            `Stack '${stack}' has ${problems.length} configuration problem${problems.length === 1 ? "" : "s"}:\n` +
                problems.map((problem) => `  - ${problem.key}: ${problem.message}`).join("\n"),
        );
        this.name = "ConfigurationError";
    }
}

interface NumberBounds {
    readonly min?: number;
    readonly max?: number;
}

/**
 * Reads typed values from a ConfigSource and collects problems instead of throwing, so that validation
 * reports everything wrong in one go. Every message names the key, the bad value and the fix.
 */
export class ConfigReader {
    private readonly found: ConfigProblem[] = [];

    constructor(readonly source: ConfigSource) {}

    get problems(): readonly ConfigProblem[] {
        return this.found;
    }

    /** Records a problem on a key; the fix is phrased as the command that sets a good value. */
    problem(key: string, message: string): void {
        this.found.push({ key, message });
    }

    setCommand(key: string, example: string, secret = false): string {
        return `pulumi config set${secret ? " --secret" : ""} ${key} ${example} -s ${this.source.stack}`;
    }

    has(key: string): boolean {
        const value = this.source.get(key);
        return value !== undefined && value !== "";
    }

    optionalString(key: string): string | undefined {
        const value = this.source.get(key);
        return value === undefined || value === "" ? undefined : value;
    }

    requiredString(key: string, example: string, why: string): string | undefined {
        const value = this.optionalString(key);
        if (value === undefined) {
            this.problem(key, `is not set; ${why}. Fix: ${this.setCommand(key, example)}`);
        }
        return value;
    }

    oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
        const value = this.optionalString(key);
        if (value === undefined) {
            return fallback;
        }
        if (!(allowed as readonly string[]).includes(value)) {
            this.problem(
                key,
                `"${value}" is not one of ${allowed.map((a) => `"${a}"`).join(", ")}. Fix: ${this.setCommand(key, allowed[0])}`,
            );
            return fallback;
        }
        return value as T;
    }

    optionalInteger(key: string, bounds: NumberBounds, example: number): number | undefined {
        const value = this.optionalString(key);
        if (value === undefined) {
            return undefined;
        }
        const parsed = Number(value);
        const tooLow = bounds.min !== undefined && parsed < bounds.min;
        const tooHigh = bounds.max !== undefined && parsed > bounds.max;
        if (!Number.isInteger(parsed) || tooLow || tooHigh) {
            const range =
                bounds.max === undefined ? `at least ${bounds.min}` : `from ${bounds.min ?? "-∞"} to ${bounds.max}`;
            this.problem(key, `"${value}" must be a whole number ${range}. Fix: ${this.setCommand(key, String(example))}`);
            return undefined;
        }
        return parsed;
    }

    integer(key: string, bounds: NumberBounds, fallback: number): number {
        return this.optionalInteger(key, bounds, fallback) ?? fallback;
    }

    optionalBoolean(key: string): boolean | undefined {
        const value = this.optionalString(key);
        if (value === undefined) {
            return undefined;
        }
        if (value !== "true" && value !== "false") {
            this.problem(key, `"${value}" must be true or false. Fix: ${this.setCommand(key, "true")}`);
            return undefined;
        }
        return value === "true";
    }

    /**
     * A value that must be stored encrypted. A plaintext one would sit in a committed stack file, so it is
     * rejected (without echoing it) rather than used.
     */
    optionalSecret(key: string, example: string): SecretValue | undefined {
        const value = this.optionalString(key);
        if (value === undefined) {
            return undefined;
        }
        if (!this.source.isSecret(key)) {
            this.problem(
                key,
                `is stored in plain text in Pulumi.${this.source.stack}.yaml; it must be a Pulumi secret. ` +
                    `Fix: remove it from the stack file, rotate it, then ${this.setCommand(key, example, true)}`,
            );
            return undefined;
        }
        return new SecretValue(value);
    }

    requiredSecret(key: string, example: string, why: string): SecretValue | undefined {
        if (!this.has(key)) {
            this.problem(key, `is not set; ${why}. Fix: ${this.setCommand(key, example, true)}`);
            return undefined;
        }
        return this.optionalSecret(key, example);
    }

    /** Reports a key that only makes sense with another setting, so a typo'd intent does not pass silently. */
    rejectUnless(condition: boolean, key: string, requirement: string): void {
        if (!condition && this.has(key)) {
            this.problem(key, `is set but only applies ${requirement}. Fix: pulumi config rm ${key} -s ${this.source.stack}`);
        }
    }
}
