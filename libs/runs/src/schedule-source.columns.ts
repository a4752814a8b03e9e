import { decodeScheduleColumns, scheduleColumns } from '@zdm/schedules';
import { ScheduleSource } from './domain/schedule-source';
import { date } from './run-row';

/**
 * Since when a job's schedule slots are the job's: the schedule's creation, its in-place revision or
 * the job's resumption after a pause, whichever is latest (j = the job, b = its basic row). In
 * milliseconds, as a JavaScript Date holds it: `run_triggers.since` is compared with it after a round
 * trip through the scheduler.
 */
export const SCHEDULE_SINCE = `date_trunc('milliseconds', greatest(b.created_at, b.revised_at, j.resumed_at))`;

/**
 * A job's schedule columns (b = basic row, a = advanced row, j = the job): the schedules lib's own
 * columns and decoder, plus since when the slots are the job's and whether the job is paused.
 */
export const SCHEDULE_COLUMNS = `${scheduleColumns('b', 'a')},
  ${SCHEDULE_SINCE} AS schedule_since, j.enabled AS job_enabled`;

/** A row with SCHEDULE_COLUMNS → the job's ScheduleSource; null when the job has no schedule. */
export function scheduleFrom(row: Record<string, unknown>): ScheduleSource | null {
  const schedule = decodeScheduleColumns(row);
  if (!schedule) return null;
  return { ...schedule, since: date(row.schedule_since)!, enabled: schedule.enabled && row.job_enabled === true };
}
