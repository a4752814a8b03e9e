/** `lastUsedAt` is written at most once per this interval per key (spec §16). */
export const LAST_USED_WRITE_INTERVAL_MS = 60_000;

/** A key as the authentication hook judges it. */
export interface KeyValidity {
  expiresAt: Date | null;
}

/** Whether a found key may be used now: a key expires at `expiresAt` exactly. */
export function judgeApiKey(key: KeyValidity, now: Date): 'ok' | 'expired' {
  return key.expiresAt !== null && key.expiresAt.getTime() <= now.getTime() ? 'expired' : 'ok';
}

/**
 * Whether this use is recorded as `lastUsedAt`: the first use, or a minute after the last recorded
 * one (a scraper every 15 s costs one write a minute, not four). A recorded time ahead of `now`
 * (another replica's clock) counts as recent.
 */
export function shouldRecordUse(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= LAST_USED_WRITE_INTERVAL_MS;
}
