/**
 * The genesyscloud provider model (tools/providerModel/genesyscloud.json) against the SDK the program compiles
 * with (sdks/genesyscloud): every input the SDK accepts has a row, every row is an input the SDK accepts, and
 * the SDK's required and secret markings agree with the rows. A regenerated SDK that adds, drops or changes an
 * input fails here until the model is brought up to date from the provider's source.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { providerModels, resourceModel } from "../../tools/providerModel/providerModel";
import { inputProperties, InterfaceIndex, parseSource, resourceClasses, SdkResourceClass } from "./sdkTypings";

const SDK_DIR = path.join(__dirname, "..", "..", "sdks", "genesyscloud");
/** Invokes have Args too, but no lifecycle: nothing to plan, diff or replace. */
const INVOKE_FILES = ["getOrganizationsMe.ts"];
const NOT_RESOURCE_FILES = ["index.ts", "utilities.ts", ...INVOKE_FILES];

const sources = fs
    .readdirSync(SDK_DIR)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
    .map((file) => parseSource(path.join(SDK_DIR, file)));
const index = new InterfaceIndex([...sources, parseSource(path.join(SDK_DIR, "types", "input.ts"))]);
const classes: SdkResourceClass[] = sources.flatMap(resourceClasses);

describe("the genesyscloud provider model against sdks/genesyscloud", () => {
    test("reads every resource file of the SDK (only the invoke and helpers have no resource class)", () => {
        const withClass = new Set(classes.map((resource) => `${resource.className.charAt(0).toLowerCase()}${resource.className.slice(1)}.ts`));
        const files = sources.map((source) => path.basename(source.fileName));
        expect(files.filter((file) => !withClass.has(file)).sort()).toEqual([...NOT_RESOURCE_FILES].sort());
        expect(classes.length).toBeGreaterThanOrEqual(6);
    });

    test("models exactly the SDK's resource types", () => {
        const modelled = [...providerModels().keys()].filter((type) => type.startsWith("genesyscloud:") || type === "pulumi:providers:genesyscloud");
        expect(modelled.sort()).toEqual(classes.map((resource) => resource.typeToken).sort());
    });

    describe.each(classes.map((resource) => [resource.typeToken, resource] as const))("%s", (typeToken, resource) => {
        const sdkInputs = inputProperties(index, resource.argsInterface);
        const model = resourceModel(typeToken);

        test("has a row for every SDK input and no row the SDK lacks", () => {
            expect(Object.keys(model?.inputs ?? {}).sort()).toEqual(sdkInputs.map((input) => input.path).sort());
        });

        test("marks required exactly the inputs the SDK requires", () => {
            const rows = model?.inputs ?? {};
            const disagreeing = sdkInputs.filter((input) => rows[input.path]?.required !== input.required).map((input) => input.path);
            expect(disagreeing).toEqual([]);
        });

        test("marks sensitive exactly the top-level inputs the SDK sends as secrets", () => {
            const topLevelSensitive = Object.entries(model?.inputs ?? {})
                .filter(([inputPath, fact]) => !inputPath.includes(".") && fact.sensitive)
                .map(([inputPath]) => inputPath);
            expect(topLevelSensitive.sort()).toEqual([...resource.secretInputs].sort());
        });
    });
});
