/**
 * The `--since` window of `doctor --lost-ends`: how far back to look, as a whole number of minutes, hours or days
 * (`90m`, `24h`, `7d`). Genesys keeps execution data for a limited time ("several days", SDK docs of
 * `getFlowsExecution`); a window longer than that simply finds nothing older.
 */
export const DEFAULT_SINCE = "24h";

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const MAX_AMOUNT = 9999;

export interface SinceWindow {
    /** As the user wrote it (or the default). */
    readonly since: string;
    readonly from: Date;
    readonly to: Date;
}

export type ParsedSince = { readonly ok: true; readonly window: SinceWindow } | { readonly ok: false; readonly problem: string };

export function parseSince(raw: string | undefined, now: Date): ParsedSince {
    const since = raw ?? DEFAULT_SINCE;
    const match = /^([0-9]+)([mhd])$/.exec(since.trim());
    const amount = match ? Number(match[1]) : NaN;
    if (!match || amount < 1 || amount > MAX_AMOUNT) {
        return {
            ok: false,
            problem:
                `--since ${JSON.stringify(since)} is not a window doctor understands. ` +
                `Fix: give a whole number from 1 to ${MAX_AMOUNT} followed by m (minutes), h (hours) or d (days), e.g. --since 24h, --since 90m or --since 7d.`,
        };
    }
    return { ok: true, window: { since, from: new Date(now.getTime() - amount * UNIT_MS[match[2]]), to: now } };
}
