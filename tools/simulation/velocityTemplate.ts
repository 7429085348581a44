import { render } from "velocityjs";

/**
 * Data action templates (URL, headers, request body, success template) are Apache Velocity with the context
 * Genesys documents: `$input.<name>` per input, `${input.rawRequest}` = the input object as JSON,
 * `$esc.jsonString(...)` / `$esc.url(...)`, and `${credentials.<field>}` from the integration's credential.
 * Credentials are never known here, so they render as a visible placeholder instead of a value.
 */

export function maskedCredential(field: string): string {
    return `[credentials.${field}]`;
}

const ESCAPE_TOOL = {
    jsonString: (value: unknown): string => JSON.stringify(String(value)).slice(1, -1),
    url: (value: unknown): string => encodeURIComponent(String(value)),
};

/** Any `credentials.<field>` resolves to its placeholder, whatever the field is called. */
const MASKED_CREDENTIALS = new Proxy<Record<string, string>>(
    {},
    { get: (_target, field) => (typeof field === "string" ? maskedCredential(field) : undefined) },
);

export function requestContext(inputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
    return {
        input: { ...inputs, rawRequest: JSON.stringify(inputs) },
        esc: ESCAPE_TOOL,
        credentials: MASKED_CREDENTIALS,
    };
}

export function renderVelocity(template: string, context: Record<string, unknown>): string {
    return render(template, context);
}
