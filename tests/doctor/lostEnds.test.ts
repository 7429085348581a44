import { DeclaredStack, loadDeclaredStack } from "../../tools/genesys/declaredStack";
import { doctorCommand } from "../../tools/doctor/doctorCommand";
import { LostEndsCheck } from "../../tools/lostEnds/findLostEnds";
import { ReplayOutcome } from "../../tools/lostEnds/replayLostEnds";
import { OrgState, StoredFlowInstance } from "../../tools/localGenesys/orgState";
import { devStackOrg } from "../localGenesys/handWrittenOrgs";
import { REPO_ROOT, runAgainstLocalApi } from "../localGenesys/runAgainstLocalApi";

/**
 * doctor --lost-ends and --replay against the local Genesys API through the real SDK, with hand-written
 * execution history. The shape of each execution is what `POST /api/v2/flows/instances/query` documents
 * (FlowExecutionDataQueryResult); the execution data download is our inferred shape (tools/lostEnds/executionDataInputs.ts).
 */

const NOW = new Date("2026-12-07T12:00:00.000Z");
const CUSTOMER_ADDRESS = "+4915112345678";
const OTHER_ADDRESS = "+4915199999999";

let declared: DeclaredStack;

beforeAll(async () => {
    declared = await loadDeclaredStack(REPO_ROOT, "dev");
});

function executionData(conversationId: string, address: string, disconnectType?: string): unknown {
    const statements = [{ variableName: "Flow.addressTo", value: address }, ...(disconnectType ? [{ variableName: "Flow.disconnectType", value: disconnectType }] : [])];
    return { flow: { conversationId, flowType: "WORKFLOW", execution: [{ startedFlow: { statements } }, { eventError: { errorReason: "Error.DataAction.Failure" } }] } };
}

/** A clean execution's execution data, ending with an End Workflow's exit reason (our inferred shape, see workflowExitReason.ts). */
function endedWith(exitReason: string): unknown {
    return { flow: { flowType: "WORKFLOW", execution: [{ startedFlow: { statements: [{ variableName: "Flow.addressTo", value: OTHER_ADDRESS }] } }, { endedFlow: { exitReason } }] } };
}

/** live-workflow-0 is the acw workflow, live-workflow-1 the user.end workflow (devStackOrg, written by hand). */
function history(): StoredFlowInstance[] {
    return [
        {
            id: "clean-acw",
            flowId: "live-workflow-0",
            conversationId: "conv-clean",
            startDateTime: "2026-12-07T10:00:00.000Z",
            flowErrorReason: "NONE",
            executionData: endedWith("HandoverEndDelivered"),
        },
        {
            id: "lost-acw",
            flowId: "live-workflow-0",
            conversationId: "conv-b",
            startDateTime: "2026-12-07T11:00:00.000Z",
            flowErrorReason: "Error.DataAction.Failure",
            executionData: executionData("conv-b", CUSTOMER_ADDRESS),
        },
        {
            id: "lost-acw-again",
            flowId: "live-workflow-0",
            conversationId: "conv-b",
            startDateTime: "2026-12-07T11:00:05.000Z",
            flowErrorReason: "Error.DataAction.Failure",
            executionData: executionData("conv-b", CUSTOMER_ADDRESS),
        },
        {
            id: "lost-user-end",
            flowId: "live-workflow-1",
            conversationId: "conv-b",
            startDateTime: "2026-12-07T09:30:00.000Z",
            flowErrorReason: "Error.DataAction.Timeout",
            executionData: executionData("conv-b", CUSTOMER_ADDRESS, "CLIENT"),
        },
        { id: "lost-long-ago", flowId: "live-workflow-0", conversationId: "conv-old", startDateTime: "2026-12-05T11:00:00.000Z", flowErrorReason: "Error.DataAction.Failure" },
        { id: "lost-other-flow", flowId: "someone-elses-flow", conversationId: "conv-x", startDateTime: "2026-12-07T11:30:00.000Z", flowErrorReason: "Error.Unknown" },
    ];
}

function orgWithHistory(instances: StoredFlowInstance[] = history()): OrgState {
    return { ...devStackOrg(), flowInstances: instances };
}

