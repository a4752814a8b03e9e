import { CachedZone, ZoneOffset } from '@zdm/common';
import { localTimeOf, resolveLocalTime } from './local-time';
import { clockOf, ScheduleFields, ScheduleRole, ScheduleSpec, WEEKDAYS } from './schedule-spec';
import { ScheduleType } from './schedule-type';
import { daysInMonth, isoWeekday } from './calendar';

/** One planned run: when, and which half of the schedule fires (smart: basic = full, advanced = incremental). */
export interface ScheduleRun {
  at: Date;
  role: ScheduleRole;
}

const DAY_MS = 86_400_000;
const MINUTES_PER_DAY = 24 * 60;
const LAST_YEAR = 9999;

/**
 * The next `count` runs strictly after `from`, in increasing order, computed in the schedule's IANA
 * zone (spec §5):
 *
 * - Each wall-clock time is resolved by `resolveLocalTime`: a time in a DST gap runs at the first
 *   instant after the gap, a time that occurs twice runs once, at its first occurrence.
 * - Week 1–4 is the n-th such weekday of the month, week 5 the last one (weeks 4 and 5 may name
 *   the same day: it runs once). A date the month lacks (31 in April, 29 in a common February) is
 *   skipped in that month.
 * - Type 0 runs once, at its instant, if that is after `from`.
 * - Types 1 and 2 (intervals): every day, at `time` and then every N minutes (type 1) / N hours
 *   (type 2) of wall-clock time while still on that day (before 24:00); the next day starts again at
 *   `time`. E.g. `00:30` every 2 hours → 00:30, 02:30, …, 22:30 daily. Wall-clock steps that fall
 *   in the same DST gap collapse into one run at the gap's end.
 * - Smart types (7–11): the runs of `basic` (role `basic`, full backup) and of `advanced` (role
 *   `advanced`, incremental) merged in time order; when both fall on the same instant only the
 *   basic (full) run is listed.
 */
export function nextRuns(spec: ScheduleSpec, from: Date, count: number): ScheduleRun[] {
  const wanted = Math.max(0, Math.floor(count));
  if (wanted === 0) return [];
  const zone = CachedZone.of(spec.timezone);
  const basic = runsOf(spec.type, spec.basic, zone, from.getTime());
  const advanced = spec.advanced ? runsOf(spec.type, spec.advanced, zone, from.getTime()) : undefined;

  const runs: ScheduleRun[] = [];
  let b = basic.next();
  let a = advanced?.next();
  while (runs.length < wanted && (!b.done || (a && !a.done))) {
    if (!b.done && (!a || a.done || b.value <= a.value)) {
      runs.push({ at: new Date(b.value), role: 'basic' });
      if (a && !a.done && a.value === b.value) a = advanced!.next();
      b = basic.next();
    } else if (a && !a.done) {
      runs.push({ at: new Date(a.value), role: 'advanced' });
      a = advanced!.next();
    }
  }
  return runs;
}

/** The first run strictly after `from`, or `undefined` when nothing is ahead. */
export function nextRunAt(spec: ScheduleSpec, from: Date): Date | undefined {
  return nextRuns(spec, from, 1)[0]?.at;
}

/** Instants (ms) of one half of a schedule, strictly increasing, all after `from`. */
function* runsOf(type: ScheduleType, fields: ScheduleFields, zone: ZoneOffset, from: number): Generator<number> {
  const { hour, minute } = clockOf(fields.time);
  if (type === 0) {
    const at = resolveLocalTime(zone, {
      year: fields.year!,
      month: fields.months![0],
      day: fields.dates![0],
      hour,
      minute,
    }).getTime();
    if (at > from) yield at;
    return;
  }

  const minutes = minutesOfDay(type, fields, hour * 60 + minute);
  // Start a day early: a run on the previous local date can still lie after `from` near DST changes.
  const start = localTimeOf(zone, new Date(from - DAY_MS));
  let last = -Infinity;
  for (let year = start.year, month = start.month; year <= LAST_YEAR; month === 12 ? (year++, (month = 1)) : month++) {
    for (const day of daysOf(type, fields, year, month)) {
      if (year === start.year && month === start.month && day < start.day) continue;
      for (const m of minutes) {
        const at = resolveLocalTime(zone, { year, month, day, hour: Math.floor(m / 60), minute: m % 60 }).getTime();
        if (at > from && at > last) {
          last = at;
          yield at;
        }
      }
    }
  }
}

/** Wall-clock minutes of the day at which a run starts (several for interval types). */
function minutesOfDay(type: ScheduleType, fields: ScheduleFields, start: number): number[] {
  const step = type === 1 ? fields.intervalMinutes! : type === 2 ? fields.intervalHours! * 60 : 0;
  if (step <= 0) return [start];
  const minutes: number[] = [];
  for (let m = start; m < MINUTES_PER_DAY; m += step) minutes.push(m);
  return minutes;
}

/** The dates (1–31, increasing) of a month on which a schedule half runs. */
export function daysOf(type: ScheduleType, fields: ScheduleFields, year: number, month: number): number[] {
  const length = daysInMonth(year, month);
  const all = Array.from({ length }, (_, i) => i + 1);
  const inMonths = !fields.months || fields.months.includes(month);
  switch (type) {
    case 0:
      return year === fields.year && fields.months![0] === month && fields.dates![0] <= length
        ? [fields.dates![0]]
        : [];
    case 1:
    case 2:
    case 3:
      return all;
    case 4:
    case 7: {
      const wanted = new Set(fields.weekdays!.map((d) => WEEKDAYS.indexOf(d) + 1));
      return all.filter((day) => wanted.has(isoWeekday(year, month, day)));
    }
    case 5:
    case 8:
    case 10:
      return inMonths ? weekdayDates(fields, year, month, length) : [];
    case 6:
    case 9:
    case 11:
      return inMonths ? fields.dates!.filter((d) => d <= length).sort((a, b) => a - b) : [];
  }
}

/** The dates named by `weeks` × `weekdays` in a month (week 5 = last such weekday). */
function weekdayDates(fields: ScheduleFields, year: number, month: number, length: number): number[] {
  const firstWeekday = isoWeekday(year, month, 1);
  const dates = new Set<number>();
  for (const weekday of fields.weekdays!) {
    const first = 1 + ((WEEKDAYS.indexOf(weekday) + 1 - firstWeekday + 7) % 7);
    for (const week of fields.weeks!) {
      if (week <= 4) dates.add(first + 7 * (week - 1));
      else dates.add(first + 7 * Math.floor((length - first) / 7));
    }
  }
  return [...dates].sort((a, b) => a - b);
}
