import { EntityManager } from 'typeorm';

/**
 * Who uses a schedule. A schedule a backup job uses cannot be deleted, but `schedules` may not
 * import `jobs` (jobs imports schedules): schedules declares this port, `jobs` implements it and
 * `apps/api` binds the two.
 */
export abstract class ScheduleUsagePort {
  /** Ids of the backup jobs using any of `scheduleIds`, ascending; inside `manager`'s transaction when given. */
  abstract jobsUsing(scheduleIds: readonly number[], manager?: EntityManager): Promise<number[]>;
}
