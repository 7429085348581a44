import * as platformClient from "purecloud-platform-client-v2";
import { GENESYS_REGIONS } from "../../components/genesysRegions";
import { HANDOVER_EVENTS, handoverMatchCriteria } from "@cognigy-handover/contract";
import { fieldsSatisfying, samplesFor } from "../../tools/doctor/sampleEvents";
import { apiFailure, loginFailure } from "../../tools/genesys/failureMessages";
import { connectToGenesys, regionDomain } from "../../tools/genesys/genesysClient";
import { afterCursor, allCursorPages, allNumberedPages } from "../../tools/genesys/paging";
import { acceptedMatchCriteria, evaluateCriteria } from "../../tools/simulation/matchCriteria";

const context = { request: "GET /api/v2/flows", baseUrl: "https://api.mypurecloud.de", timeoutMs: 20000 };

describe("paging", () => {
    it("reads the after cursor of a nextUri", () => {
        expect(afterCursor("/api/v2/processautomation/triggers?after=abc%3D&pageSize=200")).toBe("abc=");
        expect(afterCursor("/api/v2/processautomation/triggers?pageSize=200")).toBeUndefined();
    });

    it("refuses a nextUri it cannot follow instead of reporting a partial listing", async () => {
        await expect(allCursorPages("triggers", async () => ({ entities: [1], nextUri: "/api/v2/processautomation/triggers?pageSize=1" }))).rejects.toThrow(
            "has no 'after' cursor",
        );
    });

    it("stops numbered listings at pageCount, or at an empty page when pageCount is absent", async () => {
        const asked: number[] = [];
        expect(await allNumberedPages("x", async (n) => (asked.push(n), { entities: [n], pageCount: 3 }))).toEqual([1, 2, 3]);
        expect(asked).toEqual([1, 2, 3]);
        expect(await allNumberedPages("x", async (n) => ({ entities: n < 3 ? [n] : [] }))).toEqual([1, 2]);
    });
});

describe("failure messages", () => {
    it("names an unreachable host and the region setting", () => {
        expect(apiFailure({ code: "ENOTFOUND", message: "getaddrinfo ENOTFOUND api.mypurecloud.de" }, context, ["architect:flow:view"]).message).toBe(
            "GET /api/v2/flows at https://api.mypurecloud.de: unreachable (ENOTFOUND). Fix: check genesysRegion (the org's region) and this machine's network access to https://api.mypurecloud.de.",
        );
    });

    it("passes Genesys' own words along with the permission to add", () => {
        const message = apiFailure({ status: 403, body: { message: "You are missing the following permission(s): architect:flow:view" } }, context, ["architect:flow:view"]).message;
        expect(message).toContain("lacks architect:flow:view");
        expect(message).toContain("Genesys says: You are missing the following permission(s): architect:flow:view");
    });

    it("treats an OAuth 400 invalid_client as a refused login", () => {
        expect(loginFailure({ response: { status: 400, data: { error: "invalid_client" } } }, context).message).toContain("Genesys refused the login");
    });
});

describe("regions", () => {
    it("uses the same login domain per region as the SDK's own region table", () => {
        const sdkHosts = (platformClient as unknown as { PureCloudRegionHosts: Record<string, string> }).PureCloudRegionHosts;
        const unknownToSdk: string[] = [];
        for (const [region, domain] of Object.entries(GENESYS_REGIONS)) {
            const sdkHost = sdkHosts[region.replace(/-/g, "_")];
            if (sdkHost === undefined) {
                unknownToSdk.push(region);
            } else {
                expect([region, sdkHost]).toEqual([region, domain]);
            }
        }
        // The provider also accepts Genesys' internal development and test regions, which the public SDK omits.
        expect(unknownToSdk).toEqual(["dca", "tca"]);
        expect(regionDomain("eu-central-1")).toBe("mypurecloud.de");
    });

    it("refuses plain http to anything but the loopback interface", async () => {
        await expect(
            connectToGenesys({ region: "eu-central-1", credentials: { clientId: "a", clientSecret: "b" }, baseUrlOverride: "http://gateway.example:8080" }),
        ).rejects.toThrow("must be https (plain http only for 127.0.0.1 / localhost)");
    });
});

describe("sample events", () => {
    const criteria = acceptedMatchCriteria(JSON.stringify(handoverMatchCriteria()));

    it("the Open Messaging sample matches the stack's criteria, the voice and web messaging samples do not", () => {
        for (const event of [HANDOVER_EVENTS.AfterCallWorkEvent, HANDOVER_EVENTS.UserEndEvent]) {
            const samples = samplesFor(event, handoverMatchCriteria());
            expect(samples.map((s) => [s.mustMatch, evaluateCriteria(criteria, s.body).matches])).toEqual([
                [true, true],
                [false, false],
                [false, false],
            ]);
        }
    });

    it("fills fields the stack's own criteria pin beyond MESSAGE/OPEN, e.g. a queue scope", () => {
        const scoped = [...handoverMatchCriteria(), { jsonPath: "queueId", operator: "In", values: ["queue-a", "queue-b"] }];
        expect(fieldsSatisfying(scoped)).toEqual({ queueId: "queue-a" });
        expect(samplesFor(HANDOVER_EVENTS.UserEndEvent, scoped)[0].body.queueId).toBe("queue-a");
    });
});
