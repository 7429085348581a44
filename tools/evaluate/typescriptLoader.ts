import * as fs from "node:fs";
import * as path from "node:path";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is plain JavaScript (it is what loads TypeScript)
const compiledTypeScript = require("../compiledTypeScript") as { register(): void };

const registeredDirectories = new Set<string>();

/**
 * Lets `require` load the TypeScript files of one directory (a Pulumi project or a policy pack) the way
 * `pulumi` does: ts-node, transpile only, with that directory's own tsconfig.json. The registration is not scoped
 * to the directory: programs and packs import TypeScript from beside them (the policy pack reads ../components),
 * and ts-node hands files it ignores (node_modules) back to the previous loader anyway.
 */
export function enableTypeScriptIn(directory: string): void {
    const root = path.resolve(directory);
    if (registeredDirectories.has(root)) {
        return;
    }
    compiledTypeScript.register();
    registeredDirectories.add(root);
}

/** Resolves a Pulumi project's or policy pack's entry point the way `require` would, or undefined. */
export function resolveEntryPoint(directory: string, main: string | undefined): string | undefined {
    const candidates = main ? [path.resolve(directory, main)] : [];
    const packageJson = path.join(directory, "package.json");
    if (!main && fs.existsSync(packageJson)) {
        const pkgMain: unknown = JSON.parse(fs.readFileSync(packageJson, "utf8"))["main"];
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
