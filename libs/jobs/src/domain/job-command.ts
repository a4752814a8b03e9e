import { HttpStatus } from '@nestjs/common';
import { AppException, messages } from '@zdm/common';
import { JobStatus, RUNNING_STATUSES } from './job-status';

/** `PUT /api/backups/:identifier` `status`: start or stop the job now. */
export const JOB_COMMANDS = ['start', 'stop'] as const;
export type JobCommand = (typeof JOB_COMMANDS)[number];

/** The run-related state of a job. */
export interface JobRunState {
  status: JobStatus;
  startedAt: Date | null;
  endedAt: Date | null;
}

/**
 * A job's state after `start` or `stop` at `now` (spec §4.2): `start` is refused (409) while the job
 * runs and moves it to `Preparing`; `stop` is refused unless it runs and moves it to `Canceled`.
 */
export function applyJobCommand(job: JobRunState & { name: string }, command: JobCommand, now: Date): JobRunState {
  const running = RUNNING_STATUSES.includes(job.status);
  switch (command) {
    case 'start':
      if (running) throw conflict(messages.jobs.alreadyRunning('status', job.name, job.status));
      return { status: 'Preparing', startedAt: now, endedAt: null };
    case 'stop':
      if (!running) throw conflict(messages.jobs.notRunning('status', job.name, job.status));
      return { status: 'Canceled', startedAt: job.startedAt, endedAt: now };
  }
}

function conflict(text: ReturnType<typeof messages.jobs.alreadyRunning>): AppException {
  return new AppException(HttpStatus.CONFLICT, 'CONFLICT', text);
}
