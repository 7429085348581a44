/** The values of a step's property change as they may be printed: anything secret, or under a secret, is `[secret]`. */
import { isEncryptedSecret } from "./deployedState";
import { PropertyChange } from "./diffResource";
import { PlanStep } from "./planSteps";
import { SECRET_MASK } from "../maskSecrets";

export function maskedChange(step: PlanStep, change: PropertyChange): { planned: unknown; stored: unknown } {
    const newSecret = touchesSecret(change.path, step.new?.secretPaths ?? []);
    const oldSecret = touchesSecret(change.path, step.old?.outputSecretPaths ?? []) || touchesSecret(change.path, step.old?.secretPaths ?? []);
    // A value secret on one side is secret on both: showing the other side would show what the secret was or became.
    const secret = newSecret || oldSecret;
    return {
        planned: change.new === undefined ? undefined : secret ? SECRET_MASK : change.new,
        stored: change.old === undefined ? undefined : secret || isEncryptedSecret(change.old) ? SECRET_MASK : change.old,
    };
}

/** True when `path` is a secret path, lies under one, or contains one. */
export function touchesSecret(path: string, secretPaths: readonly string[]): boolean {
    return secretPaths.some((secret) => within(path, secret) || within(secret, path));
}

function within(path: string, ancestor: string): boolean {
    return path === ancestor || path.startsWith(`${ancestor}.`) || path.startsWith(`${ancestor}[`);
}
