import { engineUrn } from "./engineUrn";
import { Adoption } from "./findCandidates";
import { PulumiImportFile } from "./importFile";
import { DeclaredStack } from "../genesys/declaredStack";

export interface AdoptReport {
    readonly stack: string;
    readonly region: string;
    readonly apiBaseUrl: string;
    readonly adoptions: readonly Adoption[];
    /** Written only when no resource is ambiguous and at least one is adopted. */
    readonly importFile?: PulumiImportFile;
    readonly outFile?: string;
    readonly nextSteps: readonly string[];
    readonly notes: readonly string[];
}

/** The commands that take the adopted objects over, with this stack's names and the provider's engine URN. */
export function nextSteps(declared: DeclaredStack, outFile: string): string[] {
    const byUrn = new Map(declared.resources.map((r) => [r.urn, r]));
    const providerUrn = declared.provider ? engineUrn(declared.provider, byUrn, declared.stack, declared.project) : undefined;
    const protect = declared.resources.some((r) => r.custom && r.protect);
    const policy = `--policy-pack policy --policy-pack-config policy/config/${declared.stack}.json`;
    return [
        ...(providerUrn
            ? [`pulumi up --stack ${declared.stack} --target '${providerUrn}'   # only the explicit genesyscloud provider: import needs it in state`]
            : []),
        `pulumi import --stack ${declared.stack} --file ${outFile} --generate-code=false --protect=${protect}`,
        `pulumi preview --stack ${declared.stack} ${policy}   # the differences above show as updates (or replacements)`,
        `pulumi up --stack ${declared.stack} ${policy}`,
        `npm run doctor -- --stack ${declared.stack}`,
    ];
}

export function printAdoptReport(report: AdoptReport): string {
    const out = [`Adopt for stack ${report.stack}: Genesys org in ${report.region} (${report.apiBaseUrl}), read-only`, ""];
    for (const a of report.adoptions) {
        const what = `${a.kind} "${a.declaredName}" (${a.resource.name})`;
        if (a.outcome === "create") {
            out.push(`  create     ${what}: nothing found, pulumi up creates it`);
            continue;
        }
        if (a.outcome === "ambiguous") {
            out.push(`  AMBIGUOUS  ${what}: ${a.candidates.length} candidates found by ${a.rule}:`);
            out.push(...a.candidates.map((c) => `               ${c.id} "${c.name}" (${c.detail})`));
            continue;
        }
        const c = a.candidates[0];
        out.push(`  adopt      ${what} <- ${c.id} "${c.name}" (found by ${a.rule}; ${c.detail})`);
        out.push(
            ...(a.differences.length === 0
                ? ["               same as the stack"]
                : a.differences.map((d) => `               differs in ${d.field}: stack ${JSON.stringify(d.declared)}, org ${JSON.stringify(d.live)}`)),
        );
    }
    if (report.notes.length > 0) {
        out.push("", "Notes:", ...report.notes.map((n) => `  - ${n}`));
    }
    out.push("");
    const ambiguous = report.adoptions.filter((a) => a.outcome === "ambiguous");
    if (ambiguous.length > 0) {
        out.push(
            `No import file written: ${ambiguous.length} resource(s) have more than one candidate. Delete or rename the copies that are not the`,
            "setup to adopt (or give this stack another nameSuffix), then run adopt again.",
        );
    } else if (report.importFile && report.outFile) {
        const count = report.importFile.resources.filter((r) => r.id !== undefined).length;
        out.push(`Wrote ${report.outFile}: ${count} Genesys object(s) to import under the stack's own names. Next:`);
        out.push(...report.nextSteps.map((step, i) => `  ${i + 1}. ${step}`));
    } else {
        out.push("Nothing to adopt: pulumi up creates everything.");
    }
    return out.join("\n") + "\n";
}
