/**
 * Reads a Pulumi SDK's input shape with the TypeScript compiler API (syntax only, no type checker): the
 * properties of a resource's `<Class>Args` interface and, recursively, of the `inputs.*` interfaces they
 * reference, as dotted property paths with their required flag. Works on the generated `.ts` sources of
 * sdks/genesyscloud and on the `.d.ts` typings of @pulumi/aws alike.
 */
import * as fs from "node:fs";
import * as ts from "typescript";

export interface SdkInputProperty {
    /** Dotted Pulumi property path, e.g. `configRequest.requestUrlTemplate`; list elements share their element's path. */
    readonly path: string;
    /** No `?` on the property: the SDK demands it (within its enclosing object for nested paths). */
    readonly required: boolean;
}

export function parseSource(file: string): ts.SourceFile {
    return ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
}

/** Interfaces by name; those inside `namespace ns { ... }` also as `ns.Name`. */
export class InterfaceIndex {
    private readonly byName = new Map<string, ts.InterfaceDeclaration>();

    constructor(sources: readonly ts.SourceFile[]) {
        for (const source of sources) {
            this.collect(source.statements, "");
        }
    }

    get(name: string): ts.InterfaceDeclaration | undefined {
        return this.byName.get(name);
    }

    private collect(statements: ts.NodeArray<ts.Statement>, prefix: string): void {
        for (const statement of statements) {
            if (ts.isInterfaceDeclaration(statement)) {
                this.byName.set(prefix + statement.name.text, statement);
            } else if (ts.isModuleDeclaration(statement) && statement.body !== undefined && ts.isModuleBlock(statement.body)) {
                this.collect(statement.body.statements, `${prefix}${statement.name.text}.`);
            }
        }
    }
}

/** `inputs.X` or `inputs.ns.X` anywhere inside a property's type, as `X` or `ns.X`. */
function referencedInputInterface(type: ts.TypeNode | undefined): string | undefined {
    let found: string | undefined;
    const visit = (node: ts.Node): void => {
        if (found === undefined && ts.isTypeReferenceNode(node) && ts.isQualifiedName(node.typeName)) {
            const text = node.typeName.getText();
            if (text.startsWith("inputs.")) {
                found = text.slice("inputs.".length);
                return;
            }
        }
        ts.forEachChild(node, visit);
    };
    if (type !== undefined) {
        visit(type);
    }
    return found;
}

function propertyName(member: ts.TypeElement): string | undefined {
    if (!ts.isPropertySignature(member)) {
        return undefined;
    }
    const name = member.name;
    return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** Every input path of an interface, nested `inputs.*` interfaces included. */
export function inputProperties(index: InterfaceIndex, interfaceName: string, prefix = ""): SdkInputProperty[] {
    const declaration = index.get(interfaceName);
    if (declaration === undefined) {
        throw new Error(`interface ${interfaceName} not found`);
    }
    const namespace = interfaceName.includes(".") ? interfaceName.slice(0, interfaceName.lastIndexOf(".") + 1) : "";
    const properties: SdkInputProperty[] = [];
    for (const member of declaration.members) {
        const name = propertyName(member);
        if (name === undefined || !ts.isPropertySignature(member)) {
            continue;
        }
        const path = prefix + name;
        properties.push({ path, required: member.questionToken === undefined });
        const nested = referencedInputInterface(member.type);
        if (nested !== undefined) {
            const qualified = index.get(nested) !== undefined ? nested : namespace + nested;
            properties.push(...inputProperties(index, qualified, `${path}.`));
        }
    }
    return properties;
}

/** A resource class of an SDK source file: its type token, Args interface and secret inputs. */
export interface SdkResourceClass {
    readonly className: string;
    readonly typeToken: string;
    readonly argsInterface: string;
    /** `additionalSecretOutputs` of the constructor: the top-level inputs the SDK always sends as secrets. */
    readonly secretInputs: readonly string[];
}

function stringArrayOf(node: ts.Node, propertyNameWanted: string): string[] | undefined {
    let result: string[] | undefined;
    const visit = (child: ts.Node): void => {
        if (
            result === undefined &&
            ts.isPropertyAssignment(child) &&
            ts.isIdentifier(child.name) &&
            child.name.text === propertyNameWanted &&
            ts.isArrayLiteralExpression(child.initializer)
        ) {
            result = child.initializer.elements.filter(ts.isStringLiteral).map((element) => element.text);
            return;
        }
        ts.forEachChild(child, visit);
    };
    visit(node);
    return result;
}

/** Classes deriving from `pulumi.CustomResource` or `pulumi.ProviderResource` in a generated resource file. */
export function resourceClasses(source: ts.SourceFile): SdkResourceClass[] {
    const classes: SdkResourceClass[] = [];
    for (const statement of source.statements) {
        if (!ts.isClassDeclaration(statement) || statement.name === undefined) {
            continue;
        }
        const base = statement.heritageClauses?.flatMap((clause) => clause.types.map((type) => type.expression.getText())) ?? [];
        const isProvider = base.includes("pulumi.ProviderResource");
        if (!isProvider && !base.includes("pulumi.CustomResource")) {
            continue;
        }
        const tokenMember = statement.members.find(
            (member): member is ts.PropertyDeclaration =>
                ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === "__pulumiType",
        );
        const initializer = tokenMember?.initializer;
        if (initializer === undefined || !ts.isStringLiteral(initializer)) {
            throw new Error(`${statement.name.text} in ${source.fileName} has no literal __pulumiType`);
        }
        classes.push({
            className: statement.name.text,
            typeToken: isProvider ? `pulumi:providers:${initializer.text}` : initializer.text,
            argsInterface: `${statement.name.text}Args`,
            secretInputs: stringArrayOf(statement, "additionalSecretOutputs") ?? [],
        });
    }
    return classes;
}
