import { Transaction } from '@zdm/database';

/**
 * Who uses a schedule. A schedule a backup job uses cannot be deleted, but `schedules` may not
 * import `jobs` (jobs imports schedules): schedules declares this port, `jobs` implements it and
 * `apps/api` binds the two.
 */
export abstract class ScheduleUsagePort {
  /** Ids of the backup jobs using any of `scheduleIds`, ascending; inside `tx` when given. */
  abstract jobsUsing(scheduleIds: readonly number[], tx?: Transaction): Promise<number[]>;

  /** Those of `scheduleIds` whose job is paused (spec §13 "Pause": their `nextRunAt` is none). */
  abstract pausedSchedules(scheduleIds: readonly number[]): Promise<Set<number>>;
}
