/**
 * `--cognigy-faults <spec>`: how the local Cognigy stand-in answers its first requests. The spec is a
 * comma-separated list of `<status>x<count>` or `timeoutx<count>`, applied in order to the requests it receives
 * (`503x2`, `timeoutx1,200x1,429x1`); every request after the listed ones gets the healthy answer (200).
 */

/** One request's fault: an HTTP status to answer with, or no answer at all (the caller times out). */
export type CognigyFault = number | "timeout";

export class FaultSpecError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "FaultSpecError";
    }
}

const ENTRY = /^(timeout|\d{3})x(\d+)$/;
/** Enough for any scenario; a typo such as `503x20000` is refused instead of simulated for minutes. */
const MAX_FAULTED_REQUESTS = 1000;
const EXAMPLE = "503x2 or timeoutx1,200x1,429x1";

/** The faults in request order, one per request: `503x2,timeoutx1` → [503, 503, "timeout"]. */
export function parseFaultSpec(spec: string): CognigyFault[] {
    const entries = spec.split(",").map((entry) => entry.trim());
    const faults: CognigyFault[] = [];
    for (const entry of entries) {
        const match = ENTRY.exec(entry);
        if (match === null) {
            throw new FaultSpecError(
                `--cognigy-faults entry ${JSON.stringify(entry)} is not <status>x<count> or timeoutx<count>. Fix: e.g. --cognigy-faults ${EXAMPLE}`,
            );
        }
        const [, what, countText] = match;
        const count = Number(countText);
        if (what !== "timeout") {
            const status = Number(what);
            if (status < 200 || status > 599) {
                throw new FaultSpecError(`--cognigy-faults entry ${JSON.stringify(entry)}: ${status} is not an HTTP status from 200 to 599. Fix: e.g. --cognigy-faults ${EXAMPLE}`);
            }
        }
        if (count < 1) {
            throw new FaultSpecError(`--cognigy-faults entry ${JSON.stringify(entry)}: the count must be at least 1. Fix: e.g. --cognigy-faults ${EXAMPLE}`);
        }
        if (faults.length + count > MAX_FAULTED_REQUESTS) {
            throw new FaultSpecError(`--cognigy-faults covers more than ${MAX_FAULTED_REQUESTS} requests. Fix: use smaller counts`);
        }
        for (let index = 0; index < count; index++) {
            faults.push(what === "timeout" ? "timeout" : Number(what));
        }
    }
    return faults;
}
