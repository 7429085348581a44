/**
 * Build once by source digest (contract/scripts/sourceDigest.js), shared by the contract build, the policy pack
 * build and the transpile cache: a build is skipped only while its sources hash to the digest it recorded.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { DIGEST_FILE_NAME, buildOnce, digestOf, filesDigest, isBuildCurrent, sourceFiles } from "../../contract/scripts/sourceDigest";

let root: string;
beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "source-digest-"));
    fs.mkdirSync(path.join(root, "src", "nested"), { recursive: true });
    fs.writeFileSync(path.join(root, "src", "a.ts"), "export const a = 1;\n");
    fs.writeFileSync(path.join(root, "src", "nested", "b.ts"), "export const b = 2;\n");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const digest = (): string => filesDigest(root, sourceFiles(root, { extensions: [".ts"], skip: ["bin"] }));

describe("filesDigest", () => {
    test("the same sources give the same digest", () => {
        expect(digest()).toBe(digest());
    });

    test.each([
        ["a changed source", () => fs.writeFileSync(path.join(root, "src", "a.ts"), "export const a = 2;\n")],
        ["an added source", () => fs.writeFileSync(path.join(root, "src", "c.ts"), "export {};\n")],
        ["a removed source", () => fs.rmSync(path.join(root, "src", "nested", "b.ts"))],
        ["a renamed source", () => fs.renameSync(path.join(root, "src", "a.ts"), path.join(root, "src", "z.ts"))],
    ])("%s changes the digest", (_what, change) => {
        const before = digest();
        change();
        expect(digest()).not.toBe(before);
    });

    test("files outside the listed extensions, skipped directories and dot entries do not count", () => {
        const before = digest();
        fs.writeFileSync(path.join(root, "src", "notes.md"), "# notes\n");
        fs.mkdirSync(path.join(root, "bin"));
        fs.writeFileSync(path.join(root, "bin", "a.ts"), "stale\n");
        fs.mkdirSync(path.join(root, ".cache"));
        fs.writeFileSync(path.join(root, ".cache", "x.ts"), "cached\n");
        expect(digest()).toBe(before);
    });
});

describe("digestOf", () => {
    test("text moved between parts changes the digest", () => {
        expect(digestOf([["file", "ab"], ["source", "c"]])).not.toBe(digestOf([["file", "a"], ["source", "bc"]]));
        expect(digestOf([["ab", "c"]])).not.toBe(digestOf([["a", "bc"]]));
    });
});

describe("buildOnce", () => {
    const buildDir = (): string => path.join(root, "bin");
    const entry = (): string => path.join(buildDir(), "index.js");
    let builds: number;
    const once = (): boolean =>
        buildOnce({
            buildDir: buildDir(),
            entry: entry(),
            digest,
            build: () => {
                builds += 1;
                fs.mkdirSync(buildDir(), { recursive: true });
                fs.writeFileSync(entry(), `// build ${builds}\n`);
            },
        });
    beforeEach(() => {
        builds = 0;
    });

    test("builds once, then skips while the sources are unchanged", () => {
        expect(once()).toBe(true);
        expect(once()).toBe(false);
        expect(builds).toBe(1);
        expect(fs.readFileSync(path.join(buildDir(), DIGEST_FILE_NAME), "utf8").trim()).toBe(digest());
    });

    test("a changed source builds again and removes the old output first", () => {
        once();
        fs.writeFileSync(path.join(buildDir(), "leftover.js"), "from the old build\n");
        fs.writeFileSync(path.join(root, "src", "a.ts"), "export const a = 3;\n");
        expect(isBuildCurrent(buildDir(), entry(), digest())).toBe(false);
        expect(once()).toBe(true);
        expect(builds).toBe(2);
        expect(fs.existsSync(path.join(buildDir(), "leftover.js"))).toBe(false);
        expect(isBuildCurrent(buildDir(), entry(), digest())).toBe(true);
    });

    test("a recorded digest without the entry point is not a build", () => {
        once();
        fs.rmSync(entry());
        expect(isBuildCurrent(buildDir(), entry(), digest())).toBe(false);
        expect(once()).toBe(true);
    });

    test("a failed build records no digest, so the next run builds again", () => {
        expect(() =>
            buildOnce({
                buildDir: buildDir(),
                entry: entry(),
                digest,
                build: () => {
                    fs.mkdirSync(buildDir(), { recursive: true });
                    fs.writeFileSync(entry(), "half\n");
                    throw new Error("tsc failed");
                },
            }),
        ).toThrow("tsc failed");
        expect(isBuildCurrent(buildDir(), entry(), digest())).toBe(false);
    });
});
