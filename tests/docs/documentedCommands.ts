/**
 * The shell commands the documentation shows in ```sh blocks, with what the page says about their outcome, so
 * tests/docs/commands.test.ts can run them and fail when a page drifts from the code. Pure functions of the text.
 *
 * What a page says, in a command's trailing comment: each "double-quoted" piece is a fragment of the output the
 * command must print (stdout or stderr), and `exit N` the exit code it must end with (default 0). Within one
 * block, `export NAME=value …` lines set the environment of the commands after them, and `cd <dir>` their folder.
 */
export interface DocumentedCommand {
    /** 1-based line of the command (its first line when continued with `\`). */
    readonly line: number;
    /** The command without its comment, continuation lines joined. */
    readonly command: string;
    readonly comment: string;
    /** Output fragments the comment quotes. */
    readonly fragments: readonly string[];
    readonly exitCode: number;
    /** `export` values set earlier in the same block. */
    readonly env: Readonly<Record<string, string>>;
    /** Folder relative to the repository root (`cd` earlier in the block), "" for the root. */
    readonly cwd: string;
}

/** Splits `command   # comment` at the first ` #` outside quotes. */
export function splitComment(line: string): { command: string; comment: string } {
    let quote: string | undefined;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote !== undefined) {
            quote = char === quote ? undefined : quote;
        } else if (char === "'" || char === '"') {
            quote = char;
        } else if (char === "#" && (index === 0 || /\s/.test(line[index - 1]))) {
            return { command: line.slice(0, index).trim(), comment: line.slice(index + 1).trim() };
        }
    }
    return { command: line.trim(), comment: "" };
}

/** `export A=1 B="two words"` → {A: "1", B: "two words"}. */
export function exportedValues(command: string): Record<string, string> {
    const values: Record<string, string> = {};
    for (const match of command.replace(/^export\s+/, "").matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|'[^']*'|\S*)/g)) {
        values[match[1]] = match[2].replace(/^["']|["']$/g, "");
    }
    return values;
}

/** Every command line of the page's shell blocks (blocks tagged sh, bash, shell or console). */
export function documentedCommands(markdown: string): DocumentedCommand[] {
    const lines = markdown.split("\n");
    const commands: DocumentedCommand[] = [];
    let fence: string | undefined;
    let shell = false;
    let env: Record<string, string> = {};
    let cwd = "";
    const closes = (line: string): boolean => {
        const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
        return fence !== undefined && closing !== null && closing[1][0] === fence[0] && closing[1].length >= fence.length;
    };
    for (let index = 0; index < lines.length; index++) {
        if (fence === undefined) {
            const opening = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[index]);
            if (opening) {
                fence = opening[1];
                shell = /^(sh|bash|shell|console)$/.test(opening[2]);
                env = {};
                cwd = "";
            }
            continue;
        }
        if (closes(lines[index])) {
            fence = undefined;
            continue;
        }
        if (!shell) {
            continue;
        }
        const first = index;
        let text = lines[index];
        while (/\\\s*$/.test(splitComment(text).command) && index + 1 < lines.length && !closes(lines[index + 1])) {
            text = `${splitComment(text).command.replace(/\\\s*$/, " ")}${lines[++index].trim()}`;
        }
        const { command, comment } = splitComment(text);
        if (command === "") {
            continue;
        }
        if (/^export\s/.test(command)) {
            env = { ...env, ...exportedValues(command) };
            continue;
        }
        const cd = /^cd\s+(\S+)$/.exec(command);
        if (cd) {
            cwd = cwd === "" ? cd[1] : `${cwd}/${cd[1]}`;
            continue;
        }
        const exit = /\bexit (\d+)\b/.exec(comment);
        commands.push({
            line: first + 1,
            command: command.replace(/\s+/g, " "),
            comment,
            fragments: [...comment.matchAll(/"([^"]+)"/g)].map((m) => m[1]),
            exitCode: exit ? Number(exit[1]) : 0,
            env,
            cwd,
        });
    }
    return commands;
}

/** A usage line rather than a command: it has `<placeholders>`, `[optional parts]` or `a|b` alternatives. */
export function isTemplate(command: string): boolean {
    return /<[^>]+>|\[[^\]]*\]|\S\|\S|…/.test(command);
}
