/**
 * Decoding of property values as the Pulumi Node SDK serializes them for the resource monitor
 * (`runtime/rpc.js`): secrets, resource references, assets and archives are objects tagged with a
 * signature key. We read the raw form because it is the only place that still says which values were secret.
 */

const SIGNATURE_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIGNATURE = "1b47061264138c4ac30d75fd1eb44270";
const RESOURCE_REFERENCE_SIGNATURE = "5cf8f73096256a8f31e491e813e4eb8e";
const ASSET_SIGNATURE = "c44067f5952c0a294b673a41bacd8c17";
const ARCHIVE_SIGNATURE = "0def7320c3a5731c473e5ecbe6d01bc7";
const OUTPUT_VALUE_SIGNATURE = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
/** What the SDK sends for a value not known yet (only in previews; the offline evaluator runs as an update). */
export const UNKNOWN_VALUE = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

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
