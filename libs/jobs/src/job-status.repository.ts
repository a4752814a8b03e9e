import { Injectable } from '@nestjs/common';
import type { Transaction } from '@zdm/database';
import type { JobStatusChange } from './domain/job-status';

/** The statement behind JobStatusService: the status columns of `backup_jobs`. */
@Injectable()
export class JobStatusRepository {
  /** Set status and times of many jobs in one statement (jobs absent meanwhile are skipped). */
  async follow(manager: Transaction, changes: JobStatusChange[]): Promise<void> {
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
