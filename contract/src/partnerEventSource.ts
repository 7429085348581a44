/**
 * Genesys names the partner event source it creates in the target AWS account
 * `aws.partner/genesys.com/cloud/<Genesys org id>/<event source suffix>`. A partner event bus must carry
 * exactly that name (both `name` and `eventSourceName`), or AWS refuses to associate it with the source.
 */
export const GENESYS_PARTNER_SOURCE_PREFIX = "aws.partner/genesys.com/cloud";

export function partnerEventSourceName(genesysOrgId: string, eventSourceSuffix: string): string {
    if (genesysOrgId === "" || eventSourceSuffix === "") {
        throw new Error("A Genesys partner event source needs both the Genesys org id and the event source suffix.");
    }
    return `${GENESYS_PARTNER_SOURCE_PREFIX}/${genesysOrgId}/${eventSourceSuffix}`;
}

const PARTNER_SOURCE_NAME = new RegExp(`^${GENESYS_PARTNER_SOURCE_PREFIX.replace(/[./]/g, "\\$&")}/([^/]+)/(.+)$`);

/** A partner event source (or partner bus) name → its org id and suffix; undefined for any other name. */
export function parsePartnerEventSourceName(name: string): { readonly orgId: string; readonly suffix: string } | undefined {
    const match = PARTNER_SOURCE_NAME.exec(name);
    return match === null ? undefined : { orgId: match[1], suffix: match[2] };
}
