/**
 * npm 11 asks each project to decide which dependencies may run install scripts (`allowScripts` in package.json;
 * advisory in npm 11, enforced from npm 12). Every package with an install script in a lock file has a decision, so
 * a fresh `npm ci` prints no "not yet covered by allowScripts" warning, and a new dependency with a script fails here
 * until someone decides. npm keys a registry package by name and a linked local package by `file:` plus the link
 * target relative to the folder that holds the link (what `npm install-scripts approve` writes).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const repoRoot = path.resolve(__dirname, "..", "..");

interface LockEntry {
    version?: string;
    hasInstallScript?: boolean;
    link?: boolean;
    resolved?: string;
}

interface PackageFiles {
    allowScripts: Record<string, boolean>;
    lockPackages: Record<string, LockEntry>;
}

function readPackage(dir: string): PackageFiles {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, dir, "package.json"), "utf8"));
    const lock = JSON.parse(fs.readFileSync(path.join(repoRoot, dir, "package-lock.json"), "utf8"));
    return { allowScripts: pkg.allowScripts ?? {}, lockPackages: lock.packages ?? {} };
}

/** The allowScripts key npm matches for each dependency of a lock file that has an install script. */
function installScriptKeys(lockPackages: Record<string, LockEntry>): string[] {
    const keys: string[] = [];
    for (const [location, entry] of Object.entries(lockPackages)) {
        if (location === "") continue;
        const linkedFrom = Object.entries(lockPackages).find(([, other]) => other.link && other.resolved === location);
        if (linkedFrom && entry.hasInstallScript) {
            const linkFolder = path.posix.dirname(linkedFrom[0]);
            keys.push(`file:${path.posix.relative(linkFolder, location)}`);
        } else if (entry.hasInstallScript && location.includes("node_modules/")) {
            keys.push(location.slice(location.lastIndexOf("node_modules/") + "node_modules/".length));
        }
    }
    return keys;
}

describe("install scripts", () => {
    it("keys a registry package by name and a linked local package by its file: path", () => {
        const keys = installScriptKeys({
            "": { hasInstallScript: true },
            "node_modules/protobufjs": { version: "7.6.6", hasInstallScript: true },
            "node_modules/left-pad": { version: "1.3.0" },
            "node_modules/@pulumi/genesyscloud": { resolved: "sdks/genesyscloud", link: true },
            "sdks/genesyscloud": { version: "1.84.1", hasInstallScript: true },
        });
        expect(keys.sort()).toEqual(["file:../../sdks/genesyscloud", "protobufjs"]);
    });

    it.each([".", "policy"])("every one in %s has a decision, and every decision names a package that has one", (dir) => {
        const { allowScripts, lockPackages } = readPackage(dir);
        const keys = installScriptKeys(lockPackages);
        expect(keys.length).toBeGreaterThan(0);
        expect(Object.keys(allowScripts).sort()).toEqual([...new Set(keys)].sort());
    });

    it("runs the build of the local genesyscloud SDK (as `pulumi install` would) and nothing else", () => {
        expect(readPackage(".").allowScripts).toEqual({ "file:../../sdks/genesyscloud": true, protobufjs: false });
        expect(readPackage("policy").allowScripts).toEqual({ protobufjs: false });
    });
});

/**
 * allowScripts is advisory in npm 11 and unknown to the npm 10 that GitHub's Node 22 ships, so CI does not rely on it:
 * every npm install the workflows run (directly, or through .ci/run and the root postinstall) passes
 * --ignore-scripts, and .ci/install runs the approved scripts by name.
 */
describe("install scripts in CI: off for every npm, the approved ones run by name", () => {
    const read = (file: string): string => fs.readFileSync(path.join(repoRoot, file), "utf8");
    const ciFiles = [".ci/install", ".ci/run", ".ci/node/activate.sh", ".ci/offline-plan-diff", ".ci/stacks"];
    const workflowFiles = fs.readdirSync(path.join(repoRoot, ".github", "workflows")).map((file) => `.github/workflows/${file}`);

    function npmInstalls(text: string): string[] {
        return (text.match(/\bnpm (ci|install|i|clean-install|install-clean)\b[^\n]*/g) ?? []).filter((line) => !/^npm i(nstall)? script/.test(line));
    }

    it("every npm install in the workflows, .ci/ and package.json scripts passes --ignore-scripts", () => {
        const scripts = Object.values((JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts).join("\n");
        const commands = [...ciFiles, ...workflowFiles].flatMap((file) => npmInstalls(read(file)).map((line) => ({ file, line })));
        commands.push(...npmInstalls(scripts).map((line) => ({ file: "package.json", line })));
        expect(commands.length).toBeGreaterThanOrEqual(3);
        for (const { file, line } of commands) {
            expect({ file, line, ignoreScripts: line.includes("--ignore-scripts") }).toEqual({ file, line, ignoreScripts: true });
        }
    });

    it("the workflows install only through .ci/install (or .ci/run, which calls it)", () => {
        for (const file of workflowFiles) {
            expect({ file, npm: npmInstalls(read(file)) }).toEqual({ file, npm: [] });
        }
        expect(read(".ci/run")).toMatch(/^bash \.ci\/install$/m);
        const installs = workflowFiles.flatMap((file) => read(file).match(/run: bash \.ci\/(install|run)$/gm) ?? []);
        expect(installs.length).toBeGreaterThanOrEqual(4);
    });

    it(".ci/install runs exactly the scripts allowScripts approves: the local SDK's postinstall, then the project's own", () => {
        const approved = Object.entries(readPackage(".").allowScripts).filter(([, allowed]) => allowed).map(([key]) => key);
        expect(approved).toEqual(["file:../../sdks/genesyscloud"]);
        const commands = read(".ci/install")
            .split("\n")
            .filter((line) => line.trim() !== "" && !line.startsWith("#") && !line.startsWith("set ") && !line.startsWith("cd "));
        expect(commands).toEqual(["npm ci --ignore-scripts --no-audit --no-fund", "node sdks/genesyscloud/scripts/postinstall.js", "npm run --silent postinstall"]);
        const sdk = JSON.parse(read("sdks/genesyscloud/package.json")) as { scripts: Record<string, string> };
        expect(sdk.scripts["postinstall"]).toBe("node ./scripts/postinstall.js");
        expect(Object.keys(sdk.scripts).filter((name) => /^(pre|post)?install$/.test(name))).toEqual(["postinstall"]);
    });
});
