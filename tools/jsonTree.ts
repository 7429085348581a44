import { isRecord } from "@cognigy-handover/contract";

/**
 * Calls `visit` for every object in a parsed JSON or YAML value, parents before their children, arrays walked in
 * order. The one walker for documents whose exact shape is not ours to rely on (Genesys' execution data, Archy YAML).
 */
export function forEachObject(root: unknown, visit: (object: Record<string, unknown>) => void): void {
    const pending: unknown[] = [root];
    while (pending.length > 0) {
        const node = pending.pop();
        if (Array.isArray(node)) {
            const items: readonly unknown[] = node;
            pending.push(...[...items].reverse());
        } else if (isRecord(node)) {
            visit(node);
            pending.push(...Object.values(node).reverse());
        }
    }
}
