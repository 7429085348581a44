/**
 * Genesys Cloud regions the genesyscloud provider accepts as `awsRegion` (terraform-provider-genesyscloud
 * v1.84 region map), with the org's login domain so an admin can recognise theirs.
 */
export const GENESYS_REGIONS: Readonly<Record<string, string>> = {
    "us-east-1": "mypurecloud.com",
    "us-east-2": "use2.us-gov-pure.cloud",
    "us-west-2": "usw2.pure.cloud",
    "ca-central-1": "cac1.pure.cloud",
    "sa-east-1": "sae1.pure.cloud",
    "eu-west-1": "mypurecloud.ie",
    "eu-west-2": "euw2.pure.cloud",
    "eu-central-1": "mypurecloud.de",
    "eu-central-2": "euc2.pure.cloud",
    "me-central-1": "mec1.pure.cloud",
    "ap-south-1": "aps1.pure.cloud",
    "ap-southeast-2": "mypurecloud.com.au",
    "ap-northeast-1": "mypurecloud.jp",
    "ap-northeast-2": "apne2.pure.cloud",
    "ap-northeast-3": "apne3.pure.cloud",
};

export function regionForDomain(domain: string): string | undefined {
    return Object.keys(GENESYS_REGIONS).find((region) => GENESYS_REGIONS[region] === domain);
}
