import { DateTime } from 'luxon';

/** `GET /api/schedules` item (spec §5; `timezone` and `nextRunAt` are beyond). Missing values are `"-"`. */
export interface ScheduleView {
  id: number;
  center: { id: number; name: string };
  type: string;
  state: string;
  jobName: string;
  lastRunTime: string;
  description: string;
  timezone: string;
  nextRunAt: string;
}

/** One half of `POST /api/schedules`'s answer. */
export interface RegisteredScheduleView {
  id: number;
  type: string;
  state: string;
  description: string;
}

/** Type name and description of one half, as job registration reports it (seed `schedule.basic`). */
export interface ScheduleHalfSummary {
  type: string;
  description: string;
}

export interface ScheduleSummary {
  basic: ScheduleHalfSummary;
  advanced?: ScheduleHalfSummary;
}

/** An instant as ISO-8601 with the schedule zone's offset (`2026-01-25T12:00:00+09:00`); `-` when absent. */
export function formatRunTime(at: Date | undefined, zone: string): string {
  if (!at) return '-';
  return DateTime.fromJSDate(at, { zone }).toISO({ suppressMilliseconds: true }) ?? '-';
}
