import type * as pulumi from "@pulumi/pulumi";
import { EVENT_BUS_TYPE } from "@cognigy-handover/contract";
import { monitorError } from "./pulumiInternals";

/** The org every `getOrganizationsMe` returns offline: obviously fake, stable across runs. */
export const OFFLINE_ORGANIZATION = { id: "00000000-0000-4000-8000-000000000000", name: "offline-org", domain: "offline" };
export const OFFLINE_AWS_ACCOUNT = { accountId: "000000000000", arn: "arn:aws:iam::000000000000:root", userId: "OFFLINEUSER", id: "000000000000" };

/** The stand-in for an output the provider computes (a queue URL, a content hash): marked fake, stable per resource. */
export function offlineComputedOutput(resourceName: string, output: string): string {
    return `${resourceName}-offline-${output}`;
}

/**
 * Stand-ins for the providers: deterministic ids, state = inputs plus the computed fields programs commonly
 * read (AWS `arn`, an event bus `name`), and fixed answers for the lookups the handover program makes.
 * An invoke without an answer here fails the program, naming the token: echoing its inputs back would let a new
 * lookup pass the plan with a made-up result.
 */
export const offlineMocks: pulumi.runtime.Mocks = {
    newResource(args: pulumi.runtime.MockResourceArgs): pulumi.runtime.MockResourceResult {
        const state: Record<string, unknown> = { ...(args.inputs as Record<string, unknown>) };
        if (args.type.startsWith("aws:")) {
            state["arn"] = `arn:aws:offline:${args.type}:${args.name}`;
            if (args.type === EVENT_BUS_TYPE && state["name"] === undefined) {
                state["name"] = args.name;
            }
        }
        if (!args.custom) {
            // Components (and the stack) have no provider id.
            return { id: undefined, state };
        }
        return { id: args.id && args.id !== "" ? args.id : `${args.name}-offline-id`, state };
    },
    call(args: pulumi.runtime.MockCallArgs): pulumi.runtime.MockCallResult {
        switch (args.token) {
            case "genesyscloud:index/getOrganizationsMe:getOrganizationsMe":
                return { ...OFFLINE_ORGANIZATION };
            case "aws:index/getCallerIdentity:getCallerIdentity":
                return { ...OFFLINE_AWS_ACCOUNT };
            default:
                throw monitorError(
                    `The offline evaluator has no answer for invoke ${args.token}: add a fixed, obviously fake result for it ` +
                        "to tools/evaluate/offlineMocks.ts (and say in docs/offline-plan.md what the plan cannot check about it).",
                );
        }
    },
};
