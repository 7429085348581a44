/**
 * A change of the Genesys org under a deployed stack: the genesyscloud provider's region or OAuth client differs
 * between the deployed state and what the program now registers. Pulumi does not treat it as a move: the dynamic
 * bridge marks no provider field as forcing replacement (pulumi-terraform-bridge pkg/tfbridge/provider.go,
 * DiffConfig), so every resource keeps the old org's id, the next refresh finds none of them (a 404 after the read
 * retry timeout drops them), `up` creates everything again in the new org, and the old org keeps its triggers
 * posting to Cognigy. The plan refuses it (exit 1), as a real preview cannot.
 */
import { GENESYS_PROVIDER_TYPE } from "@cognigy-handover/contract";
import { PlannedResource } from "../evaluate/plannedResource";
import { DeployedState, isEncryptedSecret } from "./deployedState";

export interface OrgMove {
    readonly urn: string;
    /** The stack configuration key behind the provider input. */
    readonly key: string;
    readonly message: string;
}

/** Provider input → the configuration key the program sets it from (components/providers.ts). */
const ORG_INPUTS: ReadonlyArray<{ readonly input: string; readonly key: string; readonly compare: (value: string) => string }> = [
    // The provider validates the region case-insensitively (provider_schema.go: StringInSlice(..., true)).
    { input: "awsRegion", key: "genesysRegion", compare: (value) => value.toLowerCase() },
    { input: "oauthclientId", key: "genesyscloud:oauthclientId", compare: (value) => value },
];

export function orgMoves(registered: readonly PlannedResource[], state: DeployedState): OrgMove[] {
    const moves: OrgMove[] = [];
    for (const provider of registered.filter((resource) => resource.type === GENESYS_PROVIDER_TYPE)) {
        const old = state.find((resource) => resource.urn === provider.urn);
        if (!old) {
            continue;
        }
        for (const { input, key, compare } of ORG_INPUTS) {
            const before = old.inputs[input];
            const after = provider.inputs[input];
            // Unset on either side: the environment decides (GENESYSCLOUD_REGION, GENESYSCLOUD_OAUTHCLIENT_ID), which the plan cannot see.
            if (typeof before !== "string" || typeof after !== "string" || isEncryptedSecret(before) || compare(before) === compare(after)) {
                continue;
            }
            const stack = provider.urn.split("::")[0].replace(/^urn:pulumi:/, "");
            moves.push({
                urn: provider.urn,
                key,
                message:
                    `${key} changes from "${before}" to "${after}" under the deployed stack ${stack}: that is another Genesys org, and Pulumi ` +
                    "would keep the old org's ids (the provider's configuration forces no replacement), create everything again in the " +
                    "new org and leave the old org's triggers posting to Cognigy. Fix: to move the stack to another org, first run " +
                    `\`pulumi destroy --stack ${stack}\` with the old ${key} (on a protected stack, set protect false and \`pulumi up\` first), ` +
                    `then change ${key} and \`pulumi up\`; or keep this stack for the old org and create a new stack for the new one ` +
                    "(docs/deploying.md, \"Moving a stack to another org\").",
            });
        }
    }
    return moves;
}
