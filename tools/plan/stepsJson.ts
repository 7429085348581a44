/**
 * Steps in the shape `pulumi preview --json --show-sames --show-replacement-steps` prints them (pulumi/pulumi
 * `pkg/display/json.go` `PreviewStep`, `pkg/backend/display/json.go` `getPreviewMetadataStep`): `op`, `urn`,
 * `provider`, `oldState`/`newState` as `apitype.ResourceV3` with secrets as "[secret]", `diffReasons`,
 * `replaceReasons`, `detailedDiff` (`{kind, inputDiff}` per property path). Fields beyond Pulumi's are prefixed `x-`.
 */
import { SECRET_MASK, maskSecretPaths } from "../maskSecrets";
import { isEncryptedSecret } from "./deployedState";
import { PlanStep } from "./planSteps";
import { ResourceV3 } from "./stackExport";

export interface PreviewStepJson {
    op: string;
    urn: string;
    type: string;
    provider?: string;
    oldState?: ResourceV3;
    newState?: ResourceV3;
    diffReasons?: string[];
    replaceReasons?: string[];
    detailedDiff: Record<string, { kind: string; inputDiff: boolean }> | null;
    "x-deleteBeforeReplace"?: boolean;
    "x-causedBy"?: string[];
    "x-unverifiable"?: string[];
}

export function stepsAsJson(steps: readonly PlanStep[]): PreviewStepJson[] {
    return steps.map((step) => {
        const json: PreviewStepJson = {
            op: step.op,
            urn: step.urn,
            type: step.type,
            detailedDiff: step.diff
                ? Object.fromEntries(step.diff.changes.map((change) => [change.path, { kind: change.kind, inputDiff: false }]))
                : null,
        };
        const provider = step.new?.provider ?? step.old?.provider;
        if (provider !== undefined) json.provider = provider;
        if (step.old) {
            json.oldState = {
                urn: step.old.urn,
                custom: step.old.custom,
                type: step.old.type,
                id: step.old.id,
                inputs: masked(step.old.inputs, step.old.secretPaths),
                outputs: masked(step.old.outputs, step.old.outputSecretPaths),
                parent: step.old.parent,
                protect: step.old.protect,
                dependencies: [...step.old.dependencies],
                propertyDependencies: copy(step.old.propertyDependencies),
                provider: step.old.provider,
            };
        }
        if (step.new && step.op !== "delete-replaced") {
            json.newState = {
                urn: step.new.urn,
                custom: step.new.custom,
                type: step.new.type,
                id: step.op === "same" || step.op === "update" ? step.old?.id : undefined,
                inputs: masked(step.new.inputs, step.new.secretPaths),
                outputs: masked(step.new.outputs, step.new.outputSecretPaths ?? step.new.secretPaths),
                parent: step.new.parent,
                protect: step.new.protect,
                dependencies: [...step.new.dependencies],
                propertyDependencies: copy(step.new.propertyDependencies),
                provider: step.new.provider,
            };
        }
        if (step.diff && step.diff.changedKeys.length > 0) json.diffReasons = [...step.diff.changedKeys];
        if (step.diff && step.diff.replaceKeys.length > 0) json.replaceReasons = [...step.diff.replaceKeys];
        if (step.deleteBeforeReplace !== undefined) json["x-deleteBeforeReplace"] = step.deleteBeforeReplace;
        if (step.causedBy.length > 0) json["x-causedBy"] = [...step.causedBy];
        if (step.diff && step.diff.unverifiable.length > 0) json["x-unverifiable"] = [...step.diff.unverifiable];
        return json;
    });
}

function masked(values: Readonly<Record<string, unknown>>, secretPaths: readonly string[]): Record<string, unknown> {
    const hidden = maskSecretPaths(values, secretPaths);
    // Encrypted secrets from a state file are secret wherever they sit, listed or not.
    return JSON.parse(JSON.stringify(hidden, (_key, value: unknown) => (isEncryptedSecret(value) ? SECRET_MASK : value))) as Record<string, unknown>;
}

function copy(record: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
    return Object.fromEntries(Object.entries(record).map(([key, urns]) => [key, [...urns]]));
}
