/**
 * Decoding of property values as the Pulumi Node SDK serializes them for the resource monitor
 * (`runtime/rpc.js`): secrets, resource references, assets and archives are objects tagged with a
 * signature key. We read the raw form because it is the only place that still says which values were secret.
 */

import { WIRE_SIGNATURES } from "./pulumiInternals";

const SIGNATURE_KEY = WIRE_SIGNATURES.key;
const SECRET_SIGNATURE = WIRE_SIGNATURES.secret;
const RESOURCE_REFERENCE_SIGNATURE = WIRE_SIGNATURES.resourceReference;
const ASSET_SIGNATURE = WIRE_SIGNATURES.asset;
const ARCHIVE_SIGNATURE = WIRE_SIGNATURES.archive;
const OUTPUT_VALUE_SIGNATURE = WIRE_SIGNATURES.outputValue;

export interface DecodedProperties {
    /** Plain JSON-like values: secrets unwrapped, resource references replaced by their id (custom) or URN. */
    readonly values: Record<string, unknown>;
    /** Paths (see `propertyPath`) of the values that were wrapped as secrets. */
    readonly secretPaths: string[];
}

/** `a.b[0].c`: the path notation used by `secretPaths` and by secret masking. */
export function propertyPath(parent: string, key: string | number): string {
    if (typeof key === "number") {
        return `${parent}[${key}]`;
    }
    return parent === "" ? key : `${parent}.${key}`;
}

export function decodeProperties(raw: Record<string, unknown> | undefined): DecodedProperties {
    const secretPaths: string[] = [];
    const values: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw ?? {})) {
        values[key] = decodeValue(value, key, secretPaths);
    }
    return { values, secretPaths };
}

function decodeValue(value: unknown, path: string, secretPaths: string[]): unknown {
    if (Array.isArray(value)) {
        return value.map((item, index) => decodeValue(item, propertyPath(path, index), secretPaths));
    }
    if (typeof value !== "object" || value === null) {
        return value;
    }
    const record = value as Record<string, unknown>;
    switch (record[SIGNATURE_KEY]) {
        case SECRET_SIGNATURE:
            secretPaths.push(path);
            return decodeValue(record["value"], path, []);
        case RESOURCE_REFERENCE_SIGNATURE:
            return typeof record["id"] === "string" && record["id"] !== "" ? record["id"] : record["urn"];
        case OUTPUT_VALUE_SIGNATURE:
            if (record["secret"] === true) {
                secretPaths.push(path);
            }
            return decodeValue(record["value"], path, []);
        case ASSET_SIGNATURE:
        case ARCHIVE_SIGNATURE:
            return record["path"] ?? record["uri"] ?? (record["text"] !== undefined ? "<text asset>" : "<archive>");
        default: {
            const result: Record<string, unknown> = {};
            for (const [key, inner] of Object.entries(record)) {
                result[key] = decodeValue(inner, propertyPath(path, key), secretPaths);
            }
            return result;
        }
    }
}
