import { CompletionResult, RunResult, RunState } from './run-state';

/** Everything that can happen to a run. */
export type RunEvent =
  /** An agent claims a queued run. */
  | { type: 'claim' }
  /** The agent reports progress (renews its lease). */
  | { type: 'progress' }
  /** A user cancels the run. */
  | { type: 'cancel' }
  /** The agent reports the end of the run. */
  | { type: 'complete'; result: CompletionResult }
  /** The agent's lease ran out (it sent nothing for RUN_LEASE_MS). */
  | { type: 'lease-expired' }
  /** Nobody claimed the queued run within RUN_MAX_START_DELAY_MS. */
  | { type: 'start-deadline-passed' };

export interface RunStatus {
  state: RunState;
  result: RunResult | null;
}

/**
 * The answer of `runTransition`: either the status the run moves to (`changed: false` when the event
 * is accepted but changes nothing, e.g. a repeated completion), or a refusal with a reason code.
 */
export type RunTransition =
  | { ok: true; next: RunStatus; changed: boolean }
  | { ok: false; reason: 'RUN_ALREADY_DONE' | 'RUN_NOT_CLAIMED' | 'RUN_NOT_QUEUED' | 'RUN_NOT_ACTIVE' };

const to = (from: RunStatus, state: RunState, result: RunResult | null = null): RunTransition => ({
  ok: true,
  next: { state, result },
  changed: from.state !== state || from.result !== result,
});

/**
 * The one place a run's state changes (spec §7, §8). Pure: the same status and event always give the
 * same answer (golden table in run-transition.spec.ts).
 *
 * - queued → running (claim), → done/cancelled (cancel: nobody runs it yet, it ends at once),
 *   → done/missed (start deadline passed). Progress or completion of a queued run is refused.
 * - running → running (progress), → cancelling (cancel: the agent is asked to stop),
 *   → done/<result> (complete), → done/lost (lease expired).
 * - cancelling → cancelling (progress, cancel again), → done/<result> (complete: normally
 *   `cancelled`, but an agent that finished anyway may say so), → done/lost (lease expired).
 * - done: a repeated completion with the same result is accepted and changes nothing (idempotent);
 *   anything else is refused (RUN_ALREADY_DONE).
 */
export function runTransition(from: RunStatus, event: RunEvent): RunTransition {
  switch (from.state) {
    case 'queued':
      switch (event.type) {
        case 'claim':
          return to(from, 'running');
        case 'cancel':
          return to(from, 'done', 'cancelled');
        case 'start-deadline-passed':
          return to(from, 'done', 'missed');
        case 'progress':
        case 'complete':
        case 'lease-expired':
          return { ok: false, reason: 'RUN_NOT_CLAIMED' };
      }
      break;
    case 'running':
    case 'cancelling':
      switch (event.type) {
        case 'progress':
          return to(from, from.state);
        case 'cancel':
          return to(from, 'cancelling');
        case 'complete':
          return to(from, 'done', event.result);
        case 'lease-expired':
          return to(from, 'done', 'lost');
        case 'claim':
        case 'start-deadline-passed':
          return { ok: false, reason: 'RUN_NOT_QUEUED' };
      }
      break;
    case 'done':
      if (event.type === 'complete' && event.result === from.result) return to(from, 'done', from.result);
      return { ok: false, reason: 'RUN_ALREADY_DONE' };
  }
  return { ok: false, reason: 'RUN_NOT_ACTIVE' };
}
