/**
 * The parts of a Markdown file the documentation checks look at: headings (as GitHub anchors), relative links and
 * the `npm run` commands it shows. Pure functions of the text, so each is tested on small strings; line numbers
 * are 1-based, for failure messages that name the line.
 *
 * A subset of CommonMark, enough for this repository's docs: ATX headings (`## Title`; setext headings are not
 * used), fenced code blocks (``` or ~~~), code spans, inline links and images, reference definitions.
 */

export interface LinkAt {
    readonly line: number;
    readonly target: string;
}

export interface NpmRunAt {
    readonly line: number;
    /** The command as written, for messages. */
    readonly command: string;
    readonly script: string;
    /** The `--prefix` directory, relative to where the command runs; undefined for the current directory. */
    readonly prefix?: string;
}

export function lineAt(text: string, offset: number): number {
    let line = 1;
    for (let index = 0; index < offset; index++) {
        if (text.charCodeAt(index) === 10) {
            line++;
        }
    }
    return line;
}

/** For each line (0-based), whether it belongs to a fenced code block, the fence lines included. */
export function fencedLines(markdown: string): boolean[] {
    const flags: boolean[] = [];
    let fence: { char: string; length: number } | undefined;
    for (const line of markdown.split("\n")) {
        const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
        if (fence === undefined) {
            if (marker) {
                fence = { char: marker[1][0], length: marker[1].length };
            }
            flags.push(fence !== undefined);
            continue;
        }
        flags.push(true);
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
        if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) {
            fence = undefined;
        }
    }
    return flags;
}

/** A code span: a run of backticks, content without a blank line, the same run again (CommonMark). */
const CODE_SPAN = /(?<!`)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g;

function blank(text: string): string {
    return text.replace(/[^\n]/g, " ");
}

/**
 * The text with fenced blocks and code spans blanked out (newlines kept, so offsets and lines stay true): what is
 * left is what GitHub renders as prose, links included.
 */
export function proseOnly(markdown: string): string {
    const fenced = fencedLines(markdown);
    const unfenced = markdown
        .split("\n")
        .map((line, index) => (fenced[index] ? blank(line) : line))
        .join("\n");
    return unfenced.replace(CODE_SPAN, (span: string, _ticks: string, content: string) => (/\n\s*\n/.test(content) ? span : blank(span)));
}

/** The code the text shows, each piece with its offset: fenced blocks line by line, and code spans. */
export function codePieces(markdown: string): { readonly offset: number; readonly text: string }[] {
    const pieces: { offset: number; text: string }[] = [];
    const fenced = fencedLines(markdown);
    let offset = 0;
    const prose: string[] = [];
    for (const [index, line] of markdown.split("\n").entries()) {
        if (fenced[index]) {
            pieces.push({ offset, text: line });
        }
        prose.push(fenced[index] ? blank(line) : line);
        offset += line.length + 1;
    }
    for (const match of prose.join("\n").matchAll(CODE_SPAN)) {
        if (!/\n\s*\n/.test(match[2])) {
            pieces.push({ offset: (match.index ?? 0) + match[1].length, text: match[2] });
        }
    }
    return pieces.sort((a, b) => a.offset - b.offset);
}

/**
 * GitHub's anchor for a heading (github-slugger): the rendered text in lower case, every character dropped but
 * letters, digits, marks, `_`, `-` and spaces, each space turned into `-`.
 */
export function githubSlug(headingText: string): string {
    const rendered = headingText
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/`/g, "")
        .trim();
    return rendered
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
        .replace(/ /g, "-");
}

/** Every heading's anchor, in order; a repeated heading gets `-1`, `-2`, … as on GitHub. */
export function headingAnchors(markdown: string): string[] {
    const fenced = fencedLines(markdown);
    const occurrences = new Map<string, number>();
    const anchors: string[] = [];
    for (const [index, line] of markdown.split("\n").entries()) {
        const heading = /^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/.exec(line);
        if (fenced[index] || !heading) {
            continue;
        }
        const base = githubSlug(heading[1] ?? "");
        let anchor = base;
        while (occurrences.has(anchor)) {
            const count = (occurrences.get(base) ?? 0) + 1;
            occurrences.set(base, count);
            anchor = `${base}-${count}`;
        }
        occurrences.set(anchor, 0);
        anchors.push(anchor);
    }
    return anchors;
}

/** Targets of inline links and images (`[text](target "title")`) and of reference definitions (`[ref]: target`). */
export function extractLinks(markdown: string): LinkAt[] {
    const prose = proseOnly(markdown);
    const links: LinkAt[] = [];
    const inline = /!?\[[^\]]*\]\(\s*(<[^>\n]*>|(?:[^()\s]|\([^()\s]*\))+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
    for (const match of prose.matchAll(inline)) {
        const target = match[1].replace(/^<(.*)>$/, "$1");
        links.push({ line: lineAt(prose, (match.index ?? 0) + match[0].indexOf("](")), target });
    }
    const definition = /^ {0,3}\[[^\]]+\]:[ \t]*(<[^>\n]*>|\S+)/gm;
    for (const match of prose.matchAll(definition)) {
        links.push({ line: lineAt(prose, match.index ?? 0), target: match[1].replace(/^<(.*)>$/, "$1") });
    }
    return links.sort((a, b) => a.line - b.line);
}

/** Whether a link target points into this repository (no scheme, not protocol-relative). */
export function isRelativeTarget(target: string): boolean {
    return !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("//");
}

/**
 * Every `npm run <script>` (and `npm test`) the text shows in code, with `--silent`/`-s` and `--prefix <dir>` read
 * as npm reads them (before the `--` that starts the script's own arguments). `plan|simulate` (no spaces) is the
 * docs' shorthand for several scripts: each one is returned. A bare `npm run` and `npm run <placeholder>` are not.
 */
export function extractNpmRunCommands(markdown: string): NpmRunAt[] {
    const commands: NpmRunAt[] = [];
    for (const piece of codePieces(markdown)) {
        // Shell comments are prose about the command, not commands (cut to the end of the line: offsets stay true).
        const code = piece.text.replace(/(^|\s)#.*$/gm, "$1");
        for (const match of code.matchAll(/\bnpm[ \t]+(run|run-script|test)\b/g)) {
            const start = match.index ?? 0;
            const command = code.slice(start).split(/\n|&&|\|\||;|\s\|\s/)[0].trim();
            const line = lineAt(markdown, piece.offset + start);
            const words = command.split(/\s+/).slice(2);
            let script = match[1] === "test" ? "test" : undefined;
            let prefix: string | undefined;
            for (let index = 0; index < words.length && words[index] !== "--"; index++) {
                const word = words[index];
                if (word === "--prefix") {
                    prefix = words[++index];
                } else if (word.startsWith("--prefix=")) {
                    prefix = word.slice("--prefix=".length);
                } else if (!word.startsWith("-") && script === undefined) {
                    script = word;
                }
            }
            // A bare `npm run` (it lists the scripts) and a placeholder such as `npm run <script>` name no script.
            if (script === undefined || script.startsWith("<")) {
                continue;
            }
            for (const name of script.split("|")) {
                commands.push({ line, command, script: name, prefix });
            }
        }
    }
    return commands;
}