async function lostEnds(org: OrgState, argv: string[] = [], options: Parameters<typeof runAgainstLocalApi>[4] = {}) {
    return runAgainstLocalApi(doctorCommand, declared, org, ["--stack", "dev", "--lost-ends", ...argv], { ...options, io: { now: () => NOW, ...options.io } });
}

describe("doctor --lost-ends lists the failed or errored executions of the stack's handover workflows", () => {
    it("lists each lost end in the window with conversation id, time, topic and error, oldest first (exit 1)", async () => {
        const run = await lostEnds(orgWithHistory(), ["--json"]);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(1);
        const check = JSON.parse(run.stdout) as LostEndsCheck;
        expect(check.from).toBe("2026-12-06T12:00:00.000Z");
        expect(check.to).toBe("2026-12-07T12:00:00.000Z");
        expect(check.lostEnds).toEqual([
            {
                instanceId: "lost-user-end",
                workflowName: "Workflow conversation.id.user.end (dev)",
                workflowId: "live-workflow-1",
                conversationId: "conv-b",
                time: "2026-12-07T09:30:00.000Z",
                topic: "v2.detail.events.conversation.id.user.end",
                error: "Error.DataAction.Timeout",
            },
            {
                instanceId: "lost-acw",
                workflowName: "Workflow conversation.id.acw (dev)",
                workflowId: "live-workflow-0",
                conversationId: "conv-b",
                time: "2026-12-07T11:00:00.000Z",
                topic: "v2.detail.events.conversation.id.acw",
                error: "Error.DataAction.Failure",
            },
            {
                instanceId: "lost-acw-again",
                workflowName: "Workflow conversation.id.acw (dev)",
                workflowId: "live-workflow-0",
                conversationId: "conv-b",
                time: "2026-12-07T11:00:05.000Z",
                topic: "v2.detail.events.conversation.id.acw",
                error: "Error.DataAction.Failure",
            },
        ]);
        expect(check.workflows).toEqual([
            { name: "Workflow conversation.id.acw (dev)", id: "live-workflow-0", executionsInWindow: 3, windowNotCovered: false, outcomeUnknown: 0 },
            { name: "Workflow conversation.id.user.end (dev)", id: "live-workflow-1", executionsInWindow: 1, windowNotCovered: false, outcomeUnknown: 0 },
        ]);
        expect(check.complete).toBe(true);
    });

    it("lists a clean execution whose exit reason says the workflow gave up or was refused (read from its execution data)", async () => {
        const cleanButLost: StoredFlowInstance[] = [
            { id: "gave-up-acw", flowId: "live-workflow-0", conversationId: "conv-g", startDateTime: "2026-12-07T10:30:00.000Z", flowErrorReason: "NONE", executionData: endedWith("HandoverEndNotDelivered") },
            { id: "rejected-user-end", flowId: "live-workflow-1", conversationId: "conv-r", startDateTime: "2026-12-07T10:40:00.000Z", executionData: endedWith("HandoverEndRejected") },
        ];
        const run = await lostEnds(orgWithHistory([...history(), ...cleanButLost]), ["--json"]);
        expect(run.code).toBe(1);
        const check = JSON.parse(run.stdout) as LostEndsCheck;
        expect(check.lostEnds.filter((e) => e.instanceId === "gave-up-acw" || e.instanceId === "rejected-user-end")).toEqual([
            {
                instanceId: "gave-up-acw",
                workflowName: "Workflow conversation.id.acw (dev)",
                workflowId: "live-workflow-0",
                conversationId: "conv-g",
                time: "2026-12-07T10:30:00.000Z",
                topic: "v2.detail.events.conversation.id.acw",
                error: "the workflow gave up: every attempt failed or timed out (exit reason HandoverEndNotDelivered)",
            },
            {
                instanceId: "rejected-user-end",
                workflowName: "Workflow conversation.id.user.end (dev)",
                workflowId: "live-workflow-1",
                conversationId: "conv-r",
                time: "2026-12-07T10:40:00.000Z",
                topic: "v2.detail.events.conversation.id.user.end",
                error: "the request was refused with a 4xx that a retry would not fix, so the workflow did not retry (exit reason HandoverEndRejected); fix the cause before replaying",
            },
        ]);
        expect(check.lostEnds.map((e) => e.instanceId)).toEqual(["lost-user-end", "gave-up-acw", "rejected-user-end", "lost-acw", "lost-acw-again"]);
        // One download job for the clean executions in the window (each workflow's newest first), none for the failed
        // ones (their error says enough).
        const jobs = run.server.requested("POST", "/api/v2/flows/instances/jobs").map((r) => JSON.parse(r.body) as unknown);
        expect(jobs).toEqual([{ ids: ["gave-up-acw", "clean-acw", "rejected-user-end"] }]);
        expect(check.complete).toBe(true);
    });

    it("downloads execution data 20 executions per job", async () => {
        const many: StoredFlowInstance[] = Array.from({ length: 25 }, (_, n) => ({
            id: `clean-${String(n).padStart(2, "0")}`,
            flowId: "live-workflow-0",
            startDateTime: `2026-12-07T10:${String(n).padStart(2, "0")}:00.000Z`,
            flowErrorReason: "NONE",
            executionData: endedWith("HandoverEndDelivered"),
        }));
        const run = await lostEnds(orgWithHistory(many));
        expect(run.code).toBe(0);
        const jobs = run.server.requested("POST", "/api/v2/flows/instances/jobs").map((r) => (JSON.parse(r.body) as { ids: string[] }).ids.length);
        expect(jobs).toEqual([20, 5]);
    });

    it("cannot tell whether a clean execution without a readable exit reason reached Cognigy: says so, names the fix, exits 2", async () => {
        const unreadable: StoredFlowInstance[] = [
            { id: "no-data", flowId: "live-workflow-0", startDateTime: "2026-12-07T10:00:00.000Z", flowErrorReason: "NONE" },
            { id: "no-reason", flowId: "live-workflow-0", startDateTime: "2026-12-07T10:01:00.000Z", flowErrorReason: "NONE", executionData: { flow: { execution: [] } } },
        ];
        const run = await lostEnds(orgWithHistory(unreadable), ["--json"]);
        expect(run.code).toBe(2);
        const check = JSON.parse(run.stdout) as LostEndsCheck;
        expect(check.lostEnds).toEqual([]);
        expect(check.complete).toBe(false);
        expect(check.workflows[0].outcomeUnknown).toBe(2);
        // The newest is read first; the older one's data had aged out (404), which is the other way to be unreadable.
        expect(run.server.requested("POST", "/api/v2/flows/instances/jobs").map((r) => JSON.parse(r.body) as unknown)).toEqual([{ ids: ["no-reason", "no-data"] }]);
        expect(check.notes).toEqual([
            'Workflow "Workflow conversation.id.acw (dev)" (live-workflow-0): 2 execution(s) ran without an error, but whether they reached Cognigy could not be read ' +
                "(first: its execution data names no exit reason). " +
                'Fix: keep the workflows\' execution data with workflowLogLevel (README, "Configuration"), then check again; executions from before the retrying workflow carry no exit reason at all.',
        ]);
    });

    it("asks Genesys for each workflow's executions by flow id, and for nothing else", async () => {
        const run = await lostEnds(orgWithHistory());
        const queries = run.server.requested("POST", "/api/v2/flows/instances/query");
        expect(queries.map((q) => JSON.parse(q.body) as unknown)).toEqual([
            { query: [{ criteria: { key: "FlowId", operator: "eq", value: "live-workflow-0" } }] },
            { query: [{ criteria: { key: "FlowId", operator: "eq", value: "live-workflow-1" } }] },
        ]);
        expect(queries.map((q) => q.query)).toEqual([{ pageSize: "200" }, { pageSize: "200" }]);
        expect(run.server.requested("POST", "/api/v2/flows/executions")).toEqual([]);
        expect(run.server.requested("GET", "/api/v2/flows/instances/settings/executiondata")).toHaveLength(1);
    });

    it("prints them as text without the customer's address, with the replay command as the fix", async () => {
        const run = await lostEnds(orgWithHistory(), ["--since", "24h"]);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain(
            "  2026-12-07T11:00:00.000Z  conversation conv-b  v2.detail.events.conversation.id.acw  error: Error.DataAction.Failure  (flow instance lost-acw)",
        );
        expect(run.stdout).toContain("3 lost handover end(s): Cognigy never learned that these handovers ended.");
        expect(run.stdout).toContain("  npm run doctor -- --stack dev --lost-ends --since 24h --replay");
        expect(run.stdout).not.toContain(CUSTOMER_ADDRESS);
        expect(run.stdout).not.toContain("conv-old");
        expect(run.stdout).not.toContain("conv-x");
    });

    it("looks further back with --since 7d and finds the older loss too", async () => {
        const run = await lostEnds(orgWithHistory(), ["--since", "7d", "--json"]);
        const check = JSON.parse(run.stdout) as LostEndsCheck;
        expect(check.lostEnds.map((e) => e.instanceId)).toEqual(["lost-long-ago", "lost-user-end", "lost-acw", "lost-acw-again"]);
    });

    it("exits 0 when every execution in the window ran clean", async () => {
        const clean = history().filter((i) => i.id === "clean-acw" || i.id === "lost-long-ago");
        const run = await lostEnds(orgWithHistory(clean));
        expect(run.code).toBe(0);
        expect(run.stdout).toContain("No handover end was lost in the window.");
    });

    it("exits 2 when Genesys holds more executions than one query returns and the window is not covered", async () => {
        const busy: StoredFlowInstance[] = [0, 1, 2].map((n) => ({ id: `clean-${n}`, flowId: "live-workflow-0", startDateTime: `2026-12-07T1${n}:00:00.000Z`, flowErrorReason: "NONE" }));
        const run = await lostEnds(orgWithHistory(busy), [], { behaviour: { maxPageSize: 2 } });
        expect(run.code).toBe(2);
        expect(run.stdout).toContain('Workflow "Workflow conversation.id.acw (dev)" (live-workflow-0) ran more often than one query returns (2 of 3 executions)');
        expect(run.stdout).toContain("Fix: check more often with a shorter --since (e.g. hourly with --since 1h).");
    });

    it("exits 2 when a handover workflow is not in the org: its ends cannot be checked", async () => {
        const org = orgWithHistory();
        org.flows = org.flows.filter((flow) => flow.id !== "live-workflow-1");
        const run = await lostEnds(org, ["--json"]);
        const check = JSON.parse(run.stdout) as LostEndsCheck;
        expect(check.workflows[1]).toEqual({ name: "Workflow conversation.id.user.end (dev)", executionsInWindow: 0, outcomeUnknown: 0, windowNotCovered: true });
        expect(check.complete).toBe(false);
        expect(check.notes).toContain(
            'Workflow "Workflow conversation.id.user.end (dev)" is not in the org, so its executions were not checked. Fix: npm run doctor -- --stack dev shows why; pulumi up creates it.',
        );
        const clean = orgWithHistory(history().filter((i) => i.id === "clean-acw"));
        clean.flows = clean.flows.filter((flow) => flow.id !== "live-workflow-1");
        expect((await lostEnds(clean)).code).toBe(2);
    });

    it("refuses a bad --since with the fix (exit 2) and asks Genesys nothing", async () => {
        const run = await lostEnds(orgWithHistory(), ["--since", "1w"]);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
            'doctor: --since "1w" is not a window doctor understands. Fix: give a whole number from 1 to 9999 followed by m (minutes), h (hours) or d (days), e.g. --since 24h, --since 90m or --since 7d.\n',
        );
        expect(run.server.requests).toEqual([]);
    });

    it("cannot check when the org keeps no execution data (exit 2, names the setting)", async () => {
        const run = await lostEnds({ ...orgWithHistory(), executionDataEnabled: false });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("doctor: cannot check lost ends of stack dev: the org keeps no flow execution data");
        expect(run.stderr).toContain('PATCH /api/v2/flows/instances/settings/executiondata with {"enabled": true}');
    });

    it("names the missing permission when the query is refused (exit 2)", async () => {
        const run = await lostEnds(orgWithHistory(), [], { behaviour: { forbidden: { "POST /api/v2/flows/instances/query": "architect:flowInstance:search" } } });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("POST /api/v2/flows/instances/query was refused (HTTP 403): the OAuth client's role lacks architect:flowInstance:search");
    });

    it("refuses --since, --replay and --yes without --lost-ends", async () => {
        const run = await runAgainstLocalApi(doctorCommand, declared, orgWithHistory(), ["--stack", "dev", "--replay"]);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe("doctor: --replay only works with --lost-ends. Fix: add it, e.g. npm run doctor -- --stack dev --lost-ends --since 24h --replay\n");
    });

    it("says where to look on an EventBridge stack (exit 2)", async () => {
        // What declaredStackFrom makes of an EventBridge stack: no webhook path (tests/doctor/eventbridgeDoctor.test.ts loads one).
        const eventbridge: DeclaredStack = { ...declared, stack: "example-saas", webhook: undefined };
        const run = await runAgainstLocalApi(doctorCommand, eventbridge, orgWithHistory(), ["--stack", "example-saas", "--lost-ends"]);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("delivers handover ends through Amazon EventBridge and has no Genesys workflows to check");
        expect(run.stderr).toContain("dead-letter queue");
    });
});

