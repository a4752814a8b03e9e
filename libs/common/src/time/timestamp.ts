import { DateTime } from 'luxon';
import { CachedZone } from './zone-offsets';

/**
 * How a route prints `timestamp`: the API-wide `YYYY-MM-DD HH:mm:ss` in the configured zone, or
 * ISO-8601 UTC (`2026-01-09T10:30:00Z`) on the images route, as its seed shows.
 */
export type TimestampStyle = 'local' | 'iso-utc';

export function formatTimestamp(at: Date, style: TimestampStyle, zone: string): string {
  // Every answer prints one: the text changes once a second, so the last one is reused meanwhile.
  const second = Math.floor(at.getTime() / 1000);
  if (style === 'iso-utc') {
    if (second !== lastUtc.second) lastUtc = { second, text: `${at.toISOString().slice(0, 19)}Z` };
    return lastUtc.text;
  }
  if (second !== lastLocal.second || zone !== lastLocal.zone) {
    lastLocal = { second, zone, text: formatLocalDateTime(at, zone) };
  }
  return lastLocal.text;
}

let lastLocal = { second: Number.NaN, zone: '', text: '' };
let lastUtc = { second: Number.NaN, text: '' };

/**
 * A stored instant printed for people (`lastUpdated`, `lastRunTime` …) as `yyyy-MM-dd HH:mm:ss` in
 * `zone`; `-` when absent. Lists print several per item: the zone's offset comes from `CachedZone`
 * and the text is built from the shifted UTC fields, luxon only where that cannot be exact.
 */
export function formatLocalDateTime(at: Date | null | undefined, zone: string): string {
  if (!at) return '-';
  const ms = at.getTime();
  const offset = CachedZone.of(zone).steadyOffset(ms);
  const local = offset === undefined ? undefined : new Date(ms + offset * 60_000);
  if (!local || local.getUTCFullYear() < 1000 || local.getUTCFullYear() > 9999) {
    return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
  }
  return (
    `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())} ` +
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`
  );
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
