import { DateTime } from 'luxon';

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
    lastLocal = { second, zone, text: DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm:ss') };
  }
  return lastLocal.text;
}

let lastLocal = { second: Number.NaN, zone: '', text: '' };
let lastUtc = { second: Number.NaN, text: '' };

/** A stored instant printed for people (`lastUpdated`, `lastRunTime` …); `-` when absent. */
export function formatLocalDateTime(at: Date | null | undefined, zone: string): string {
  if (!at) return '-';
  return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
}
