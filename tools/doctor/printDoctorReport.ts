import { DoctorReport, ObjectCheck } from "./doctorReport";

function objectLine(object: ObjectCheck): string {
    const mark = object.status === "found" && object.differences.length === 0 ? "ok  " : "FIX ";
    const where = object.status === "found" ? `found ${object.ids[0]}` : object.status === "missing" ? (object.handBuilt !== undefined ? "MISSING under this name" : "MISSING") : `DUPLICATE ${object.ids.join(", ")}`;
    const lines = [`  ${mark}${object.kind.padEnd(18)} ${JSON.stringify(object.name)}  ${where}`];
    for (const d of object.differences) {
        lines.push(`        ${d.field}: stack ${JSON.stringify(d.declared)}  org ${JSON.stringify(d.live)}`);
    }
    const handBuilt = object.handBuilt;
    if (handBuilt !== undefined) {
        const found = handBuilt.candidates.map((c) => `${JSON.stringify(c.name)} ${c.id}`).join(", ");
        lines.push(`        set up by hand? ${found} (by ${handBuilt.rule}): npm run adopt takes it over`);
        for (const d of handBuilt.differences) {
            lines.push(`        ${d.field}: stack ${JSON.stringify(d.declared)}  org ${JSON.stringify(d.live)}`);
        }
    }
    return lines.join("\n");
}

/** The at-a-glance text report; `--json` prints the report object instead. */
export function printDoctorReport(report: DoctorReport): string {
    const out: string[] = [`Doctor for stack ${report.stack}: Genesys org in ${report.region} (${report.apiBaseUrl}), read-only`, ""];
    out.push("Objects the stack declares:");
    out.push(...report.objects.map(objectLine));
    if (report.untracked !== undefined) {
        out.push("", `Under the stack's names but not in its state (${report.stateFile ?? "--state"}):`);
        out.push(...(report.untracked.length === 0 ? ["  none"] : report.untracked.map((u) => `  FIX ${u.kind.padEnd(18)} ${JSON.stringify(u.name)}  ${u.id}${u.trackedId ? `  (state tracks ${u.trackedId})` : ""}`)));
    }
    out.push("", "Other triggers on the stack's topics:");
    out.push(
        ...(report.otherTriggers.length === 0
            ? ["  none"]
            : report.otherTriggers.map((t) => `  ${t.enabled ? "enabled " : "disabled"} ${JSON.stringify(t.name)} (${t.id}) on ${t.topic} -> ${t.target}`)),
    );
    out.push("", "Genesys topic test (which triggers would fire for a handover end):");
    for (const test of report.topicTests) {
        const fired = test.wouldFire.map((t) => `${JSON.stringify(t.name)}${t.own ? "" : " [NOT THIS STACK]"}`).join(", ") || "none";
        out.push(`  ${test.topic}: ${fired}`);
    }
    out.push("", "Genesys trigger test (each own trigger against the samples):");
    for (const test of report.triggerTests) {
        const ok = test.matched === test.mustMatch;
        out.push(`  ${ok ? "ok  " : "FIX "}${JSON.stringify(test.trigger)} ${test.matched ? "matches" : "does not match"} ${test.sample} (must ${test.mustMatch ? "" : "not "}match)`);
    }
    if (report.cognigy) {
        out.push("", `Cognigy call (data action test ${report.cognigy.actionId}): ${report.cognigy.success ? "ok" : `FAILED, HTTP ${report.cognigy.status ?? "?"}`}: ${report.cognigy.message}`);
    }
    if (report.notes.length > 0) {
        out.push("", "Notes:", ...report.notes.map((n) => `  - ${n}`));
    }
    out.push("");
    if (report.healthy) {
        out.push("Healthy: the org does what the stack declares.");
    } else {
        out.push(`${report.findings.length} finding(s):`, ...report.findings.map((f) => `  - ${f}`));
    }
    return out.join("\n") + "\n";
}
