/**
 * Tests and type checks read the contract's sources (jest moduleNameMapper, tsconfig `paths`), but `pulumi up`,
 * `npm run plan`/`simulate` and the published policy pack load its build in contract/bin, made by the root
 * postinstall and the pack's prepack. This fails when that build is older than the sources, so nothing runs a
 * contract the tests never saw.
 */
import * as fs from "node:fs";
import { DIGEST_FILE, sourceDigest } from "../../contract/scripts/build";

test("contract/bin was built from the current contract/src (else run `npm run build --prefix contract`)", () => {
    const built = fs.existsSync(DIGEST_FILE) ? fs.readFileSync(DIGEST_FILE, "utf8").trim() : "no build";
    expect(built).toBe(sourceDigest());
});
