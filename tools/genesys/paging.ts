import { UserError } from "../userError";

/** Enough for any org we know of; a server that keeps answering "more" past this is a bug, not an org. */
export const MAX_PAGES = 500;

/** The fields of the SDK's `*EntityListing` models that page by number (integrations, actions, flows). */
export interface NumberedPage<T> {
    readonly entities?: T[];
    readonly pageNumber?: number;
    readonly pageCount?: number;
}

/**
 * Every entity of a listing that pages by `pageNumber`, stopping at `pageCount` (or at an empty page when a
 * server omits `pageCount`).
 */
export async function allNumberedPages<T>(what: string, fetchPage: (pageNumber: number) => Promise<NumberedPage<T>>): Promise<T[]> {
    const all: T[] = [];
    for (let pageNumber = 1; pageNumber <= MAX_PAGES; pageNumber++) {
        const page = await fetchPage(pageNumber);
        const entities = page.entities ?? [];
        all.push(...entities);
        const pageCount = page.pageCount;
        if (pageCount === undefined ? entities.length === 0 : pageNumber >= pageCount) {
            return all;
        }
    }
    throw new UserError(`Listing ${what} did not end after ${MAX_PAGES} pages; refusing to report on a partial listing.`);
}

/** The fields of the SDK's cursor listings (`TriggerEntityListing`): the next page is `nextUri`. */
export interface CursorPage<T> {
    readonly entities?: T[];
    readonly nextUri?: string;
}

/** The `after` cursor a `nextUri` carries, e.g. `/api/v2/processautomation/triggers?after=abc&pageSize=200`. */
export function afterCursor(nextUri: string): string | undefined {
    const after = new URL(nextUri, "https://api.invalid").searchParams.get("after");
    return after === null || after === "" ? undefined : after;
}

/**
 * Every entity of a cursor listing: follows `nextUri` through its `after` cursor. A `nextUri` without a cursor
 * cannot be followed with the SDK's typed options, and silently stopping would hide entities, so it is an error.
 */
export async function allCursorPages<T>(what: string, fetchPage: (after: string | undefined) => Promise<CursorPage<T>>): Promise<T[]> {
    const all: T[] = [];
    let after: string | undefined;
    for (let page = 1; page <= MAX_PAGES; page++) {
        const result = await fetchPage(after);
        const entities = result.entities ?? [];
        all.push(...entities);
        if (result.nextUri === undefined || result.nextUri === "" || entities.length === 0) {
            return all;
        }
        after = afterCursor(result.nextUri);
        if (after === undefined) {
            throw new UserError(`Listing ${what}: the next page (${result.nextUri}) has no 'after' cursor to follow.`);
        }
    }
    throw new UserError(`Listing ${what} did not end after ${MAX_PAGES} pages; refusing to report on a partial listing.`);
}
