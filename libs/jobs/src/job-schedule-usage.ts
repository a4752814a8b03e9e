import { Injectable } from '@nestjs/common';
import { Transaction } from '@zdm/database';
import { ScheduleUsagePort } from '@zdm/schedules';
import { BackupJobsRepository } from './backup-jobs.repository';

/** `schedules`' ScheduleUsagePort: the backup jobs whose basic or advanced schedule is one of the ids. */
@Injectable()
export class JobScheduleUsage extends ScheduleUsagePort {
  constructor(private readonly jobs: BackupJobsRepository) {
    super();
  }

  jobsUsing(scheduleIds: readonly number[], tx?: Transaction): Promise<number[]> {
    return this.jobs.idsUsingSchedules(scheduleIds, tx);
  }

  pausedSchedules(scheduleIds: readonly number[]): Promise<Set<number>> {
    return this.jobs.pausedSchedules(scheduleIds);
  }
}
