/**
 * What the provider's configure step and the organizations_me data source read (genesys-api-calls.md,
 * "Provider configure" and "data source genesyscloud_organizations_me"; provider `provider/provider.go`,
 * `provider/sdk_client_pool.go`, `data_source_genesyscloud_organizations_me.go`): the organization, whose
 * `defaultCountryCode` is dereferenced, and the product listing, whose `total` and `entities[].id` are.
 */
import type { Models } from "purecloud-platform-client-v2";
import { ok } from "./apiResponse";
import { Route, route, RouteRequest } from "./route";

function products(request: RouteRequest) {
    const listing: Models.OrganizationProductEntityListing = {
        entities: request.org.products.map((id) => ({ id })),
        pageSize: request.org.products.length,
        pageNumber: 1,
        total: request.org.products.length,
        pageCount: 1,
    };
    return ok(listing);
}

export const organizationRoutes: readonly Route[] = [
    route("GET", "/api/v2/organizations/me", (request) => ok({ ...request.org.organization, selfUri: "/api/v2/organizations/me" })),
    route("GET", "/api/v2/authorization/products", products),
];
