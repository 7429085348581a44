/**
 * The documentation stays navigable and true to the scripts: every relative link of README.md, docs/ and the
 * package READMEs resolves (file and heading), every `npm run` it shows names a script that exists, and README.md
 * stays a front page with its event-flow diagram. The parsers and checks are tested first, each with a case that
 * must be reported, so a check that cannot fail would show here.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { documentationFiles, frontPageProblems, FRONT_PAGE_MAX_LINES, linkProblems, npmRunProblems } from "./docsProblems";
import { extractLinks, extractNpmRunCommands, githubSlug, headingAnchors, isRelativeTarget, proseOnly } from "./markdownParts";

const root = path.join(__dirname, "..", "..");

describe("GitHub heading anchors", () => {
    test.each([
        ["Deploying for real", "deploying-for-real"],
        ["3. Genesys OAuth clients: one that deploys, one that only reads", "3-genesys-oauth-clients-one-that-deploys-one-that-only-reads"],
        ["Checking the live org (doctor)", "checking-the-live-org-doctor"],
        ["`.ci/run`", "cirun"],
        ["snake_case and kebab-case stay", "snake_case-and-kebab-case-stay"],
        ["Two  spaces", "two--spaces"],
        ["See [the docs](docs/x.md) now", "see-the-docs-now"],
    ])("%s -> #%s", (heading, slug) => {
        expect(githubSlug(heading)).toBe(slug);
    });

    test("repeated headings get -1, -2; headings inside code fences are none", () => {
        const markdown = ["# Title", "## Notes", "```sh", "# not a heading", "```", "## Notes", "### Notes", "#hashtag"].join("\n");
        expect(headingAnchors(markdown)).toEqual(["title", "notes", "notes-1", "notes-2"]);
    });
});

describe("link extraction", () => {
    test("inline links, images and reference definitions, with their lines; code is not prose", () => {
        const markdown = [
            "See [a](docs/a.md#part) and ![b](img/b.png \"title\").", // 1
            "`[not](a-link.md)` and", // 2
            "```md", // 3
            "[nor](this.md)", // 4
            "```", // 5
            "[ref]: docs/ref.md", // 6
            "[ext](https://example.com) [self](#top)", // 7
        ].join("\n");
        expect(extractLinks(markdown)).toEqual([
            { line: 1, target: "docs/a.md#part" },
            { line: 1, target: "img/b.png" },
            { line: 6, target: "docs/ref.md" },
            { line: 7, target: "https://example.com" },
            { line: 7, target: "#top" },
        ]);
        expect(proseOnly(markdown).split("\n")).toHaveLength(7);
    });

    test("only targets without a scheme are the repository's", () => {
        expect([isRelativeTarget("docs/a.md"), isRelativeTarget("#x"), isRelativeTarget("https://x"), isRelativeTarget("mailto:a@b"), isRelativeTarget("//cdn/x")]).toEqual([
            true,
            true,
            false,
            false,
            false,
        ]);
    });
});

describe("npm run extraction", () => {
    test("scripts, --silent, --prefix, npm test, and the a|b shorthand, from fences and code spans only", () => {
        const markdown = [
            "```sh", // 1
            "npm run --silent plan -- --stack prod   # a comment with npm run nothing", // 2
            "npm run build --prefix contract && npm run typecheck", // 3
            "```", // 4
            "Run `npm test` or `npm run plan|simulate`; prose npm run is not a command.", // 5
            "`npm run doctor -- --prefix not-npm-s`", // 6
            "Bare `npm run` lists the scripts; `npm run <script>` is a placeholder.", // 7
        ].join("\n");
        expect(extractNpmRunCommands(markdown).map(({ line, script, prefix }) => [line, script, prefix])).toEqual([
            [2, "plan", undefined],
            [3, "build", "contract"],
            [3, "typecheck", undefined],
            [5, "test", undefined],
            [5, "plan", undefined],
            [5, "simulate", undefined],
            [6, "doctor", undefined],
        ]);
    });
});

describe("the checks report what is broken, naming file, line and link or command", () => {
    let fixture: string;
    beforeAll(() => {
        fixture = fs.mkdtempSync(path.join(os.tmpdir(), "docs-links-"));
        fs.mkdirSync(path.join(fixture, "docs"));
        fs.mkdirSync(path.join(fixture, "policy"));
        fs.writeFileSync(path.join(fixture, "package.json"), JSON.stringify({ scripts: { plan: "x", test: "jest" } }));
        fs.writeFileSync(path.join(fixture, "policy", "package.json"), JSON.stringify({ scripts: { typecheck: "tsc" } }));
        fs.writeFileSync(path.join(fixture, "docs", "page.md"), "# Page\n## Part one\n");
        fs.writeFileSync(
            path.join(fixture, "README.md"),
            [
                "# Front", // 1
                "[ok](docs/page.md#part-one) [gone](docs/missing.md) [bad anchor](docs/page.md#part-two)", // 2
                "[self](#front) [self bad](#back) [outside](../elsewhere.md)", // 3
                "`npm run plan` `npm run deploy` `npm run typecheck --prefix policy` `npm run plan --prefix policy`", // 4
                "`npm run x --prefix nowhere`", // 5
            ].join("\n") + "\n",
        );
    });
    afterAll(() => fs.rmSync(fixture, { recursive: true, force: true }));

    test("broken links: a missing file, an anchor that is no heading, a path leaving the repository", () => {
        expect(linkProblems(fixture, "README.md")).toEqual([
            "README.md:2: link docs/missing.md: docs/missing.md does not exist",
            "README.md:2: link docs/page.md#part-two: docs/page.md has no heading with the anchor #part-two (its anchors: page, part-one)",
            "README.md:3: link #back: README.md has no heading with the anchor #back (its anchors: front)",
            "README.md:3: link ../elsewhere.md: ../elsewhere.md does not exist",
        ]);
        expect(linkProblems(fixture, "docs/page.md")).toEqual([]);
    });

    test("npm run of a script the package (root or --prefix) does not have", () => {
        expect(npmRunProblems(fixture, "README.md")).toEqual([
            'README.md:4: `npm run deploy`: package.json has no script "deploy" (its scripts: plan, test)',
            'README.md:4: `npm run plan --prefix policy`: policy/package.json has no script "plan" (its scripts: typecheck)',
            "README.md:5: `npm run x --prefix nowhere`: nowhere/package.json does not exist",
        ]);
    });

    test("a front page without a diagram, or longer than its budget", () => {
        expect(frontPageProblems(fixture)).toEqual([
            "README.md:1: no ```mermaid block: the front page shows the event flow of both delivery paths as a Mermaid diagram",
        ]);
        const long = ["# Front", "```mermaid", "flowchart TD", "```", ...Array.from({ length: FRONT_PAGE_MAX_LINES }, () => "text")];
        fs.writeFileSync(path.join(fixture, "README.md"), long.join("\n") + "\n");
        expect(frontPageProblems(fixture)).toEqual([
            `README.md:${FRONT_PAGE_MAX_LINES + 1}: the front page has ${FRONT_PAGE_MAX_LINES + 4} lines, more than ${FRONT_PAGE_MAX_LINES}: move detail into docs/`,
        ]);
    });
});

describe("this repository's documentation", () => {
    const files = documentationFiles(root);

    test("covers the front page, docs/ and the package READMEs", () => {
        expect(files).toEqual(expect.arrayContaining(["README.md", "docs/deploying.md", "policy/README.md"]));
    });

    test("every relative link resolves to a file, and every #anchor to a heading of it", () => {
        expect(files.flatMap((file) => linkProblems(root, file))).toEqual([]);
    });

    test("every npm run names a script of the package.json it runs against", () => {
        expect(files.flatMap((file) => npmRunProblems(root, file))).toEqual([]);
    });

    test(`README.md is a front page: at most ${FRONT_PAGE_MAX_LINES} lines, with a mermaid diagram`, () => {
        expect(frontPageProblems(root)).toEqual([]);
    });
});
