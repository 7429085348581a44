/**
 * Rule: where the stack's policy config asks for it, every Genesys resource is protected from deletion.
 *
 * Deleting a trigger, workflow, data action or integration stops handover-end detection without any error
 * in Cognigy: bot sessions simply stay open. Protection makes a `pulumi destroy` or a refactoring that
 * renames a resource fail instead.
 */
import type { PolicyConfigSchema, ResourceValidationPolicy } from "@pulumi/policy";
import { GENESYS_RESOURCE_TYPES } from "@cognigy-handover/contract";
import { booleanSetting, describeResource } from "./policySupport";

export const GENESYS_RESOURCES_PROTECTED = "genesys-resources-protected";

const configSchema: PolicyConfigSchema = {
    properties: {
        requireProtect: {
            type: "boolean",
            default: false,
            description: "Whether every Genesys resource must have protect: true (production stacks).",
        },
    },
};

export const genesysResourcesProtected: ResourceValidationPolicy = {
    name: GENESYS_RESOURCES_PROTECTED,
    description: "When requireProtect is set, every Genesys Cloud resource of the handover has protect: true.",
    enforcementLevel: "advisory",
    severity: "medium",
    configSchema,
    validateResource: (args, reportViolation) => {
        if (!GENESYS_RESOURCE_TYPES.includes(args.type)) {
            return args.notApplicable("Only applies to the handover's Genesys Cloud resources");
        }
        const settings = args.getConfig<Record<string, unknown>>();
        if (!booleanSetting(GENESYS_RESOURCES_PROTECTED, settings, "requireProtect")) {
            return args.notApplicable("requireProtect is off for this stack");
        }
        if (!args.opts.protect) {
            reportViolation(
                `${describeResource(args.type.split(":").pop() ?? args.type, args.name, args.props)} is not protected, so a destroy or a ` +
                    "rename deletes it and Cognigy silently stops learning that handovers ended. Set the stack config `protect: true` " +
                    "(or pass { protect: true } in the resource options).",
            );
        }
    },
};
