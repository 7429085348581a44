import { isRecord } from "@cognigy-handover/contract";
import { ProjectConfigDeclaration, PulumiProject, PulumiStackFile } from "./pulumiProjectFiles";
import { UserError } from "../userError";

/** Configuration in the shape `pulumi.runtime.setAllConfig` takes: `ns:key` → string (structured values as JSON). */
export interface ResolvedStackConfig {
    readonly config: Record<string, string>;
    readonly secretKeys: string[];
}

/**
 * `secure:` values are encrypted with a key this machine does not have. The program gets this value instead,
 * registered as a secret, so nothing that depends on it can be mistaken for the real thing.
 */
export const SECRET_PLACEHOLDER = "offline-placeholder-not-the-real-secret";

/**
 * Merges Pulumi.yaml declarations (defaults, types, `secret: true`) with the stack file the way `pulumi preview`
 * does, and rejects what the CLI rejects: a typed key without default that the stack does not set, a value of the
 * wrong type, a plaintext value for a key declared secret.
 */
export function resolveStackConfig(project: PulumiProject, stackFile: PulumiStackFile, stack: string): ResolvedStackConfig {
    const checked = checkStackConfig(project, stackFile, stack);
    if (checked.problems.length > 0) {
        throw new UserError(checked.problems.join("\n"));
    }
    return checked.resolved;
}

/** What `pulumi preview` would refuse in the stack's configuration (in the CLI's order), and the configuration as far as it goes. */
export interface CheckedStackConfig {
    /** The configuration with every value the stack sets, bad ones included: what the program's own checks read. */
    readonly resolved: ResolvedStackConfig;
    /** One line each; empty when the CLI accepts the configuration. */
    readonly problems: readonly string[];
}

/**
 * The checks of resolveStackConfig without stopping at them, so a caller can let the program report its own
 * problems too, and the user sees every one in one run.
 */
