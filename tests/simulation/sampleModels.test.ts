/**
 * The bundled samples are JSON (the simulate command reads them, and users bring their own), so the compiler
 * cannot type them. This checks each sample's event body against the model of its topic in the official
 * Platform API SDK (purecloud-platform-client-v2, pinned in package.json): every field must exist on the model,
 * with the model's type.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { bundledSamples } from "../../tools/simulation/bundledSamples";
import { templateOf } from "../../tools/simulation/topics";
import { afterCallWorkEvent, userEndEvent } from "./fixtures/genesysEvents";

const SDK_DIR = path.dirname(require.resolve("purecloud-platform-client-v2/package.json"));

/** The SDK model of each topic's event body. */
const MODEL_OF_TOPIC: Readonly<Record<string, string>> = {
    "v2.detail.events.conversation.{id}.acw": "AcwDetailEventTopicAfterCallWorkEvent",
    "v2.detail.events.conversation.{id}.user.end": "UserEndDetailEventTopicUserEndEvent",
    "v2.detail.events.conversation.{id}.user.start": "UserStartDetailEventTopicUserStartEvent",
    "v2.detail.events.conversation.{id}.customer.end": "CustomerEndDetailEventTopicCustomerEndEvent",
    "v2.detail.events.conversation.{id}.customer.start": "CustomerStartDetailEventTopicCustomerStartEvent",
};

type FieldType = "string" | "number" | "boolean" | "string[]" | "other";

/** Field name → type of every interface in the SDK's `declare namespace Models`. */
function readModels(): Map<string, Map<string, FieldType>> {
    const file = path.join(SDK_DIR, "index.d.ts");
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
    const models = new Map<string, Map<string, FieldType>>();
    for (const statement of source.statements) {
        if (!ts.isModuleDeclaration(statement) || statement.name.text !== "Models" || statement.body === undefined || !ts.isModuleBlock(statement.body)) {
            continue;
        }
        for (const member of statement.body.statements) {
            if (!ts.isInterfaceDeclaration(member)) {
                continue;
            }
            const fields = new Map<string, FieldType>();
            for (const property of member.members) {
                if (ts.isPropertySignature(property) && property.name !== undefined && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name))) {
                    fields.set(property.name.text, fieldType(property.type));
                }
            }
            models.set(member.name.text, fields);
        }
    }
    return models;
}

function fieldType(node: ts.TypeNode | undefined): FieldType {
    if (node === undefined) {
        return "other";
    }
    switch (node.kind) {
        case ts.SyntaxKind.StringKeyword:
            return "string";
        case ts.SyntaxKind.NumberKeyword:
            return "number";
        case ts.SyntaxKind.BooleanKeyword:
            return "boolean";
    }
    const element =
        ts.isArrayTypeNode(node)
            ? node.elementType
            : ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && node.typeName.text === "Array"
              ? node.typeArguments?.[0]
              : undefined;
    return element?.kind === ts.SyntaxKind.StringKeyword ? "string[]" : "other";
}

function typeOfValue(value: unknown): FieldType {
    if (Array.isArray(value)) {
        return value.every((item) => typeof item === "string") ? "string[]" : "other";
    }
    const kind = typeof value;
    return kind === "string" || kind === "number" || kind === "boolean" ? kind : "other";
}

const models = readModels();

test("the SDK declares the models the samples and builders use, with queueId on both webhook events", () => {
    for (const model of Object.values(MODEL_OF_TOPIC)) {
        expect([model, models.has(model)]).toEqual([model, true]);
    }
    expect(models.get("AcwDetailEventTopicAfterCallWorkEvent")?.get("queueId")).toBe("string");
    expect(models.get("UserEndDetailEventTopicUserEndEvent")?.get("queueId")).toBe("string");
    // Why the EventBridge path of 2025.12 and later cannot be scoped by queue.
    expect(models.get("CustomerEndDetailEventTopicCustomerEndEvent")?.has("queueId")).toBe(false);
});

test("the SDK is the pinned version (a devDependency: only the tools and tests use it)", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(SDK_DIR, "package.json"), "utf8")) as { version: string };
    const root = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    expect(root.devDependencies["purecloud-platform-client-v2"]).toBe("262.0.0");
    expect(manifest.version).toBe("262.0.0");
});

describe.each(bundledSamples().map((sample) => [sample.name, sample] as const))("sample %s", (_name, sample) => {
    test("has only fields of its topic's SDK model, with the model's types", () => {
        const model = MODEL_OF_TOPIC[templateOf(sample.topicName, Object.keys(MODEL_OF_TOPIC)) ?? ""];
        expect(model).toBeDefined();
        const fields = models.get(model) ?? new Map<string, FieldType>();
        const mismatches = Object.entries(sample.eventBody)
            .filter(([field, value]) => fields.get(field) !== typeOfValue(value))
            .map(([field, value]) => `${field}: ${fields.has(field) ? `${fields.get(field)} expected, got ${JSON.stringify(value)}` : `not a field of ${model}`}`);
        expect(mismatches).toEqual([]);
    });
});

test("the check catches a field the model does not have", () => {
    const fields = models.get("AcwDetailEventTopicAfterCallWorkEvent");
    expect(fields?.has("disconnectType")).toBe(false);
    expect(fields?.has("divisionId")).toBe(false);
});

test("the typed builders produce what the samples carry", () => {
    expect(Object.keys(afterCallWorkEvent()).every((field) => models.get("AcwDetailEventTopicAfterCallWorkEvent")?.has(field))).toBe(true);
    expect(Object.keys(userEndEvent()).every((field) => models.get("UserEndDetailEventTopicUserEndEvent")?.has(field))).toBe(true);
});
