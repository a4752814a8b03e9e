import { ZoneOffset } from '@zdm/common';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A wall-clock time on a calendar date (month 1–12). */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant a wall-clock time names in an IANA zone, DST-correct:
 * - a time that occurs once → that instant;
 * - a time that occurs twice (the hour repeated when clocks go back) → the first occurrence;
 * - a time that does not exist (skipped when clocks go forward) → the first instant after the gap,
 *   i.e. the moment the clocks jump (02:30 on a US spring-forward day → 03:00 EDT).
 */
export function resolveLocalTime(zone: ZoneOffset, local: LocalDateTime): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const offsets = new Set([zone.offset(wall - DAY_MS), zone.offset(wall), zone.offset(wall + DAY_MS)]);
  const matches = [...offsets]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => instant + zone.offset(instant) * MINUTE_MS === wall)
    .sort((a, b) => a - b);
  if (matches.length > 0) return new Date(matches[0]);
  return new Date(gapEnd(zone, wall));
}

/**
 * `wall` falls in a gap: the first instant whose wall-clock reading is at or after `wall`. Searched
 * between the readings of `wall` under the offsets of the day before and the day after (the gap's
 * transition lies between them).
 */
function gapEnd(zone: ZoneOffset, wall: number): number {
  const reading = (instant: number) => instant + zone.offset(instant) * MINUTE_MS;
  const before = zone.offset(wall - DAY_MS);
  const after = zone.offset(wall + DAY_MS);
  let lo = Math.min(wall - before * MINUTE_MS, wall - after * MINUTE_MS);
  let hi = Math.max(wall - before * MINUTE_MS, wall - after * MINUTE_MS);
  // Invariant: reading(lo) < wall <= reading(hi); find the smallest such hi (millisecond precision).
  if (reading(lo) >= wall) return lo;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reading(mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The wall-clock reading of an instant in a zone. */
export function localTimeOf(zone: ZoneOffset, instant: Date): LocalDateTime & { weekday: number } {
  const reading = new Date(instant.getTime() + zone.offset(instant.getTime()) * MINUTE_MS);
  return {
    year: reading.getUTCFullYear(),
    month: reading.getUTCMonth() + 1,
    day: reading.getUTCDate(),
    hour: reading.getUTCHours(),
    minute: reading.getUTCMinutes(),
    /** ISO weekday: 1 = Monday … 7 = Sunday. */
    weekday: ((reading.getUTCDay() + 6) % 7) + 1,
  };
}
