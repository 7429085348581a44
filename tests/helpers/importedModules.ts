/** What a TypeScript file imports, and which npm package a specifier names: for tests that police imports. */
import * as fs from "node:fs";
import { builtinModules } from "node:module";
import * as ts from "typescript";

/** Every module a file loads: `import`, `export ... from`, `import()` and `require()`. */
export function importedModules(file: string): string[] {
    return ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true).importedFiles.map((imported) => imported.fileName);
}

/** The npm package a specifier loads (`@scope/name` or `name`); undefined for relative paths and Node built-ins. */
export function packageOf(specifier: string): string | undefined {
    if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:")) {
        return undefined;
    }
    const segments = specifier.split("/");
    const name = specifier.startsWith("@") ? segments.slice(0, 2).join("/") : segments[0];
    return builtinModules.includes(name) ? undefined : name;
}
