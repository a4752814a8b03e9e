import type { JobStatus } from '@zdm/jobs';
import { RunResult, RunState } from './run-state';

/**
 * The ZDM job status (spec §4.2) a job shows while `run` is its latest run (spec §7): queued →
 * `Preparing`, running → `Processing`, cancelling → `Canceling`, done success|warning → `Complete`,
 * cancelled → `Canceled`, failed|lost → `Error`. A `missed` run (the slot passed with no backup) is
 * `Error` too. A `skipped` run never becomes the latest run the status follows: it only records a
 * slot that came due while another run held the job, so `undefined` (keep the status).
 */
export function jobStatusOfRun(state: RunState, result: RunResult | null): JobStatus | undefined {
  switch (state) {
    case 'queued':
      return 'Preparing';
    case 'running':
      return 'Processing';
    case 'cancelling':
      return 'Canceling';
    case 'done':
      switch (result) {
        case 'success':
        case 'warning':
          return 'Complete';
        case 'cancelled':
          return 'Canceled';
        case 'failed':
        case 'lost':
        case 'missed':
          return 'Error';
        case 'skipped':
        case null:
          return undefined;
      }
  }
}
