import { simulateCommand } from "../../tools/simulation/simulateCommand";

describe("npm run simulate -- --help", () => {
    it("prints usage, options and exit codes on stdout and evaluates nothing", async () => {
        let out = "";
        const evaluate = jest.fn();
        const code = await simulateCommand(["--help"], { stdout: (t) => (out += t), stderr: () => undefined, evaluate, cwd: process.cwd() });
        expect(code).toBe(0);
        expect(out).toContain("Usage: npm run simulate -- --stack <name>");
        for (const option of ["--stack", "--dir", "--events", "--topic", "--json", "--help"]) {
            expect(out).toMatch(new RegExp(`\\n {2}(-h, )?${option} `));
        }
        expect(out).toMatch(/Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 +cannot simulate/);
        expect(evaluate).not.toHaveBeenCalled();
    });
});
