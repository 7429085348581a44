/**
 * The provider's Diff, offline. The dynamic Terraform bridge (pulumi-terraform-bridge `pkg/pf/tfbridge/provider_diff.go`)
 * plans the new checked inputs against the prior STATE (not the prior inputs) with the provider's own rules: an unset
 * Optional+Computed input keeps the state's value, DiffSuppressFunc-equivalent comparisons (`diff: equivalentJson`)
 * hide re-spellings, and a change to a ForceNew input requires replacement. Resources without a provider model
 * (components, the stack, unmodelled types) are compared input to input, as the engine does when a provider
 * cannot say (`diffResource` in pulumi/pulumi `pkg/resource/deploy/step_generator.go`).
 */
import { UNKNOWN_VALUE } from "../evaluate/plannedResource";
import { isRecord } from "@cognigy-handover/contract";
import { propertyPath } from "../evaluate/wireValues";
import { InputFact, ResourceModel } from "../providerModel/providerModel";
import { isEncryptedSecret } from "./deployedState";

/** `plugin.DiffKind` names as `pulumi preview --json` prints them. */
export type DiffKind = "add" | "add-replace" | "delete" | "delete-replace" | "update" | "update-replace";

export interface PropertyChange {
    /** Property path in Pulumi's notation: `configRequest.requestUrlTemplate`, `substitutions.x`, `list[0]`. */
    readonly path: string;
    readonly kind: DiffKind;
    readonly old: unknown;
    /** UNKNOWN_VALUE when the new value is not known until the update runs. */
    readonly new: unknown;
    /** The model fact behind the comparison (nearest modelled ancestor), if any. */
    readonly fact?: InputFact;
}

export interface ResourceDiff {
    readonly changes: readonly PropertyChange[];
    /** Top-level properties that changed. */
    readonly changedKeys: readonly string[];
    /** Top-level properties whose change requires replacement. */
    readonly replaceKeys: readonly string[];
    /** Properties the plan could not compare: the state holds them encrypted. */
    readonly unverifiable: readonly string[];
}

export interface DiffInput {
    readonly newInputs: Readonly<Record<string, unknown>>;
    readonly oldInputs: Readonly<Record<string, unknown>>;
    readonly oldOutputs: Readonly<Record<string, unknown>>;
    /** Absent: compare inputs to inputs. */
    readonly model?: ResourceModel;
}

