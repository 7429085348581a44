import { ConfigReader } from "./configReader";

/**
 * Provider credentials never come from stack configuration. Stack configuration is decrypted for every preview,
 * pull requests' included, and the program passes it to its explicit providers, so a deploying client stored there
 * would give unreviewed code deploy rights. The environment is the one place for them: CI sets the deploying client
 * only in the `up` jobs' GitHub Environments and the read-only one elsewhere (docs/ci.md). Refused always, not only in
 * CI: nothing needs them (the program, doctor and adopt all read the environment), and a stack file that works on
 * a laptop but fails in CI would be a trap.
 */
export const REFUSED_CREDENTIAL_KEYS: Readonly<Record<string, { readonly variable: string; readonly secret: boolean }>> = {
    // provider_schema.go:33-49 (v1.84.1): access_token, oauthclient_id, oauthclient_secret, each with its EnvDefaultFunc.
    "genesyscloud:oauthclientId": { variable: "GENESYSCLOUD_OAUTHCLIENT_ID", secret: false },
    "genesyscloud:oauthclientSecret": { variable: "GENESYSCLOUD_OAUTHCLIENT_SECRET", secret: true },
    "genesyscloud:accessToken": { variable: "GENESYSCLOUD_ACCESS_TOKEN", secret: true },
    // The program's AWS provider is explicit and reads no `aws:` keys; keys stored there would still be decrypted by every preview.
    "aws:accessKey": { variable: "AWS_ACCESS_KEY_ID", secret: false },
    "aws:secretKey": { variable: "AWS_SECRET_ACCESS_KEY", secret: true },
    "aws:token": { variable: "AWS_SESSION_TOKEN", secret: true },
};

/** Reports every provider credential set in stack configuration, naming the environment variable to use instead. Values are never shown. */
export function refuseCredentialsInStackConfig(reader: ConfigReader): void {
    const stack = reader.source.stack;
    for (const [key, { variable, secret }] of Object.entries(REFUSED_CREDENTIAL_KEYS)) {
        if (reader.source.get(key) === undefined) {
            continue;
        }
        reader.problem(
            key,
            `credentials are not accepted in stack configuration: every preview decrypts it, so whoever can open a pull request ` +
                `would run with them (value not shown). Fix: pulumi config rm ${key} -s ${stack}${secret ? ", rotate it (every preview could read it)" : ""}, ` +
                `then export ${variable}=<value> where the stack is deployed (CI: the secret of the stack's GitHub Environment, docs/ci.md)`,
        );
    }
}
