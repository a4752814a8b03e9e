import type { ScheduleColumns } from '@zdm/schedules';

/**
 * A job's schedule rows as the runs lib reads them (decoded by @zdm/schedules, whose
 * `scheduleSpecOfColumns` gives the engine's spec), with when its slots became the job's.
 * `enabled` here also says the job is not paused: its slots fire.
 */
export interface ScheduleSource extends ScheduleColumns {
  /**
   * Since when its slots are the job's: the schedule's creation, its last revision or the job's
   * resumption after a pause, whichever is latest. Slots before it never belonged to the job.
   */
  since: Date;
}
