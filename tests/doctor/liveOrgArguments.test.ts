import { parseLiveOrgArguments } from "../../tools/genesys/liveOrgArguments";

const DOCTOR_EXTRA = { "call-cognigy": { type: "boolean", default: false } } as const;

test("the shared options and the command's own, after npm's `--`", () => {
    expect(parseLiveOrgArguments(["--", "--stack", "dev", "--json", "--timeout", "5", "--call-cognigy"], DOCTOR_EXTRA)).toEqual({
        kind: "run",
        stack: "dev",
        json: true,
        timeout: "5",
        extra: { "call-cognigy": true },
    });
});

test("--help wins over everything else", () => {
    expect(parseLiveOrgArguments(["-h"], DOCTOR_EXTRA)).toEqual({ kind: "help" });
});

test("--stack is required, and another command's option is refused", () => {
    expect(parseLiveOrgArguments(["--json"], DOCTOR_EXTRA)).toEqual({
        kind: "invalid",
        message:
            "--stack is required. Fix: name a stack that has a Pulumi.<stack>.yaml file: npm run doctor -- --stack dev (the -- makes npm pass the options on to the command).",
    });
    expect(parseLiveOrgArguments([], {}, "adopt")).toMatchObject({ kind: "invalid", message: expect.stringContaining("npm run adopt -- --stack dev") });
    const outOnDoctor = parseLiveOrgArguments(["--stack", "dev", "--out", "x.json"], DOCTOR_EXTRA);
    expect(outOnDoctor.kind).toBe("invalid");
    expect(parseLiveOrgArguments(["--stack", "dev", "--out", "x.json"], { out: { type: "string" } })).toMatchObject({ kind: "run", extra: { out: "x.json" } });
});
