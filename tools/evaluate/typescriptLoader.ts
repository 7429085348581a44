import * as fs from "node:fs";
import * as path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is plain JavaScript (it is what loads TypeScript)
const compiledTypeScript = require("../compiledTypeScript") as { register(): void };

/**
 * Lets `require` load the TypeScript files of a Pulumi project (this one, or a base ref's checkout) the way the
 * language host does: transpiled one file at a time with the nearest tsconfig.json, through the tools' cache
 * (`tools/compiledTypeScript.js`), so a program compiled once is not compiled again on the next run.
 */
export function enableTypeScript(): void {
    compiledTypeScript.register();
}

/** Resolves a Pulumi project's or policy pack's entry point the way `require` would, or undefined. */
export function resolveEntryPoint(directory: string, main: string | undefined): string | undefined {
    const candidates = main ? [path.resolve(directory, main)] : [];
    const packageJson = path.join(directory, "package.json");
    if (!main && fs.existsSync(packageJson)) {
        const pkgMain = (JSON.parse(fs.readFileSync(packageJson, "utf8")) as Record<string, unknown>)["main"];
        if (typeof pkgMain === "string") {
            candidates.push(path.resolve(directory, pkgMain));
        }
    }
    candidates.push(path.join(directory, "index"));
    for (const candidate of candidates) {
        for (const suffix of ["", ".ts", ".js", "/index.ts", "/index.js"]) {
            const file = candidate + suffix;
            if (fs.existsSync(file) && fs.statSync(file).isFile()) {
                return file;
            }
        }
    }
    return undefined;
}
