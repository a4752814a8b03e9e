import type { ScheduleFields, ScheduleSpec, ScheduleType } from '@zdm/schedules';

/** A job's schedule rows as the runs lib reads them. */
export interface ScheduleSource {
  /** The basic row's id (kept when a job's schedule is revised: `since` moves instead). */
  scheduleId: number;
  /** The advanced row's id (smart schedules), whose `lastRunTime` its slots write. */
  advancedScheduleId: number | null;
  type: ScheduleType;
  basic: ScheduleFields;
  advanced: ScheduleFields | null;
  timezone: string;
  /**
   * Since when its slots are the job's: the schedule's creation, its last revision or the job's
   * resumption after a pause, whichever is latest. Slots before it never belonged to the job.
   */
  since: Date;
  /** The schedule is `Enabled` and its job is not paused: its slots fire. */
  enabled: boolean;
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
