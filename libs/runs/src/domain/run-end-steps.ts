/*
 * What follows a run's end (spec §8, §9, §13, §14, §15), decided from the run alone. The run-end
 * orchestrator (run-end.orchestrator.ts) carries the steps out; a new run kind or event type is a
 * row here and, when it needs a new step, one branch there.
 */
import type { NotificationEventType } from '@zdm/notifications';
import type { RunKind, RunResult, RunState } from './run-state';

/** The event an ended run records in the outbox, in the transaction that ends it. */
export type RunEndEvent =
  /** `run.failed`, `run.lost`, `run.missed`, `run.succeeded`: the runs lib writes it. */
  | { owner: 'runs'; type: NotificationEventType }
  /** `recovery.succeeded` / `recovery.failed`: written by the recoveries lib (RestoreRunsPort). */
  | { owner: 'recoveries' };

export interface RunEndSteps {
  /** The event of the run's end; undefined when its result raises none. */
  event: RunEndEvent | undefined;
  /** Record what a verify run found of its chain (and `image.corrupt` for what is newly bad). */
  markVerification: boolean;
  /** Carry out the job's retention plan (a successful backup changes what is kept). */
  enforceRetention: boolean;
  /** Queue a verify of the new point when the job has `verifyAfterBackup: use`. */
  verifyAfterBackup: boolean;
}

/** Whether a completion of a run of `kind` may name an image it wrote (only a backup writes one). */
export function writesImage(kind: RunKind): boolean {
  return kind === 'backup';
}

/** The notification (spec §15) each run result raises; results without one raise nothing. */
export function runEventType(result: RunResult | null): NotificationEventType | undefined {
  switch (result) {
    case 'failed':
      return 'run.failed';
    case 'lost':
      return 'run.lost';
    case 'missed':
      return 'run.missed';
    case 'success':
      return 'run.succeeded';
    case 'warning':
    case 'cancelled':
    case 'skipped':
    case null:
      return undefined;
  }
}

/** The steps that follow the end of `run` (its state and result after the transition). */
export function runEndSteps(run: {
  kind: RunKind;
  state: RunState;
  result: RunResult | null;
  image: string | null;
}): RunEndSteps {
  const done = run.state === 'done';
  const succeeded = run.result === 'success' || run.result === 'warning';
  switch (run.kind) {
    case 'backup': {
      const type = done ? runEventType(run.result) : undefined;
      return {
        event: type ? { owner: 'runs', type } : undefined,
        markVerification: false,
        enforceRetention: done && run.result === 'success',
        verifyAfterBackup: done && succeeded && run.image !== null,
      };
    }
    case 'verify': {
      const type = done ? runEventType(run.result) : undefined;
      return {
        event: type ? { owner: 'runs', type } : undefined,
        markVerification: done,
        enforceRetention: false,
        verifyAfterBackup: false,
      };
    }
    case 'restore':
      return {
        event: done ? { owner: 'recoveries' } : undefined,
        markVerification: false,
        enforceRetention: false,
        verifyAfterBackup: false,
      };
  }
}
