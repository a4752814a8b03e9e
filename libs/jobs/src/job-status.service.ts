import { Injectable } from '@nestjs/common';
import type { Transaction } from '@zdm/database';
import type { JobStatusChange } from './domain/job-status';
import { JobStatusRepository } from './job-status.repository';

/**
 * The job status column follows the job's latest run (spec §7). The runs lib calls this inside the
 * transaction that changes the run, so the list filter `status` and the run never disagree. The
 * job's `lastUpdated` (a change of its settings) is left alone.
 */
@Injectable()
export class JobStatusService {
  constructor(private readonly repository: JobStatusRepository) {}

  /** Set status and times of many jobs in one statement (jobs absent meanwhile are skipped). */
  follow(tx: Transaction, changes: JobStatusChange[]): Promise<void> {
    return this.repository.follow(tx, changes);
  }
}