export function checkStackConfig(project: PulumiProject, stackFile: PulumiStackFile, stack: string): CheckedStackConfig {
    const config: Record<string, string> = {};
    const secretKeys = new Set<string>();
    const fullKey = (key: string): string => (key.includes(":") ? key : `${project.name}:${key}`);

    const stackValues = new Map<string, unknown>();
    for (const [key, value] of Object.entries(stackFile.config)) {
        stackValues.set(fullKey(key), value);
    }

    const missing: string[] = [];
    const problems: string[] = [];
    // The CLI walks the declarations in sorted key order and reports the first bad value
    // (`validateStackConfigValues`, pkg/workspace/config.go at v3.276.0); every problem is reported here, the CLI's first.
    for (const [key, declaration] of Object.entries(project.config).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const name = fullKey(key);
        const shortName = key.startsWith(`${project.name}:`) ? key.slice(project.name.length + 1) : key;
        const fromStack = stackValues.get(name);
        if (fromStack === undefined) {
            const fallback = declaration.default ?? declaration.value;
            if (fallback !== undefined) {
                config[name] = toConfigString(fallback, () => secretKeys.add(name));
            } else if (declaration.type !== undefined) {
                missing.push(shortName);
            }
            continue;
        }
        if (declaration.secret === true && !containsSecure(fromStack)) {
            problems.push(
                `Stack '${stack}' with configuration key '${shortName}' must be encrypted as it's secret. ` +
                    `Fix: pulumi config set --secret ${shortName} <value> --stack ${stack}`,
            );
        }
        const typeProblem = declaration.type === undefined || containsSecure(fromStack) ? undefined : checkType(fromStack, declaration);
        if (typeProblem !== undefined) {
            problems.push(
                `Stack '${stack}' with configuration key '${shortName}' must be of type '${typeProblem}' (${stackFile.path}). ` +
                    `Fix: pulumi config set ${declaration.type === "array" ? `--path '${shortName}[0]'` : shortName} <${typeProblem} value> --stack ${stack}`,
            );
        }
        if (declaration.secret === true) {
            secretKeys.add(name);
        }
    }
    if (missing.length > 0) {
        // `formatMissingKeys` sorts them.
        missing.sort();
        const fixes = missing.map((key) => `pulumi config set ${key} <value> --stack ${stack}`).join("; ");
        problems.unshift(
            `Stack '${stack}' is missing configuration ${missing.length === 1 ? "value" : "values"} ${joinQuoted(missing)}: ` +
                `set ${missing.length === 1 ? "it" : "them"} in ${stackFile.path} or give ${missing.length === 1 ? "it" : "them"} a default in Pulumi.yaml. ` +
                `Fix: ${fixes}`,
        );
    }
    for (const [name, value] of stackValues) {
        config[name] = toConfigString(value, () => secretKeys.add(name));
    }
    return { resolved: { config, secretKeys: [...secretKeys].sort() }, problems };
}

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`, as the Pulumi CLI words it. */
function joinQuoted(names: string[]): string {
    const quoted = names.map((n) => `'${n}'`);
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

function isSecureLeaf(value: unknown): value is { secure: unknown } {
    return isRecord(value) && Object.keys(value).length === 1 && "secure" in value;
}

function containsSecure(value: unknown): boolean {
    if (isSecureLeaf(value)) {
        return true;
    }
    if (Array.isArray(value)) {
        return value.some(containsSecure);
    }
    return isRecord(value) && Object.values(value).some(containsSecure);
}

function replaceSecureLeaves(value: unknown): unknown {
    if (isSecureLeaf(value)) {
        return SECRET_PLACEHOLDER;
    }
    if (Array.isArray(value)) {
        return value.map(replaceSecureLeaves);
    }
    if (isRecord(value)) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceSecureLeaves(v)]));
    }
    return value;
}

function toConfigString(value: unknown, markSecret: () => void): string {
    if (containsSecure(value)) {
        markSecret();
    }
    const plain = replaceSecureLeaves(value);
    if (typeof plain === "string") {
        return plain;
    }
    if (typeof plain === "number" || typeof plain === "boolean") {
        return String(plain);
    }
    return JSON.stringify(plain);
}

/** Returns the expected type name when `value` does not match the declaration, else undefined. */
function checkType(value: unknown, declaration: ProjectConfigDeclaration): string | undefined {
    const typeName = describeType(declaration);
    return matchesType(value, declaration) ? undefined : typeName;
}

function describeType(declaration: { type?: string; items?: unknown }): string {
    if (declaration.type === "array" && isRecord(declaration.items)) {
        return `array<${describeType(declaration.items)}>`;
    }
    return declaration.type ?? "any";
}

function matchesType(value: unknown, declaration: { type?: string; items?: unknown }): boolean {
    switch (declaration.type) {
        case "string":
            return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
        case "integer":
            // `ValidateConfigValue` (sdk/go/common/workspace/project.go at v3.276.0): a whole number, or text that Go's
            // `strconv.Atoi` parses: an optional sign, decimal digits, within 64 bits.
            return (typeof value === "number" && Number.isInteger(value)) || (typeof value === "string" && isGoInt(value));
        case "boolean":
            return typeof value === "boolean" || value === "true" || value === "false";
        case "array":
            return (
                Array.isArray(value) &&
                (!isRecord(declaration.items) || value.every((v) => matchesType(v, declaration.items as { type?: string; items?: unknown })))
            );
        default:
            return true;
    }
}

const GO_INT_MIN = -(2n ** 63n);
const GO_INT_MAX = 2n ** 63n - 1n;

/** What Go's `strconv.Atoi` accepts on a 64-bit machine. */
function isGoInt(text: string): boolean {
    if (!/^[+-]?\d+$/.test(text)) {
        return false;
    }
    const parsed = BigInt(text.startsWith("+") ? text.slice(1) : text);
    return parsed >= GO_INT_MIN && parsed <= GO_INT_MAX;
}
