import * as fs from "node:fs";
import * as path from "node:path";
import { EVENTBRIDGE_INTEGRATION_NAME } from "@cognigy-handover/contract";
import { DeclaredStack } from "../genesys/declaredStack";
import { engineUrn } from "./engineUrn";
import { parseLiveOrgArguments } from "../genesys/liveOrgArguments";
import { LiveOrgIo } from "../genesys/runLiveOrgCommand";
import { EXIT_CANNOT_RUN, isUserError, messageOf, UserError } from "../userError";
import { integrationDifferences } from "../doctor/differences";
import { readLiveOrg } from "../doctor/liveOrg";
import { connectOptionsFromEnvironment, parseTimeoutSeconds } from "../genesys/environment";
import { AdoptReport, nextSteps, printAdoptReport } from "./adoptReport";
import { Adoption, findAdoptions } from "./findCandidates";
import { buildImportFile } from "./importFile";

export const ADOPT_USAGE = `Usage: npm run adopt -- --stack <name> [--out <file>] [--json] [--dir <project dir>] [--timeout <seconds>]

Finds the Genesys objects a person created by following Cognigy's guide (by the stack's names, the guide's
names, integration type, trigger topic and target), shows how each differs from the stack, and writes a bulk
import file for \`pulumi import --file\` with the stack's own logical names, types and parents. Read-only.

Options:
  --stack     stack whose Pulumi.<stack>.yaml configures the program (required)
  --out       where to write the import file (default: import-<stack>.json)
  --json      print one JSON document (the findings and the import file) instead of text
  --dir       Pulumi project directory (default: this repository)
  --timeout   seconds to wait for each Genesys answer (default 20)
  -h, --help  this text

Exit codes:
  0  import file written (or nothing to adopt)
  1  a resource has more than one candidate: no file written, the candidates are listed
  2  cannot check: arguments, stack configuration, credentials, login, region, network or a missing permission`;

export const EXIT_WRITTEN = 0;
export const EXIT_AMBIGUOUS = 1;
export const EXIT_CANNOT_CHECK = EXIT_CANNOT_RUN;

function eventbridgeAdoption(declared: DeclaredStack, integrations: Awaited<ReturnType<typeof readLiveOrg>>["integrations"]): Adoption | undefined {
    const source = declared.eventbridgeSource;
    if (!source) {
        return undefined;
    }
    const ofType = integrations.filter((i) => i.integrationType?.id === source.integrationType);
    const byStackName = ofType.filter((i) => i.name === source.name);
    const byGuideName = ofType.filter((i) => i.name === EVENTBRIDGE_INTEGRATION_NAME);
    const [rule, found] = byStackName.length > 0 ? [`the stack's name "${source.name}"`, byStackName] : [`the guide's name "${EVENTBRIDGE_INTEGRATION_NAME}"`, byGuideName];
    const outcome = found.length === 0 ? "create" : found.length === 1 ? "adopt" : "ambiguous";
    return {
        kind: "EventBridge source",
        declaredName: source.name,
        resource: source.resource,
        outcome,
        rule: found.length > 0 ? rule : undefined,
        candidates: found.map((i) => ({ id: i.id ?? "", name: i.name ?? "", detail: `type ${i.integrationType?.id ?? "?"}, ${i.intendedState}` })),
        differences: outcome === "adopt" ? integrationDifferences(source, found[0]) : [],
    };
}

function writeImportFile(file: string, text: string): void {
    try {
        fs.writeFileSync(file, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = code === "ENOENT" ? "its folder does not exist" : code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : messageOf(error);
        throw new UserError(`cannot write the import file ${file}: ${why}. Fix: pass --out <file> in a folder that exists and you may write to (default: import-<stack>.json here)`);
    }
}

export async function adoptCommand(argv: readonly string[], io: LiveOrgIo): Promise<number> {
    const args = parseLiveOrgArguments(argv, { out: { type: "string" } }, "adopt");
    if (args.kind === "help") {
        io.stdout(`${ADOPT_USAGE}\n`);
        return EXIT_WRITTEN;
    }
    if (args.kind === "invalid") {
        io.stderr(`adopt: ${args.message}\n${ADOPT_USAGE}\n`);
        return EXIT_CANNOT_CHECK;
    }
    const stack = args.stack;
    try {
        const timeoutSeconds = parseTimeoutSeconds(args.timeout);
        const declared = await io.loadDeclared(path.resolve(io.cwd, args.dir ?? io.repoRoot), stack);
        const org = await io.connect(connectOptionsFromEnvironment(io.env, declared.region, timeoutSeconds));
        const webhook = declared.webhook;
        const topics = [...new Set((webhook?.triggers ?? []).map((t) => t.topic))];
        const live = await readLiveOrg(org, topics, { webhook: webhook !== undefined });
        const adoptions: Adoption[] = webhook ? await findAdoptions(webhook, live, org) : [];
        const eventbridge = eventbridgeAdoption(declared, live.integrations);
        if (eventbridge) {
            adoptions.push(eventbridge);
        }
        const notes = declared.notCovered.map(
            (r) => `Not adopted: ${r.type} ${r.name}. pulumi up creates it (for a credential: a new one, and the integration is pointed at it).`,
        );
        const byUrn = new Map(declared.resources.map((r) => [r.urn, r]));
        for (const renamed of adoptions.filter((a) => a.kind === "workflow" && a.outcome === "adopt" && a.differences.some((d) => d.field === "name"))) {
            notes.push(
                `Workflow "${renamed.candidates[0].name}" gets the stack's name "${renamed.declaredName}": pulumi up replaces it, create-before-delete ` +
                    "(publishes the new flow, moves the trigger to it, then deletes the adopted flow). Delete nothing by hand: until then the trigger starts " +
                    "the adopted flow." +
                    (renamed.resource.protect
                        ? ` The import protects it, so the preview refuses that replacement until you run pulumi state unprotect --stack ${stack} '${engineUrn(renamed.resource, byUrn, stack, declared.project)}'.`
                        : "") +
                    " Or set nameSuffix so the names match.",
            );
        }
        const ids = new Map(adoptions.filter((a) => a.outcome === "adopt").map((a) => [a.resource.urn, a.candidates[0].id]));
        const ambiguous = adoptions.some((a) => a.outcome === "ambiguous");
        const out = args.extra["out"];
        const outFile = typeof out === "string" ? out : `import-${stack}.json`;
        const importFile = !ambiguous && ids.size > 0 ? buildImportFile({ stack, project: declared.project, resources: declared.resources, ids }) : undefined;
        if (importFile) {
            writeImportFile(path.resolve(io.cwd, outFile), `${JSON.stringify(importFile, null, 4)}\n`);
        }
        const report: AdoptReport = {
            stack,
            region: declared.region,
            apiBaseUrl: org.apiBaseUrl,
            adoptions,
            importFile,
            outFile: importFile ? outFile : undefined,
            nextSteps: importFile ? nextSteps(declared, outFile) : [],
            notes,
        };
        if (args.json) {
            const { adoptions: list, ...rest } = report;
            io.stdout(`${JSON.stringify({ ...rest, adoptions: list.map(({ resource, ...a }) => ({ ...a, logicalName: resource.name, type: resource.type })) }, null, 2)}\n`);
        } else {
            io.stdout(printAdoptReport(report));
        }
        return ambiguous ? EXIT_AMBIGUOUS : EXIT_WRITTEN;
    } catch (error) {
        if (isUserError(error)) {
            io.stderr(`adopt: cannot check stack ${stack}: ${error.message}\n`);
            return EXIT_CANNOT_CHECK;
        }
        throw error;
    }
}
