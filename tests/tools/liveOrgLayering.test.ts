/**
 * tools/genesys/ is what doctor and adopt share: it must not reach back into either command, or a change to the
 * doctor's internals silently changes adopt (and the other way round).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { importedModules } from "../helpers/importedModules";

const genesysDir = path.resolve(__dirname, "..", "..", "tools", "genesys");

describe("tools/genesys, the live-org commands' shared home", () => {
    const files = fs.readdirSync(genesysDir).filter((file) => file.endsWith(".ts"));

    it("holds the start of every live-org command and what it loads", () => {
        expect(files).toEqual(expect.arrayContaining(["runLiveOrgCommand.ts", "declaredStack.ts"]));
    });

    it.each(files)("%s imports nothing from tools/doctor or tools/adopt", (file) => {
        const reachesBack = importedModules(path.join(genesysDir, file)).filter((specifier) => /^\.\.\/(doctor|adopt)(\/|$)/.test(specifier));
        expect(reachesBack).toEqual([]);
    });
});
