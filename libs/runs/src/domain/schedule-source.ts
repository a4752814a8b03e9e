import type { ScheduleColumns, ScheduleSpec } from '@zdm/schedules';

/**
 * A job's schedule rows as the runs lib reads them (decoded by @zdm/schedules), with when its slots
 * became the job's. `enabled` here also says the job is not paused: its slots fire.
 */
export interface ScheduleSource extends ScheduleColumns {
  /**
   * Since when its slots are the job's: the schedule's creation, its last revision or the job's
   * resumption after a pause, whichever is latest. Slots before it never belonged to the job.
   */
  since: Date;
}

/** The spec the schedule engine (@zdm/schedules `nextRuns`) takes. */
export function scheduleSpecOf(source: ScheduleSource): ScheduleSpec {
  return source.advanced
    ? { type: source.type, basic: source.basic, advanced: source.advanced, timezone: source.timezone }
    : { type: source.type, basic: source.basic, timezone: source.timezone };
}

/** Smart schedules (types 7–11): the basic half is the full backup. */
export function isSmartSchedule(source: ScheduleSource): boolean {
  return source.type >= 7;
}
