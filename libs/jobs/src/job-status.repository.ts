import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobStatus } from './domain/job-status';

/** A job's new status and times, taken from its latest run. */
export interface JobStatusChange {
  jobId: number;
  status: JobStatus;
  startedAt: Date | null;
  endedAt: Date | null;
}

/**
 * The job status column follows the job's latest run (spec §7). The runs lib calls this inside the
 * transaction that changes the run, so the list filter `status` and the run never disagree. The
 * job's `lastUpdated` (a change of its settings) is left alone.
 */
@Injectable()
export class JobStatusRepository {
  /** Set status and times of many jobs in one statement (jobs absent meanwhile are skipped). */
  async follow(manager: EntityManager, changes: JobStatusChange[]): Promise<void> {
    if (changes.length === 0) return;
    await manager.query(
      `UPDATE backup_jobs AS j SET status = c.status, started_at = c.started_at, ended_at = c.ended_at
         FROM unnest($1::integer[], $2::varchar[], $3::timestamptz[], $4::timestamptz[])
           AS c(job_id, status, started_at, ended_at)
        WHERE j.id = c.job_id`,
      [
        changes.map((c) => c.jobId),
        changes.map((c) => c.status),
        changes.map((c) => c.startedAt?.toISOString() ?? null),
        changes.map((c) => c.endedAt?.toISOString() ?? null),
      ],
    );
  }
}
