import { deliveredSamples, JsonReport, notesOf } from "./fixtures/jsonReport";
import { runCommand } from "./fixtures/runCommand";
import { evaluateIsolated } from "../helpers/isolatedEvaluation";

/**
 * `npm run simulate -- --stack <stack>` over every committed stack, through the real program and the shared
 * evaluator (each evaluation in a module registry of its own).
 */
interface StackExpectation {
    readonly stack: string;
    readonly why: string;
    readonly deliveries: number;
    /** Samples that reach Cognigy, when the stack is scoped so that exactly these may. */
    readonly delivered?: readonly string[];
    /** Notes a sample's outcome must carry (from `--json`). */
    readonly notes?: Readonly<Record<string, string>>;
    /** What the human output must show. */
    readonly output: readonly (string | RegExp)[];
}

const STACKS: readonly StackExpectation[] = [
    {
        stack: "dev",
        why: "dev shares the org with prod: a prod conversation, or one on another integration's queue, never reaches dev",
        deliveries: 2,
        delivered: ["acw-open-messaging-dev-queue", "user-end-open-messaging-dev-queue"],
        notes: { "acw-open-messaging": `queueId In ["d7e8f9a0-b1c2-4d3e-8f4a-5b6c7d8e9f01"] (event has "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d")` },
        output: [/ 2 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/],
    },
    {
        stack: "prod",
        why: "a dev conversation, or one on another integration's queue, never reaches prod",
        deliveries: 2,
        delivered: ["acw-open-messaging", "user-end-open-messaging"],
        notes: { "user-end-open-messaging-other-queue": `(event has "c0ffee00-1234-4abc-9def-0123456789ab")` },
        output: [/ 2 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/],
    },
    {
        stack: "example-proxy",
        why: "its org serves only this Cognigy, so its triggers are unscoped and every Open Messaging sample reaches it, with Basic Auth",
        deliveries: 7,
        output: ["authorization: Basic [credentials.basicAuth]", / 7 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/],
    },
    {
        stack: "example-onprem",
        why: "source filter -> partner bus -> rule -> API destination, with the connection's API key masked",
        deliveries: 1,
        output: [/eventbridge \(topic subscribed\): matched rule/, "authorization: [secret]", / 1 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/],
    },
    {
        stack: "example-saas",
        why: "the rule and API destination live in Cognigy's AWS account: nothing of this stack posts to Cognigy",
        deliveries: 0,
        output: [/ 0 request\(s\) reached the Cognigy stand-in, 0 failure\(s\): OK/],
    },
];

describe.each(STACKS)("simulate --stack $stack", ({ stack, why, deliveries, delivered, notes, output }) => {
    test(`exits 0 with ${deliveries} deliveries: ${why}`, async () => {
        const run = await runCommand(["--stack", stack, "--json"], evaluateIsolated);
        const report = JSON.parse(run.stdout || "{}") as JsonReport;
        expect({ code: run.code, stderr: run.stderr, failures: report.failures, deliveries: report.deliveries }).toEqual({ code: 0, stderr: "", failures: [], deliveries });
        if (delivered !== undefined) {
            expect(deliveredSamples(report)).toEqual(delivered);
        }
        for (const [sample, note] of Object.entries(notes ?? {})) {
            expect(notesOf(report, sample)).toContain(note);
        }
    });

    test("prints what happened to each sample", async () => {
        const run = await runCommand(["--stack", stack], evaluateIsolated);
        expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
        for (const expected of output) {
            expect(run.stdout).toMatch(expected);
        }
    });
});
