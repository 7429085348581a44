/** A plan input the user can fix (a state file, a base ref): printed as its message alone, exit 2. */
export class PlanInputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PlanInputError";
    }
}
