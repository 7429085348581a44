/**
 * The plan starts a policy pack on its compiled build only while that build matches the pack's sources; any
 * other pack, or a pack edited since its build, starts from TypeScript as the CLI starts it.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain JavaScript, shared with the postinstall
const packBuild = require("../../tools/policyPackBuild") as {
    currentBuildEntry(packDir: string): string | undefined;
    sourceDigest(packDir: string): string;
};

let pack: string;
beforeEach(() => {
    pack = fs.mkdtempSync(path.join(os.tmpdir(), "pack-build-"));
    fs.mkdirSync(path.join(pack, "policies"));
    fs.writeFileSync(path.join(pack, "index.ts"), "import './policies/rule';\n");
    fs.writeFileSync(path.join(pack, "policies", "rule.ts"), "export const rule = 1;\n");
    fs.writeFileSync(path.join(pack, "tsconfig.json"), "{}\n");
});
afterEach(() => fs.rmSync(pack, { recursive: true, force: true }));

function recordBuild(digest: string): string {
    fs.mkdirSync(path.join(pack, "bin"), { recursive: true });
    const entry = path.join(pack, "bin", "index.js");
    fs.writeFileSync(entry, "require('./policies/rule');\n");
    fs.writeFileSync(path.join(pack, "bin", "source-digest.txt"), `${digest}\n`);
    return entry;
}

test("a pack without a build starts from TypeScript", () => {
    expect(packBuild.currentBuildEntry(pack)).toBeUndefined();
});

test("a build of the current sources is used", () => {
    const entry = recordBuild(packBuild.sourceDigest(pack));
    expect(packBuild.currentBuildEntry(pack)).toBe(entry);
});

test.each([
    ["a policy edited", () => fs.writeFileSync(path.join(pack, "policies", "rule.ts"), "export const rule = 2;\n")],
    ["a policy added", () => fs.writeFileSync(path.join(pack, "policies", "other.ts"), "export {};\n")],
    ["the tsconfig changed", () => fs.writeFileSync(path.join(pack, "tsconfig.json"), '{"compilerOptions":{"strict":true}}\n')],
])("after %s, the stale build is not used", (_what, change) => {
    recordBuild(packBuild.sourceDigest(pack));
    change();
    expect(packBuild.currentBuildEntry(pack)).toBeUndefined();
});

test("tests and policy configs are not part of the build, so editing them keeps it current", () => {
    const entry = recordBuild(packBuild.sourceDigest(pack));
    fs.mkdirSync(path.join(pack, "tests"));
    fs.writeFileSync(path.join(pack, "tests", "rule.test.ts"), "test('x', () => undefined);\n");
    fs.mkdirSync(path.join(pack, "config"));
    fs.writeFileSync(path.join(pack, "config", "dev.json"), "{}\n");
    expect(packBuild.currentBuildEntry(pack)).toBe(entry);
});
