/**
 * A policy pack that cannot be started or configured for a reason its author or user can fix: no PulumiPolicy.yaml,
 * dependencies not installed, a config file or settings the CLI would refuse. The message names the problem and
 * the fix; the offline tools report it as a user error, the pack's tests see it as a failed start or config.
 */
export class PolicyPackError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PolicyPackError";
    }
}
