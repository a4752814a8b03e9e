import { DateTime } from 'luxon';

/**
 * How a route prints `timestamp`: the API-wide `YYYY-MM-DD HH:mm:ss` in the configured zone, or
 * ISO-8601 UTC (`2026-01-09T10:30:00Z`) on the images route, as its seed shows.
 */
export type TimestampStyle = 'local' | 'iso-utc';

export function formatTimestamp(at: Date, style: TimestampStyle, zone: string): string {
  if (style === 'iso-utc') {
    return DateTime.fromJSDate(at, { zone: 'utc' }).toFormat("yyyy-MM-dd'T'HH:mm:ss'Z'");
  }
  return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
}

/** A stored instant printed for people (`lastUpdated`, `lastRunTime` …); `-` when absent. */
export function formatLocalDateTime(at: Date | null | undefined, zone: string): string {
  if (!at) return '-';
  return DateTime.fromJSDate(at, { zone }).toFormat('yyyy-MM-dd HH:mm:ss');
}
