// Compiles this SDK to ./bin, as the postinstall script of a `pulumi package add` local SDK does.
// Written so that it also works when started from another directory (the project's own postinstall
// runs `node sdks/genesyscloud/scripts/postinstall.js`): every path is relative to this file.
const fs = require("node:fs");
const path = require("node:path");
const { execFileSync, execSync } = require("node:child_process");

const sdkDir = path.join(__dirname, "..");
const pkg = JSON.parse(fs.readFileSync(path.join(sdkDir, "package.json"), "utf8"));

// Restrict ambient @types to the ones this package depends on, like the generated script does.
const deps = Object.keys(pkg.dependencies ?? {}).concat(Object.keys(pkg.devDependencies ?? {}));
const types = deps.filter((d) => d.startsWith("@types/")).map((d) => d.slice("@types/".length));
const typesArgs = types.length > 0 ? ["--types", types.join(",")] : [];

// Prefer the TypeScript compiler that node resolves from here (the project's own, hoisted to the
// project's node_modules); fall back to a `tsc` on PATH.
let tscJs;
try {
    tscJs = require.resolve("typescript/bin/tsc", { paths: [sdkDir] });
} catch {
    tscJs = undefined;
}

try {
    if (tscJs) {
        execFileSync(process.execPath, [tscJs, "-p", sdkDir, ...typesArgs], { cwd: sdkDir, stdio: "pipe" });
    } else {
        execSync(["tsc", "-p", JSON.stringify(sdkDir), ...typesArgs].join(" "), { cwd: sdkDir, stdio: "pipe" });
    }
} catch (error) {
    console.error("Failed to run 'tsc' for @pulumi/genesyscloud", {
        stdout: error.stdout ? error.stdout.toString() : "",
        stderr: error.stderr ? error.stderr.toString() : String(error),
    });
    process.exit(1);
}

// bin/utilities.js reads the version from "./package.json", so put a copy next to it.
fs.copyFileSync(path.join(sdkDir, "package.json"), path.join(sdkDir, "bin", "package.json"));
