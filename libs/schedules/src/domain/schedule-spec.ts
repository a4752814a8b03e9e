import { ScheduleType } from './schedule-type';

/** Weekdays in calendar order (ISO: Monday first), as the API spells them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Which half of a schedule: every type has `basic`; smart types (7–11) also `advanced`. */
export type ScheduleRole = 'basic' | 'advanced';
export const SCHEDULE_ROLES: readonly ScheduleRole[] = ['basic', 'advanced'];

/**
 * The validated, normalised content of one `basic` or `advanced` object. Lists are sorted in
 * calendar order and never repeat a value; which fields are present depends on the type:
 *
 * | type | fields |
 * |---|---|
 * | 0 | `year`, `months` (one), `dates` (one), `time` |
 * | 1 | `time`, `intervalMinutes` |
 * | 2 | `time`, `intervalHours` |
 * | 3 | `time` |
 * | 4, 7 | `weekdays`, `time` |
 * | 5, 8 | `weeks`, `weekdays`, `time` |
 * | 6, 9 | `dates`, `time` |
 * | 10 | `months`, `weeks`, `weekdays`, `time` |
 * | 11 | `months`, `dates`, `time` |
 *
 * This is also what the `schedules.fields` jsonb column stores.
 */
export interface ScheduleFields {
  /** `HH:mm`, zero-padded, 00:00–23:59 (wall-clock time in the schedule's zone). */
  readonly time: string;
  readonly year?: number;
  /** 1–12. */
  readonly months?: readonly number[];
  /** 1–5; 5 = the last such weekday of the month. */
  readonly weeks?: readonly number[];
  readonly weekdays?: readonly Weekday[];
  /** Dates of the month, 1–31. */
  readonly dates?: readonly number[];
  readonly intervalMinutes?: number;
  readonly intervalHours?: number;
}

/** A validated schedule: what `parseScheduleInput` returns and what a schedule row (pair) stores. */
export interface ScheduleSpec {
  readonly type: ScheduleType;
  readonly basic: ScheduleFields;
  /** Present exactly for smart types (7–11). */
  readonly advanced?: ScheduleFields;
  /** IANA zone name the wall-clock fields are read in. */
  readonly timezone: string;
}

/** `HH:mm` → hour and minute (the input is already validated). */
export function clockOf(time: string): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number);
  return { hour, minute };
}

/** The fields of one role of a spec (`advanced` only on smart types). */
export function fieldsOf(spec: ScheduleSpec, role: ScheduleRole): ScheduleFields | undefined {
  return role === 'basic' ? spec.basic : spec.advanced;
}
