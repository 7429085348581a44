import { maskUrlCredentials } from "@cognigy-handover/contract";
import { propertyPath } from "./evaluate/wireValues";

/**
 * How every command shows a secret: the plan (by the paths the program registered as secrets), the simulation (by
 * value, in the requests it prints) and their JSON output alike.
 */
export const SECRET_MASK = "[secret]";

/** A copy of `values` with every value at one of `secretPaths` (as the evaluator records them) replaced by `[secret]`. */
export function maskSecretPaths(values: Readonly<Record<string, unknown>>, secretPaths: readonly string[]): Record<string, unknown> {
    const secrets = new Set(secretPaths);
    const mask = (value: unknown, path: string): unknown => {
        if (secrets.has(path)) {
            return SECRET_MASK;
        }
        if (Array.isArray(value)) {
            return value.map((item, index) => mask(item, propertyPath(path, index)));
        }
        if (typeof value === "object" && value !== null) {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, mask(inner, propertyPath(path, key))]));
        }
        return value;
    };
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, mask(value, key)]));
}

/** `text` with every occurrence of one of `secrets` replaced by the mask (longest first, so no secret shows in part). */
export function maskSecretValues(text: string, secrets: readonly string[]): string {
    return [...secrets].sort((a, b) => b.length - a.length).reduce((masked, secret) => masked.split(secret).join(SECRET_MASK), text);
}

/** Masks every string inside a JSON-like value. */
export function maskSecretValuesDeep<T>(value: T, secrets: readonly string[]): T {
    if (secrets.length === 0 || value === undefined) {
        return value;
    }
    const escaped = secrets.map((secret) => JSON.stringify(secret).slice(1, -1));
    return JSON.parse(maskSecretValues(JSON.stringify(value), escaped)) as T;
}

/**
 * `text` (a URL, a request template, an error message) with the credentials it may carry masked: the user and password
 * of every URL in it, and the value after `Basic`/`Bearer` (an Authorization header typed into a template). For
 * what commands print about live objects and the environment, whose secrets the tools do not know by value.
 */
export function maskCredentialsInText(text: string): string {
    return maskUrlCredentials(text).replace(/\b(Basic|Bearer)(\s+)[A-Za-z0-9+/=._~-]{4,}/gi, `$1$2${SECRET_MASK}`);
}
