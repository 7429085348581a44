import * as path from "path";
import { evaluateProgram, ProgramEvaluation } from "../../tools/evaluate/evaluateProgram";
import { PlannedResource } from "../../tools/evaluate/plannedResource";

export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

/** The program of a stack as the engine would see it, with lookups by type and name for assertions. */
export class PlannedStack {
    constructor(readonly evaluation: ProgramEvaluation) {}

    static async evaluate(stack: string, projectDir = PROJECT_ROOT): Promise<PlannedStack> {
        return new PlannedStack(await evaluateProgram({ projectDir, stack, mode: "update" }));
    }

    get resources(): PlannedResource[] {
        return this.evaluation.resources;
    }

    /** Custom resources only: what lands in Genesys or AWS. */
    get customResources(): PlannedResource[] {
        return this.resources.filter((resource) => resource.custom && !resource.type.startsWith("pulumi:providers:"));
    }

    ofType(type: string): PlannedResource[] {
        return this.resources.filter((resource) => resource.type === type);
    }

    /** The custom resource of that logical name (components often share their main child's name). */
    named(name: string): PlannedResource {
        return this.single(this.customResources, name);
    }

    component(name: string): PlannedResource {
        return this.single(this.resources.filter((resource) => !resource.custom), name);
    }

    private single(candidates: PlannedResource[], name: string): PlannedResource {
        const found = candidates.filter((resource) => resource.name === name);
        if (found.length !== 1) {
            throw new Error(`expected one resource named ${name}, found ${found.length}: ${this.resources.map((r) => r.name).join(", ")}`);
        }
        return found[0];
    }

    byUrn(urn: string): PlannedResource {
        const found = this.resources.find((resource) => resource.urn === urn);
        if (!found) {
            throw new Error(`no resource ${urn}`);
        }
        return found;
    }

    /** Names of the custom resources a resource depends on, directly. */
    dependencyNames(resource: PlannedResource): string[] {
        const urns = new Set([...resource.dependencies, ...Object.values(resource.propertyDependencies).flat()]);
        return [...urns].map((urn) => this.byUrn(urn)).filter((dependency) => dependency.custom).map((dependency) => dependency.name).sort();
    }

    /** The longest chain of custom resources that must be created one after another. */
    longestChain(): string[] {
        const memo = new Map<string, string[]>();
        const chainEndingAt = (resource: PlannedResource): string[] => {
            const known = memo.get(resource.urn);
            if (known) {
                return known;
            }
            const longestBefore = this.dependencyNames(resource)
                .map((name) => chainEndingAt(this.named(name)))
                .reduce<string[]>((longest, chain) => (chain.length > longest.length ? chain : longest), []);
            const chain = [...longestBefore, resource.name];
            memo.set(resource.urn, chain);
            return chain;
        };
        return this.customResources.map(chainEndingAt).reduce((a, b) => (b.length > a.length ? b : a), []);
    }
}
