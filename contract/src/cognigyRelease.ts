import { HANDOVER_EVENTS, HandoverEvent } from "./events";

/**
 * Cognigy.AI releases and the handover events each expects through Amazon EventBridge. Releases were
 * numbered 4.x until 2025, then `<year>.<n>`; every 4.x release precedes 2025.1.
 */
export interface CognigyRelease {
    readonly major: number;
    readonly minor: number;
    readonly text: string;
}

const RELEASE = /^(\d+)\.(\d+)$/;

export function parseCognigyRelease(text: string): CognigyRelease | undefined {
    const match = RELEASE.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const major = Number(match[1]);
    const minor = Number(match[2]);
    const knownScheme = major === 4 || (major >= 2025 && major < 2100);
    return knownScheme ? { major, minor, text: text.trim() } : undefined;
}

function compare(a: CognigyRelease, b: { major: number; minor: number }): number {
    return a.major !== b.major ? a.major - b.major : a.minor - b.minor;
}

/**
 * The first release that receives handover events through EventBridge. From this release on, Cognigy's
 * HTTP-webhook setup keeps working only where it was set up before the update (Cognigy's webhook guide).
 */
export const FIRST_EVENTBRIDGE_RELEASE = { major: 4, minor: 100 } as const;
/** The last release for which Cognigy's guide lets you create a new HTTP-webhook setup. */
export const LAST_NEW_WEBHOOK_RELEASE = { major: 4, minor: 99 } as const;
/** From this release Cognigy listens to CustomerEndEvent instead of AfterCallWorkEvent + UserEndEvent. */
export const FIRST_CUSTOMER_END_RELEASE = { major: 2025, minor: 12 } as const;
/** From this release Cognigy can also show the agent's name and image, from UserStartEvent. */
export const FIRST_USER_START_RELEASE = { major: 2025, minor: 22 } as const;

export function supportsEventBridge(release: CognigyRelease): boolean {
    return compare(release, FIRST_EVENTBRIDGE_RELEASE) >= 0;
}

/** Whether Cognigy acts on a webhook setup created while it runs this release (4.99 and earlier). */
export function acceptsNewWebhookSetup(release: CognigyRelease): boolean {
    return compare(release, LAST_NEW_WEBHOOK_RELEASE) <= 0;
}

export function supportsUserStartEvent(release: CognigyRelease): boolean {
    return compare(release, FIRST_USER_START_RELEASE) >= 0;
}

/** The events the Genesys EventBridge source must forward for this release (its topic filter). */
export function eventBridgeEventsFor(release: CognigyRelease, includeUserStartEvent: boolean): readonly HandoverEvent[] {
    if (compare(release, FIRST_CUSTOMER_END_RELEASE) < 0) {
        return [HANDOVER_EVENTS.AfterCallWorkEvent, HANDOVER_EVENTS.UserEndEvent];
    }
    if (includeUserStartEvent && supportsUserStartEvent(release)) {
        return [HANDOVER_EVENTS.CustomerEndEvent, HANDOVER_EVENTS.UserStartEvent];
    }
    return [HANDOVER_EVENTS.CustomerEndEvent];
}

export function formatRelease(release: { major: number; minor: number }): string {
    return `${release.major}.${release.minor}`;
}
