import { PolicyPack } from "@pulumi/policy";
import { PACK_ENFORCEMENT_LEVEL, handoverPolicies } from "./policies";

// Only the pack lives here: constructing a PolicyPack starts the analyzer's gRPC server, so tests and the
// offline plan import the policies from ./policies instead of this file.
new PolicyPack("cognigy-handover-contract", {
    policies: handoverPolicies,
    enforcementLevel: PACK_ENFORCEMENT_LEVEL,
});
