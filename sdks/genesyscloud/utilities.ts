// Hand-maintained stand-in for the file `pulumi package add terraform-provider mypurecloud/genesyscloud 1.84.1`
// generates (pulumi-language-nodejs codegen). Keep names, tokens and behaviour identical to the generated SDK;
// `pulumi install` overwrites this directory.
//
// Note on `any`: this SDK mirrors generated code, which uses `any` where the Pulumi runtime hands back
// untyped values (resource options defaults, lazily required modules, `<any>state` in `static get`).

import * as runtime from "@pulumi/pulumi/runtime";
import * as pulumi from "@pulumi/pulumi";

export function getEnv(...vars: string[]): string | undefined {
    for (const name of vars) {
        const value = process.env[name];
        if (value) {
            return value;
        }
    }
    return undefined;
}

export function getEnvBoolean(...vars: string[]): boolean | undefined {
    const s = getEnv(...vars);
    if (s === undefined) {
        return undefined;
    }
    // Same spellings as Go's strconv.ParseBool, which Terraform uses.
    if (["1", "t", "T", "true", "TRUE", "True"].includes(s)) {
        return true;
    }
    if (["0", "f", "F", "false", "FALSE", "False"].includes(s)) {
        return false;
    }
    return undefined;
}

export function getEnvNumber(...vars: string[]): number | undefined {
    const s = getEnv(...vars);
    if (s === undefined) {
        return undefined;
    }
    const n = parseFloat(s);
    return isNaN(n) ? undefined : n;
}

export function getVersion(): string {
    // bin/package.json is a copy made by scripts/postinstall.js.
    let version: string = require("./package.json").version;
    // npm tolerates a leading "v", semver does not.
    if (version.startsWith("v")) {
        version = version.slice(1);
    }
    return version;
}

/** @internal */
export function resourceOptsDefaults(): any {
    return { version: getVersion() };
}

/** @internal */
export function lazyLoad(exports: any, props: string[], loadModule: any) {
    for (const property of props) {
        Object.defineProperty(exports, property, {
            enumerable: true,
            get: function () {
                return loadModule()[property];
            },
        });
    }
}

/** @internal */
export async function callAsync<T>(
    tok: string,
    props: pulumi.Inputs,
    res?: pulumi.Resource,
    opts?: { property?: string },
): Promise<T> {
    const o: any = runtime.call<T>(tok, props, res);
    const value = await o.promise(true /*withUnknowns*/);
    const isKnown = await o.isKnown;
    const isSecret = await o.isSecret;
    const problem: string | undefined = !isKnown ? "an unknown value" : isSecret ? "a secret value" : undefined;
    if (problem) {
        throw new Error(`Plain resource method "${tok}" incorrectly returned ${problem}. ` +
            "This is an error in the provider, please report this to the provider developer.");
    }
    if (opts && opts.property) {
        return value[opts.property];
    }
    return value;
}

/**
 * Registers the parameterized package with the engine and returns its package reference. The runtime
 * memoises the registration per (base plugin, parameter) key, so every resource and invoke shares one
 * RegisterPackage call, exactly as with the generated SDK.
 */
export async function getPackage(): Promise<string | undefined> {
    return runtime.registerPackage({
        baseProviderName: "terraform-provider",
        baseProviderVersion: "1.1.3",
        baseProviderDownloadUrl: "",
        packageName: "genesyscloud",
        packageVersion: "1.84.1",
        // {"remote":{"url":"registry.opentofu.org/mypurecloud/genesyscloud","version":"1.84.1"}}
        base64Parameter: "eyJyZW1vdGUiOnsidXJsIjoicmVnaXN0cnkub3BlbnRvZnUub3JnL215cHVyZWNsb3VkL2dlbmVzeXNjbG91ZCIsInZlcnNpb24iOiIxLjg0LjEifX0=",
    });
}
