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