describe("doctor --lost-ends --replay sends each lost end through its workflow again", () => {
    it("launches each end once with its original inputs from the execution data, and reports what it sent (--yes)", async () => {
        const run = await lostEnds(orgWithHistory(), ["--replay", "--yes", "--json"]);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        const launches = (run.server.org.flowLaunches ?? []).map(({ flowId, name, inputData }) => ({ flowId, name, inputData }));
        expect(launches).toEqual([
            {
                flowId: "live-workflow-1",
                name: "Replay of lost handover end lost-user-end",
                inputData: { "Flow.addressTo": CUSTOMER_ADDRESS, "Flow.disconnectType": "CLIENT" },
            },
            { flowId: "live-workflow-0", name: "Replay of lost handover end lost-acw", inputData: { "Flow.addressTo": CUSTOMER_ADDRESS } },
        ]);
        const replay = (JSON.parse(run.stdout) as { replay: ReplayOutcome[] }).replay;
        expect(replay.map((o) => [o.instanceId, o.status, o.inputsSent])).toEqual([
            ["lost-user-end", "sent", ["Flow.addressTo", "Flow.disconnectType"]],
            ["lost-acw", "sent", ["Flow.addressTo"]],
            ["lost-acw-again", "duplicate", undefined],
        ]);
        expect(replay[2].reason).toBe("the same handover end (conversation and event) was already sent in this run, from flow instance lost-acw");
        expect(run.stdout).not.toContain(CUSTOMER_ADDRESS);
    });

    it("prints the replay as text without the customer's address", async () => {
        const run = await lostEnds(orgWithHistory(), ["--replay", "--yes"]);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(/ {2}sent {5}conversation conv-b v2\.detail\.events\.conversation\.id\.acw \(flow instance lost-acw\) through "Workflow conversation\.id\.acw \(dev\)" as execution [0-9a-f-]{36} with Flow\.addressTo\n/);
        expect(run.stdout).toContain("2 of 3 lost end(s) sent again.");
        expect(run.stdout).not.toContain(CUSTOMER_ADDRESS);
    });

    it("does not count ends a replay already sent on the next check (exit 0)", async () => {
        const first = await lostEnds(orgWithHistory(), ["--replay", "--yes"]);
        const second = await lostEnds(first.server.org, ["--json"]);
        const check = JSON.parse(second.stdout) as LostEndsCheck;
        expect(check.replayedBefore.map((e) => e.instanceId)).toEqual(["lost-user-end", "lost-acw"]);
        // The duplicate execution of the same end stays listed: its end was re-sent through lost-acw, which doctor cannot tie to it.
        expect(check.lostEnds.map((e) => e.instanceId)).toEqual(["lost-acw-again"]);
    });

    it("keeps listing an end whose replay failed again, and does not list the failed replay as another end", async () => {
        const failedReplay: StoredFlowInstance = {
            id: "replay-failed",
            name: "Replay of lost handover end lost-acw",
            flowId: "live-workflow-0",
            startDateTime: "2026-12-07T11:30:00.000Z",
            flowErrorReason: "Error.DataAction.Failure",
        };
        const run = await lostEnds(orgWithHistory([...history(), failedReplay]), ["--json"]);
        const check = JSON.parse(run.stdout) as LostEndsCheck;
        expect(check.lostEnds.map((e) => e.instanceId)).toEqual(["lost-user-end", "lost-acw", "lost-acw-again"]);
        expect(check.replayedBefore).toEqual([]);
    });

    it("keeps listing an end whose replay ran clean but gave up again (its exit reason says so)", async () => {
        const gaveUpReplay: StoredFlowInstance = {
            id: "replay-gave-up",
            name: "Replay of lost handover end lost-acw",
            flowId: "live-workflow-0",
            startDateTime: "2026-12-07T11:30:00.000Z",
            flowErrorReason: "NONE",
            executionData: endedWith("HandoverEndNotDelivered"),
        };
        const run = await lostEnds(orgWithHistory([...history(), gaveUpReplay]), ["--json"]);
        const check = JSON.parse(run.stdout) as LostEndsCheck;
        expect(check.lostEnds.map((e) => e.instanceId)).toEqual(["lost-user-end", "lost-acw", "lost-acw-again"]);
        expect(check.replayedBefore).toEqual([]);
    });

    it("refuses to send without a terminal to ask and without --yes (exit 2), and sends nothing", async () => {
        const run = await lostEnds(orgWithHistory(), ["--replay"]);
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(
            "doctor: --replay would send 3 handover end(s) to Cognigy again, and there is no terminal to ask whether to. Fix: run it in a terminal and answer the question, or add --yes to send without asking.\n",
        );
        expect(run.server.org.flowLaunches ?? []).toEqual([]);
    });

    it("asks first and sends nothing when the answer is not yes", async () => {
        const questions: string[] = [];
        const ask = async (question: string): Promise<string> => {
            questions.push(question);
            return "n";
        };
        const run = await lostEnds(orgWithHistory(), ["--replay"], { io: { interactive: true, ask } });
        expect(questions).toEqual(["Send these 3 lost handover end(s) through their workflows again? Cognigy gets each end once more. [y/N] "]);
        expect(run.code).toBe(1);
        expect(run.stdout).toContain("Nothing sent.");
        expect(run.server.org.flowLaunches ?? []).toEqual([]);
    });

    it("sends after a yes", async () => {
        const run = await lostEnds(orgWithHistory(), ["--replay"], { io: { interactive: true, ask: async () => "yes" } });
        expect(run.code).toBe(0);
        expect((run.server.org.flowLaunches ?? []).map((l) => l.name)).toEqual(["Replay of lost handover end lost-user-end", "Replay of lost handover end lost-acw"]);
    });

    it("skips an end whose execution data holds no address, says how to record it, and exits 1", async () => {
        const instances = history().map((i) => (i.id === "lost-user-end" ? { ...i, executionData: { flow: { execution: [] } } } : i));
        const run = await lostEnds(orgWithHistory(instances), ["--replay", "--yes", "--json"]);
        expect(run.code).toBe(1);
        const replay = (JSON.parse(run.stdout) as { replay: ReplayOutcome[] }).replay;
        expect(replay[0]).toEqual({
            instanceId: "lost-user-end",
            conversationId: "conv-b",
            topic: "v2.detail.events.conversation.id.user.end",
            workflowName: "Workflow conversation.id.user.end (dev)",
            status: "skipped",
            reason: "its execution data holds no Flow.addressTo, so Cognigy could not tell whose session ended. Fix: set the stack's workflowLogLevel to All so Genesys records the workflows' inputs (docs/doctor.md)",
        });
        expect((run.server.org.flowLaunches ?? []).map((l) => l.flowId)).toEqual(["live-workflow-0"]);
    });

    it("sends two ends of one customer without a recorded conversation only once", async () => {
        const instances: StoredFlowInstance[] = ["first", "second"].map((id, n) => ({
            id,
            flowId: "live-workflow-0",
            startDateTime: `2026-12-07T11:0${n}:00.000Z`,
            flowErrorReason: "Error.DataAction.Failure",
            executionData: executionData("", OTHER_ADDRESS),
        }));
        const run = await lostEnds(orgWithHistory(instances), ["--replay", "--yes", "--json"]);
        const replay = (JSON.parse(run.stdout) as { replay: ReplayOutcome[] }).replay;
        expect(replay.map((o) => o.status)).toEqual(["sent", "duplicate"]);
        expect(run.server.org.flowLaunches).toHaveLength(1);
        expect(run.code).toBe(0);
    });
});
