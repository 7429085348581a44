import { LostEndsCheck } from "./findLostEnds";
import { LostEnd } from "./lostEndFromInstance";
import { ReplayOutcome } from "./replayLostEnds";

function lostEndLine(end: LostEnd): string {
    return `  ${end.time}  conversation ${end.conversationId ?? "(not recorded)"}  ${end.topic}  error: ${end.error}  (flow instance ${end.instanceId})`;
}

/** The text report of `--lost-ends` (no customer address and no input value ever appears in it). */
export function printLostEnds(check: LostEndsCheck): string {
    const out = [`Lost handover ends of stack ${check.stack}, ${check.from} to ${check.to} (--since ${check.since}): Genesys org in ${check.region} (${check.apiBaseUrl})`, ""];
    out.push("Workflows checked:");
    for (const w of check.workflows) {
        const state = w.id === undefined ? "NOT IN THE ORG" : `${w.id}: ${w.executionsInWindow} execution(s) in the window${w.windowNotCovered ? ", NOT ALL SEEN" : ""}`;
        out.push(`  ${JSON.stringify(w.name)}  ${state}`);
    }
    if (check.replayedBefore.length > 0) {
        out.push("", "Lost earlier and already sent again by a replay (not counted):", ...check.replayedBefore.map(lostEndLine));
    }
    if (check.notes.length > 0) {
        out.push("", "Notes:", ...check.notes.map((n) => `  - ${n}`));
    }
    out.push("");
    if (check.lostEnds.length === 0) {
        out.push(check.complete ? "No handover end was lost in the window." : "No lost end among the executions seen, but not every execution in the window was seen or read (see the notes).");
    } else {
        out.push(`${check.lostEnds.length} lost handover end(s): Cognigy never learned that these handovers ended.`, ...check.lostEnds.map(lostEndLine));
        out.push("", `Fix: find the cause (the error above; npm run doctor -- --stack ${check.stack} --call-cognigy tests the way to Cognigy), then send them again with`);
        out.push(`  npm run doctor -- --stack ${check.stack} --lost-ends --since ${check.since} --replay`);
    }
    return `${out.join("\n")}\n`;
}

export function printReplay(outcomes: readonly ReplayOutcome[]): string {
    const out = ["", "Replay:"];
    for (const o of outcomes) {
        const what = `conversation ${o.conversationId ?? "(not recorded)"} ${o.topic} (flow instance ${o.instanceId})`;
        if (o.status === "sent") {
            out.push(`  sent     ${what} through ${JSON.stringify(o.workflowName)} as execution ${o.executionId ?? "(no id)"} with ${o.inputsSent?.join(", ") || "no inputs"}`);
        } else {
            out.push(`  ${o.status.padEnd(8)} ${what}: ${o.reason ?? ""}`);
        }
    }
    const sent = outcomes.filter((o) => o.status === "sent").length;
    out.push("", `${sent} of ${outcomes.length} lost end(s) sent again. Genesys runs the workflows asynchronously: run --lost-ends again in a few minutes to see whether they reached Cognigy.`);
    return `${out.join("\n")}\n`;
}
