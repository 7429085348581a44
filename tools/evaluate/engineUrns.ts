/**
 * URNs as the engine makes them. The SDK's mock monitor names a child after its parent's last type segment
 * (`runtime/mocks.js` `newUrn`), the engine after the parent's whole qualified type, leaving out the root stack
 * (pulumi/pulumi `pkg/resource/deploy/deployment.go` `generateURN`, `sdk/go/common/resource/urn/urn.go` `New`). Nested
 * components make the two differ, and a real checkpoint (`pulumi stack export`) holds the engine's, so everything
 * the evaluator records uses the engine's.
 */
import { mockUrn } from "./pulumiInternals";

const ROOT_STACK_TYPE = "pulumi:pulumi:Stack";

/** The qualified type of a URN: everything between the project and the name, e.g. `a:b:C$d:e:F`. */
function qualifiedType(urn: string): string {
    const parts = urn.split("::");
    return parts.slice(2, parts.length - 1).join("::");
}

export function engineUrn(stack: string, project: string, parentUrn: string, type: string, name: string): string {
    const parentType = parentUrn === "" ? "" : qualifiedType(parentUrn);
    const fullType = parentType !== "" && parentType !== ROOT_STACK_TYPE ? `${parentType}$${type}` : type;
    return `urn:pulumi:${stack}::${project}::${fullType}::${name}`;
}

/** Maps the mock monitor's URNs to the engine's, learning each registration as it is made (parents come first). */
export class UrnTranslator {
    private readonly toEngine = new Map<string, string>();

    constructor(
        private readonly stack: string,
        private readonly project: string,
    ) {}

    /** Learns (and returns) the engine URN of a registration the mock monitor is about to name. */
    register(mockParentUrn: string, type: string, name: string): string {
        const engine = engineUrn(this.stack, this.project, this.engineUrnOf(mockParentUrn), type, name);
        this.toEngine.set(mockUrn(this.stack, this.project, mockParentUrn, type, name), engine);
        return engine;
    }

    engineUrnOf(mock: string): string {
        return mock === "" ? "" : (this.toEngine.get(mock) ?? mock);
    }

    /** Provider references are `<provider urn>::<provider id>`; URNs contain `::` themselves. */
    providerReferenceUrn(reference: string): string {
        const separator = reference.lastIndexOf("::");
        return this.engineUrnOf(separator > 0 ? reference.slice(0, separator) : reference);
    }
}
