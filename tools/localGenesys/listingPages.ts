/**
 * How listings page, as the Platform API does: `pageNumber`/`pageSize`/`pageCount` for integrations, actions and
 * flows; an `after` cursor carried in `nextUri` for Process Automation triggers. A server-side cap on the page
 * size lets tests force many pages.
 */
const DEFAULT_PAGE_SIZE = 25;

function pageSizeOf(query: Readonly<Record<string, string>>, maxPageSize: number | undefined): number {
    const asked = Number(query.pageSize ?? DEFAULT_PAGE_SIZE);
    const size = Number.isInteger(asked) && asked > 0 ? asked : DEFAULT_PAGE_SIZE;
    return Math.min(size, maxPageSize ?? Number.MAX_SAFE_INTEGER);
}

export interface NumberedListing<T> {
    entities: T[];
    pageNumber: number;
    pageSize: number;
    pageCount: number;
    total: number;
}

export function numberedPage<T>(entities: readonly T[], query: Readonly<Record<string, string>>, maxPageSize: number | undefined): NumberedListing<T> {
    const pageSize = pageSizeOf(query, maxPageSize);
    const asked = Number(query.pageNumber ?? 1);
    const pageNumber = Number.isInteger(asked) && asked > 0 ? asked : 1;
    const pageCount = Math.max(1, Math.ceil(entities.length / pageSize));
    const start = (pageNumber - 1) * pageSize;
    return { entities: entities.slice(start, start + pageSize), pageNumber, pageSize, pageCount, total: entities.length };
}

export interface CursorListing<T> {
    entities: T[];
    selfUri: string;
    nextUri?: string;
}

/** One page from the `after` cursor (an offset here); `keep` are query parameters `nextUri` repeats. */
export function cursorPage<T>(
    entities: readonly T[],
    query: Readonly<Record<string, string>>,
    maxPageSize: number | undefined,
    selfUri: string,
    keep: Readonly<Record<string, string>>,
): CursorListing<T> {
    const pageSize = pageSizeOf(query, maxPageSize);
    const after = Number(query.after ?? 0);
    const start = Number.isInteger(after) && after > 0 ? after : 0;
    const end = start + pageSize;
    const next = new URLSearchParams({ after: String(end), pageSize: String(pageSize), ...keep });
    return { entities: entities.slice(start, end), selfUri, ...(end < entities.length ? { nextUri: `${selfUri}?${next.toString()}` } : {}) };
}