export function diffResource(input: DiffInput): ResourceDiff {
    const changes: PropertyChange[] = [];
    const unverifiable: string[] = [];
    const { model } = input;
    const old = model ? input.oldOutputs : input.oldInputs;
    const keys = new Set(Object.keys(input.newInputs));
    for (const key of Object.keys(old)) {
        // State also holds the id and computed-only outputs; only inputs can differ from what the program sends.
        if (!model || model.inputs[key] !== undefined) {
            keys.add(key);
        }
    }
    const compare = (newValue: unknown, oldValue: unknown, path: string, modelPath: string): void => {
        const fact = factFor(model, modelPath);
        const unset = newValue === undefined || newValue === null;
        const oldUnset = oldValue === undefined || oldValue === null;
        if (isEncryptedSecret(oldValue) && !unset) {
            unverifiable.push(path);
            return;
        }
        if (newValue === UNKNOWN_VALUE) {
            changes.push({ path, kind: oldUnset ? "add" : "update", old: oldValue, new: UNKNOWN_VALUE, fact });
            return;
        }
        if (unset) {
            // The planned state keeps what the provider computed (PlanResourceChange with an Optional+Computed attribute),
            // and an unset attribute with a schema default plans as that default.
            const planned = model && fact?.default !== undefined && !path.includes("[") ? fact.default : undefined;
            if (planned !== undefined) {
                compare(planned, oldValue, path, modelPath);
                return;
            }
            // SDKv2 reads an unset primitive as its zero value, so a zero in state is no change.
            const zero = oldValue === "" || oldValue === 0 || oldValue === false;
            if (!oldUnset && !(model && (fact?.computed || zero))) {
                changes.push({ path, kind: "delete", old: oldValue, new: undefined, fact });
            }
            return;
        }
        if (oldUnset) {
            changes.push({ path, kind: "add", old: undefined, new: newValue, fact });
            return;
        }
        if (model && fact?.diff === "equivalentJson" && typeof newValue === "string" && typeof oldValue === "string") {
            if (!equivalentJson(newValue, oldValue)) {
                changes.push({ path, kind: "update", old: oldValue, new: newValue, fact });
            }
            return;
        }
        if (isRecord(newValue) && isRecord(oldValue)) {
            for (const key of new Set([...Object.keys(newValue), ...Object.keys(oldValue)])) {
                compare(newValue[key], oldValue[key], propertyPath(path, key), `${modelPath}.${key}`);
            }
            return;
        }
        if (Array.isArray(newValue) && Array.isArray(oldValue)) {
            for (let index = 0; index < Math.max(newValue.length, oldValue.length); index++) {
                compare(newValue[index], oldValue[index], propertyPath(path, index), modelPath);
            }
            return;
        }
        if (JSON.stringify(newValue) !== JSON.stringify(oldValue)) {
            changes.push({ path, kind: "update", old: oldValue, new: newValue, fact });
        }
    };
    for (const key of [...keys].sort()) {
        if (key === "__defaults") {
            continue;
        }
        compare(input.newInputs[key], old[key], key, key);
    }
    const withReplace = changes.map((change) =>
        model && change.fact?.forceNew ? { ...change, kind: `${change.kind}-replace` as DiffKind } : change,
    );
    const topLevel = (path: string): string => path.split(/[.[]/)[0];
    return {
        changes: withReplace,
        changedKeys: [...new Set(withReplace.map((c) => topLevel(c.path)))],
        replaceKeys: [...new Set(withReplace.filter((c) => c.kind.endsWith("-replace")).map((c) => topLevel(c.path)))],
        unverifiable,
    };
}

/** The fact of the property or of its nearest modelled ancestor (ForceNew on a block covers its fields). */
function factFor(model: ResourceModel | undefined, modelPath: string): InputFact | undefined {
    if (!model) {
        return undefined;
    }
    const segments = modelPath.split(".");
    for (let length = segments.length; length > 0; length--) {
        const fact = model.inputs[segments.slice(0, length).join(".")];
        if (fact) {
            return fact;
        }
    }
    return undefined;
}

/**
 * The provider's `SuppressEquivalentJsonDiffs` (genesyscloud/util/util_json.go:52-54 → EquivalentJsons, 18-49): equal
 * after decoding, with nulls dropped from the configured (new) side only, where `jsonDeepDelNullProperties` drops them;
 * text that does not decode is equal only to itself.
 */
export function equivalentJson(newText: string, oldText: string): boolean {
    if (newText === oldText) {
        return true;
    }
    try {
        return JSON.stringify(sortedKeys(withoutNullProperties(JSON.parse(newText)))) === JSON.stringify(sortedKeys(JSON.parse(oldText)));
    } catch {
        return false;
    }
}

/**
 * `jsonDeepDelNullProperties` (util_json.go:61-82): in an object, every null member is removed and nested objects are
 * visited; an array's elements are visited, but an array inside an object is not, and null elements are kept.
 */
export function withoutNullProperties(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(withoutNullProperties);
    }
    if (isRecord(value)) {
        return Object.fromEntries(
            Object.entries(value)
                .filter(([, member]) => member !== null)
                .map(([key, member]) => [key, isRecord(member) ? withoutNullProperties(member) : member]),
        );
    }
    return value;
}

function sortedKeys(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(sortedKeys);
    }
    if (isRecord(value)) {
        return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortedKeys(value[key])]));
    }
    return value;
}
