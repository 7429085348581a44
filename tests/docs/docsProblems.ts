/**
 * What is wrong with the repository's documentation, as messages that name the file, the line and the broken
 * link or command: relative links to missing files or headings, `npm run` scripts no package.json defines, a
 * front page grown past its budget or without its diagram. Each check takes the repository root, so the tests
 * can run it on a small fixture tree as well.
 */
import * as fs from "fs";
import * as path from "path";
import { extractLinks, extractNpmRunCommands, headingAnchors, isRelativeTarget } from "./markdownParts";

/** The front page stays a front page; the detail lives in docs/. */
export const FRONT_PAGE_MAX_LINES = 250;

/** README.md, every Markdown file under docs/, and the READMEs of the packages the front page links to. */
export function documentationFiles(root: string): string[] {
    const underDocs = (dir: string): string[] =>
        fs.existsSync(path.join(root, dir))
            ? fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
                  const relative = path.posix.join(dir, entry.name);
                  return entry.isDirectory() ? underDocs(relative) : entry.name.endsWith(".md") ? [relative] : [];
              })
            : [];
    const packageReadmes = ["policy/README.md", "sdks/genesyscloud/README.md"].filter((file) => fs.existsSync(path.join(root, file)));
    return ["README.md", ...underDocs("docs").sort(), ...packageReadmes];
}

function read(root: string, file: string): string {
    return fs.readFileSync(path.join(root, file), "utf8");
}

/** Relative links of `file` (relative to root) whose file does not exist, or whose `#anchor` is no heading of that Markdown file. */
export function linkProblems(root: string, file: string): string[] {
    const problems: string[] = [];
    for (const { line, target } of extractLinks(read(root, file))) {
        if (!isRelativeTarget(target)) {
            continue;
        }
        const [pathPart, anchor] = target.split("#", 2) as [string, string | undefined];
        const decoded = decodeURIComponent(pathPart);
        const linked = decoded === "" ? file : decoded.startsWith("/") ? decoded.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(file), decoded));
        const where = `${file}:${line}: link ${target}`;
        if (linked.startsWith("..") || !fs.existsSync(path.join(root, linked))) {
            problems.push(`${where}: ${linked} does not exist`);
            continue;
        }
        if (anchor !== undefined && linked.endsWith(".md")) {
            const anchors = headingAnchors(read(root, linked));
            if (!anchors.includes(decodeURIComponent(anchor))) {
                problems.push(`${where}: ${linked} has no heading with the anchor #${anchor} (its anchors: ${anchors.join(", ")})`);
            }
        }
    }
    return problems;
}

function scriptsOf(root: string, packageDir: string): Record<string, string> | undefined {
    const manifest = path.join(root, packageDir, "package.json");
    if (!fs.existsSync(manifest)) {
        return undefined;
    }
    return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { scripts?: Record<string, string> }).scripts ?? {};
}

/** `npm run` commands of `file` naming a script the package.json they run against (root, or `--prefix <dir>`) lacks. */
export function npmRunProblems(root: string, file: string): string[] {
    const problems: string[] = [];
    for (const { line, command, script, prefix } of extractNpmRunCommands(read(root, file))) {
        const packageDir = prefix ?? ".";
        const manifest = path.posix.join(packageDir, "package.json");
        const scripts = scriptsOf(root, packageDir);
        const where = `${file}:${line}: \`${command}\``;
        if (scripts === undefined) {
            problems.push(`${where}: ${manifest} does not exist`);
        } else if (!Object.prototype.hasOwnProperty.call(scripts, script)) {
            problems.push(`${where}: ${manifest} has no script "${script}" (its scripts: ${Object.keys(scripts).join(", ")})`);
        }
    }
    return problems;
}

/** README.md is a front page: at most FRONT_PAGE_MAX_LINES lines, with the event flow as a ```mermaid block. */
export function frontPageProblems(root: string): string[] {
    const text = read(root, "README.md");
    const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
    const problems: string[] = [];
    if (lines > FRONT_PAGE_MAX_LINES) {
        problems.push(`README.md:${FRONT_PAGE_MAX_LINES + 1}: the front page has ${lines} lines, more than ${FRONT_PAGE_MAX_LINES}: move detail into docs/`);
    }
    if (!/^ {0,3}```mermaid[ \t]*$/m.test(text)) {
        problems.push("README.md:1: no ```mermaid block: the front page shows the event flow of both delivery paths as a Mermaid diagram");
    }
    return problems;
}
