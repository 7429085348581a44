/**
 * The contract is shared with the policy pack, which bundles it into its published tarball: it must not import
 * Pulumi (or anything else that would have to be installed next to it). Only its own modules are allowed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sourceFiles } from "../../contract/scripts/sourceDigest";
import { importedModules } from "../helpers/importedModules";

const CONTRACT_DIR = path.join(__dirname, "..", "..", "contract");

test("the contract's sources import only each other: no @pulumi package, no package at all", () => {
    const files = sourceFiles(path.join(CONTRACT_DIR, "src"), { extensions: [".ts"] });
    expect(files.length).toBeGreaterThan(5);
    const foreign = files.flatMap((file) =>
        importedModules(file)
            .filter((specifier) => !specifier.startsWith("./"))
            .map((specifier) => `${path.relative(CONTRACT_DIR, file)} imports ${specifier}`),
    );
    expect(foreign).toEqual([]);
});

test("the contract's package.json declares no dependency", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(CONTRACT_DIR, "package.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(manifest).filter((key) => /dependencies$/i.test(key))).toEqual([]);
});

test("the check sees what it must reject", () => {
    const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "contract-probe-")), "probe.ts");
    fs.writeFileSync(probe, 'import * as pulumi from "@pulumi/pulumi";\nexport { x } from "../outside";\nconst y = require("fs");\n');
    expect(importedModules(probe)).toEqual(["@pulumi/pulumi", "../outside", "fs"]);
});
