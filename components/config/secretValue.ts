/**
 * A secret read from stack configuration. It refuses to print itself, so a validation message, a log
 * line or a JSON dump of the settings can never leak it; components hand it to Pulumi with
 * `pulumi.secret(value.reveal())`.
 */
export class SecretValue {
    readonly #value: string;

    constructor(value: string) {
        this.#value = value;
    }

    reveal(): string {
        return this.#value;
    }

    toString(): string {
        return "[secret]";
    }

    toJSON(): string {
        return "[secret]";
    }

    [Symbol.for("nodejs.util.inspect.custom")](): string {
        return "[secret]";
    }
}
