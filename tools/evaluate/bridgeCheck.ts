/**
 * What the engine and the Terraform bridge do to a resource's inputs before anyone else sees them, and what a
 * preview's planned state of a new resource looks like. Pure functions over the wire form of property values
 * (secrets still wrapped), driven by the provider model (`tools/providerModel`).
 */
import { createHash } from "node:crypto";
import type { ResourceModel } from "../providerModel/providerModel";
import { UNKNOWN_VALUE } from "./pulumiInternals";

/** A resource of an earlier deployment, as a `pulumi stack export` checkpoint holds it. */
export interface PriorResourceState {
    readonly id: string;
    readonly inputs: Readonly<Record<string, unknown>>;
    readonly outputs: Readonly<Record<string, unknown>>;
}

/** Prior state by URN. */
export type PriorState = ReadonlyMap<string, PriorResourceState>;

/**
 * The stack's `pulumi:autonaming` setting, reduced to what changes an unset name: `default` (logical name plus 7
 * random hex), `verbatim` (the logical name), `disable` (an unset name is an error).
 */
export type AutonamingMode = "default" | "verbatim" | "disable";

export class CheckFailure extends Error {
    constructor(message: string) {
        super(message);
        this.name = "CheckFailure";
    }
}

/**
 * The bridge's own message for an unset name with autonaming disabled (pulumi-terraform-bridge
 * `pkg/tfbridge/info`, `ComputeAutoNameDefault`, case `ModeDisable`).
 */
export const AUTONAMING_DISABLED_MESSAGE = "automatic naming is disabled but no explicit name was provided";

/**
 * `<logical name>-<7 hex>`, as `resource.NewUniqueName(seed, name + "-", 7, ...)` makes it (pulumi-terraform-bridge
 * `ComputeAutoNameDefault`). The engine's seed is random per resource; offline it is the URN, so plans are stable.
 */
export function autoName(urn: string, logicalName: string): string {
    return `${logicalName}-${createHash("sha256").update(urn).digest("hex").slice(0, 7)}`;
}

/**
 * Reads `pulumi:autonaming` (resolved stack config, structured values as JSON text) for one provider package. Only
 * the forms that decide an unset name are modelled; anything else is refused rather than guessed.
 */
export function autonamingModeFor(config: Readonly<Record<string, string>>, providerPackage: string): AutonamingMode {
    const raw = config["pulumi:autonaming"];
    if (raw === undefined) {
        return "default";
    }
    let parsed: unknown;
    try {
        parsed = JSON.parse(raw);
    } catch {
        throw new CheckFailure(`pulumi:autonaming must be an object such as { mode: disable }, not ${JSON.stringify(raw)}.`);
    }
    const modeOf = (section: unknown): AutonamingMode | undefined => {
        if (typeof section !== "object" || section === null) {
            return undefined;
        }
        const record = section as Record<string, unknown>;
        if (record["pattern"] !== undefined) {
            throw new CheckFailure("pulumi:autonaming patterns are not modelled offline; use mode: default, verbatim or disable, or set names explicitly.");
        }
        const mode = record["mode"];
        if (mode === undefined) {
            return undefined;
        }
        if (mode !== "default" && mode !== "verbatim" && mode !== "disable") {
            throw new CheckFailure(`pulumi:autonaming mode ${JSON.stringify(mode)} is not one of default, verbatim, disable.`);
        }
        return mode;
    };
    const providers = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>)["providers"] : undefined;
    const providerSection = typeof providers === "object" && providers !== null ? (providers as Record<string, unknown>)[providerPackage] : undefined;
    return modeOf(providerSection) ?? modeOf(parsed) ?? "default";
}

/**
 * The Check step: every input the model marks auto-named that the program left unset gets a name, reused from the
 * prior inputs when there are any (the bridge keeps an earlier auto-name). Returns new inputs; never mutates.
 */
export function checkInputs(options: {
    readonly urn: string;
    readonly name: string;
    readonly inputs: Readonly<Record<string, unknown>>;
    readonly model: ResourceModel | undefined;
    readonly prior: PriorResourceState | undefined;
    readonly autonaming: AutonamingMode;
}): Record<string, unknown> {
    const checked: Record<string, unknown> = { ...options.inputs };
    for (const [property, fact] of Object.entries(options.model?.inputs ?? {})) {
        if (!fact.autoNamed || property.includes(".") || isSet(checked[property])) {
            continue;
        }
        const priorName = options.prior?.inputs[property];
        if (typeof priorName === "string") {
            checked[property] = priorName;
            continue;
        }
        switch (options.autonaming) {
            case "disable":
                throw new CheckFailure(`${options.urn}: ${AUTONAMING_DISABLED_MESSAGE} (set \`${property}\`, or change pulumi:autonaming).`);
            case "verbatim":
                checked[property] = options.name;
                break;
            default:
                checked[property] = autoName(options.urn, options.name);
        }
    }
    return checked;
}

/**
 * The state a preview plans for a custom resource: its checked inputs, and for everything the provider computes
 * (the model's outputs, its Optional+Computed inputs left unset, and `id`) the prior value, or unknown.
 */
export function plannedPreviewState(options: {
    readonly checkedInputs: Readonly<Record<string, unknown>>;
    readonly model: ResourceModel | undefined;
    readonly prior: PriorResourceState | undefined;
}): { id: string; state: Record<string, unknown> } {
    const state = structuredClone({ ...options.checkedInputs }) as Record<string, unknown>;
    const computed = [
        ...Object.keys(options.model?.outputs ?? {}),
        ...Object.entries(options.model?.inputs ?? {})
            .filter(([, fact]) => fact.optional && fact.computed)
            .map(([property]) => property),
    ];
    for (const property of computed) {
        const segments = property.split(".");
        const parent = containerAt(state, segments.slice(0, -1));
        const leaf = segments[segments.length - 1];
        if (parent === undefined || isSet(parent[leaf])) {
            continue;
        }
        const priorValue = valueAt(options.prior?.outputs, segments);
        parent[leaf] = priorValue !== undefined ? priorValue : UNKNOWN_VALUE;
    }
    const id = options.prior?.id ?? "";
    state["id"] = id !== "" ? id : UNKNOWN_VALUE;
    return { id, state };
}

function isSet(value: unknown): boolean {
    return value !== undefined && value !== null;
}

function containerAt(root: Record<string, unknown>, segments: readonly string[]): Record<string, unknown> | undefined {
    let current: unknown = root;
    for (const segment of segments) {
        current = typeof current === "object" && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
    }
    return typeof current === "object" && current !== null && !Array.isArray(current) ? (current as Record<string, unknown>) : undefined;
}

function valueAt(root: Readonly<Record<string, unknown>> | undefined, segments: readonly string[]): unknown {
    let current: unknown = root;
    for (const segment of segments) {
        current = typeof current === "object" && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
    }
    return current;
}
