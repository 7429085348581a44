/** One mask for every command: the plan masks by secret path, the simulation by secret value, both as `[secret]`. */
import { maskSecretPaths, maskSecretValues, maskSecretValuesDeep, SECRET_MASK } from "../../tools/maskSecrets";

test("the mask is the one `pulumi preview` prints", () => {
    expect(SECRET_MASK).toBe("[secret]");
});

test("by value: every occurrence, the longer secret first so no part of it shows", () => {
    expect(maskSecretValues("Basic dXNlcjpwYXNz and pass", ["pass", "dXNlcjpwYXNz"])).toBe("Basic [secret] and [secret]");
});

test("by value inside JSON, where a secret may appear escaped", () => {
    expect(maskSecretValuesDeep({ header: 'key "quoted"', list: ["x", 'key "quoted"'] }, ['key "quoted"'])).toEqual({ header: "[secret]", list: ["x", "[secret]"] });
});

test("by path, as the program registered its secrets", () => {
    expect(maskSecretPaths({ fields: { password: "p" }, name: "n" }, ["fields"])).toEqual({ fields: "[secret]", name: "n" });
});
