import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { GENESYS_REGIONS, regionForDomain } from "../components/genesysRegions";
import { loadSettingsFrom } from "../components/settings";
import { memoryConfigSource, VALID_WEBHOOK_CONFIG } from "./helpers/memoryConfigSource";

/**
 * The region map of the pinned provider, read from MyPureCloud/terraform-provider-genesyscloud at tag v1.84.1
 * (commit f955430e6bd4c0b56708d3abc06fb25a1e9031b7), `genesyscloud/provider/provider.go`, `getRegionMap()`
 * (lines 240-262). The provider validates `aws_region` against these keys, ignoring case
 * (`provider_schema.go`: `validation.StringInSlice(getAllowedRegions(), true)`).
 */
const PROVIDER_1_84_1_REGION_MAP: Record<string, string> = {
    dca: "inindca.com",
    tca: "inintca.com",
    "us-east-1": "mypurecloud.com",
    "us-east-2": "use2.us-gov-pure.cloud",
    "us-west-2": "usw2.pure.cloud",
    "eu-west-1": "mypurecloud.ie",
    "eu-west-2": "euw2.pure.cloud",
    "ap-southeast-2": "mypurecloud.com.au",
    "ap-northeast-1": "mypurecloud.jp",
    "eu-central-1": "mypurecloud.de",
    "ca-central-1": "cac1.pure.cloud",
    "ap-northeast-2": "apne2.pure.cloud",
    "ap-south-1": "aps1.pure.cloud",
    "sa-east-1": "sae1.pure.cloud",
    "ap-northeast-3": "apne3.pure.cloud",
    "eu-central-2": "euc2.pure.cloud",
    "me-central-1": "mec1.pure.cloud",
    "mx-central-1": "mxc1.pure.cloud",
    "ap-southeast-1": "apse1.pure.cloud",
    "eusc-de-east-1": "edee1.eusc-pure.cloud",
};

test("the region list is exactly the pinned provider's region map", () => {
    expect(GENESYS_REGIONS).toEqual(PROVIDER_1_84_1_REGION_MAP);
});

test("the map was read from the provider version Pulumi.yaml pins (re-read getRegionMap() when bumping it)", () => {
    const project = parse(fs.readFileSync(path.join(__dirname, "..", "Pulumi.yaml"), "utf8")) as {
        packages: { genesyscloud: { parameters: string[] } };
    };
    expect(project.packages.genesyscloud.parameters).toEqual(["mypurecloud/genesyscloud", "1.84.1"]);
});

test.each(["mx-central-1", "ap-southeast-1", "eusc-de-east-1"])("the newer region %s is accepted", (region) => {
    expect(loadSettingsFrom(memoryConfigSource("dev", { ...VALID_WEBHOOK_CONFIG, genesysRegion: region })).genesysRegion).toBe(region);
});

test("a region in upper case is accepted like the provider does, and passed on in lower case", () => {
    expect(loadSettingsFrom(memoryConfigSource("dev", { ...VALID_WEBHOOK_CONFIG, genesysRegion: "EU-Central-1" })).genesysRegion).toBe("eu-central-1");
});

test("a login domain names its region", () => {
    expect(regionForDomain("mxc1.pure.cloud")).toBe("mx-central-1");
    expect(regionForDomain("mypurecloud.de")).toBe("eu-central-1");
    expect(regionForDomain("example.com")).toBeUndefined();
});
