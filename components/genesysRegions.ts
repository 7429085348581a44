/**
 * Genesys Cloud regions the genesyscloud provider accepts as `awsRegion`, with the org's login domain so an
 * admin can recognise theirs: the whole region map of the pinned provider (terraform-provider-genesyscloud
 * v1.84.1, `genesyscloud/provider/provider.go` `getRegionMap()`). `tests/genesysRegions.test.ts` pins this
 * list against the map read from that file.
 */
export const GENESYS_REGIONS: Readonly<Record<string, string>> = {
    "us-east-1": "mypurecloud.com",
    "us-east-2": "use2.us-gov-pure.cloud",
    "us-west-2": "usw2.pure.cloud",
    "ca-central-1": "cac1.pure.cloud",
    "sa-east-1": "sae1.pure.cloud",
    "mx-central-1": "mxc1.pure.cloud",
    "eu-west-1": "mypurecloud.ie",
    "eu-west-2": "euw2.pure.cloud",
    "eu-central-1": "mypurecloud.de",
    "eu-central-2": "euc2.pure.cloud",
    "eusc-de-east-1": "edee1.eusc-pure.cloud",
    "me-central-1": "mec1.pure.cloud",
    "ap-south-1": "aps1.pure.cloud",
    "ap-southeast-1": "apse1.pure.cloud",
    "ap-southeast-2": "mypurecloud.com.au",
    "ap-northeast-1": "mypurecloud.jp",
    "ap-northeast-2": "apne2.pure.cloud",
    "ap-northeast-3": "apne3.pure.cloud",
    // Genesys' own development and test environments; in the provider's map, so accepted like it does.
    dca: "inindca.com",
    tca: "inintca.com",
};

export function regionForDomain(domain: string): string | undefined {
    return Object.keys(GENESYS_REGIONS).find((region) => GENESYS_REGIONS[region] === domain);
}
