/** Job status values (spec §4.2). */
export const JOB_STATUSES = [
  'Preparing',
  'Processing',
  'Complete',
  'Scheduled',
  'Registered',
  'Canceling',
  'Canceled',
  'Error',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A job's new status and times, taken from its latest run. */
export interface JobStatusChange {
  jobId: number;
  status: JobStatus;
  startedAt: Date | null;
  endedAt: Date | null;
}

/** Statuses of a job that is running (a `start` is refused, a `stop` accepted). */
export const RUNNING_STATUSES: readonly JobStatus[] = ['Preparing', 'Processing', 'Canceling'];

/** A status filter value in any case (`scheduled`, `SCHEDULED`) → the stored spelling. */
export function jobStatusFrom(value: string): JobStatus | undefined {
  const wanted = value.trim().toLowerCase();
  return JOB_STATUSES.find((s) => s.toLowerCase() === wanted);
}

/**
 * A new job's status: `autoStart: use` starts it now (`Preparing`); otherwise `Scheduled` when it
 * has a schedule, else `Registered`.
 */
export function initialJobStatus(autoStart: boolean, hasSchedule: boolean): JobStatus {
  if (autoStart) return 'Preparing';
  return hasSchedule ? 'Scheduled' : 'Registered';
}

/** The idle status of a job that is not running: `Scheduled` with a schedule, else `Registered`. */
export function idleJobStatus(hasSchedule: boolean): JobStatus {
  return hasSchedule ? 'Scheduled' : 'Registered';
}
