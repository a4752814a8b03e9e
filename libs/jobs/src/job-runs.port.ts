import type { Transaction } from '@zdm/database';
import { JobStatus } from './domain/job-status';

/** A job's status and times after a run was started or stopped (what the job row now shows). */
export interface JobRunStatus {
  status: JobStatus;
  startedAt: Date | null;
  endedAt: Date | null;
}

/**
 * What jobs needs from runs (declared here, implemented by @zdm/runs, bound in apps/api):
 * `PUT /api/backups/:identifier {status: start|stop}` and `autoStart: use` go through it, so they
 * behave exactly like `POST /api/backups/:identifier/runs` and `POST /api/runs/:id/cancel`.
 * `tx`: run inside the caller's transaction (the job row is locked there).
 */
export abstract class JobRunsPort {
  /** Queue a manual run of the job now; 409 JOB_ALREADY_RUNNING while a run of it is not done. */
  abstract start(jobId: number, tx?: Transaction): Promise<JobRunStatus>;

  /** Cancel the job's active run; 409 when it has none. */
  abstract stop(jobId: number, tx?: Transaction): Promise<JobRunStatus>;
}
