/**
 * The org could not be read: no credentials, login refused, region unreachable, no answer in time, or a
 * permission missing from the OAuth client's role. The message names the fix; commands print it as is and
 * exit 2 ("cannot check"), because a report built on a partial read would be kinder than the org really is.
 */
export class GenesysAccessError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "GenesysAccessError";
    }
}
