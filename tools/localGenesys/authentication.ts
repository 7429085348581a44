/**
 * Who may call the local API: a client-credentials login (`POST /oauth/token`, the SDKs' and the provider's
 * login; genesys-api-calls.md, "Provider configure" step 1) returns a token, and a fixed bearer token works without
 * a login, as the provider's `access_token` setting does.
 */
import { randomUUID } from "node:crypto";
import { ApiResponse } from "./apiResponse";

export interface ApiCredentials {
    readonly clientId: string;
    readonly clientSecret: string;
    /** Accepted as `Authorization: Bearer <accessToken>` without a login. */
    readonly accessToken: string;
}

export const DEFAULT_CREDENTIALS: ApiCredentials = {
    clientId: "local-genesys-client",
    clientSecret: "local-genesys-secret",
    accessToken: "local-genesys-access-token",
};

/**
 * 86399 s, what Genesys grants by default. The provider logs in again at `expires_in - 60` s and panics if that
 * fails, so a short lifetime would only add logins; this server never expires a token it issued.
 */
const TOKEN_LIFETIME_SECONDS = 86399;

export class Authentication {
    private readonly issued = new Set<string>();

    constructor(private readonly credentials: ApiCredentials) {}

    /** The answer to `POST /oauth/token`: a token for the right client id and secret, 401 otherwise. */
    login(authorization: string | undefined, body: string): ApiResponse {
        const expected = `Basic ${Buffer.from(`${this.credentials.clientId}:${this.credentials.clientSecret}`).toString("base64")}`;
        if (authorization !== expected || new URLSearchParams(body).get("grant_type") !== "client_credentials") {
            return { status: 401, body: { error: "invalid_client", description: "invalid client credentials", error_description: "invalid client credentials" } };
        }
        const token = randomUUID();
        this.issued.add(token);
        return { status: 200, body: { access_token: token, token_type: "bearer", expires_in: TOKEN_LIFETIME_SECONDS } };
    }

    accepts(authorization: string | undefined): boolean {
        const token = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
        return token !== undefined && (token === this.credentials.accessToken || this.issued.has(token));
    }
}
