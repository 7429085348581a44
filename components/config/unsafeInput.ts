import { firstControlCharacter, HOST_NAME_PATTERN } from "@cognigy-handover/contract";
import { ConfigReader } from "./configReader";

/**
 * Refusals for text that reaches a Genesys template or name: the endpoint goes into the data action's request URL
 * template, which Genesys renders with Velocity (`${...}`), and names go into the workflow YAML and the Genesys UI.
 * Every message names the key and never repeats a credential; control characters are shown as code points, since
 * printing them would garble (or forge lines in) the CLI's output.
 */

/** Why `raw` cannot be a Cognigy endpoint URL before it is even parsed, or undefined. */
export function unsafeEndpointProblem(raw: string): string | undefined {
    const control = firstControlCharacter(raw);
    if (control !== undefined) {
        return `contains the control character ${control}; a URL has none (WHATWG URL parsing would drop tabs and line breaks silently).`;
    }
    if (/\s/.test(raw)) {
        return "contains white space; a URL has none.";
    }
    // Percent-escapes in the host decode to characters (`%7B` to `{`) a host name cannot have.
    if (/\$|[{}]|%7b|%7d|%24/i.test(raw)) {
        return "contains `$`, `{` or `}` (or their %-escapes): Genesys renders the data action's URL as a Velocity template, so a `${...}` there would be evaluated.";
    }
    const authority = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(raw)?.[1];
    // Credentials are refused after parsing, by a message that does not repeat them.
    if (authority !== undefined && !authority.includes("@")) {
        const host = authority.replace(/:\d+$/, "").replace(/\.$/, "").toLowerCase();
        if (!HOST_NAME_PATTERN.test(host)) {
            return `has the host ${JSON.stringify(authority)}, which is not a DNS host name (letters, digits, hyphens and dots; no IP address or placeholder).`;
        }
    }
    return undefined;
}

/** Records a problem and returns false when a name-like value holds control characters. */
export function refuseUnsafeText(reader: ConfigReader, key: string, value: string, example: string): boolean {
    const control = firstControlCharacter(value);
    if (control === undefined) {
        return true;
    }
    reader.problem(key, `${JSON.stringify(value)} contains the control character ${control}; names take printable characters only. Fix: ${reader.setCommand(key, example)}`);
    return false;
}
