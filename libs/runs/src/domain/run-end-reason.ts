/** Why a run ended without an agent's word: the run's `errorMessage` and its log line (spec §7). */
export type RunEndCause =
  /** A running run whose agent sent nothing for RUN_LEASE_MS: `lost`. */
  | { cause: 'lease-expired'; leaseMs: number }
  /** A queued run nobody claimed within RUN_MAX_START_DELAY_MS: `missed`. */
  | { cause: 'unclaimed'; maxStartDelayMs: number }
  /** A slot that passed longer than RUN_MAX_START_DELAY_MS ago while no scheduler ran: `missed`. */
  | { cause: 'slot-passed'; maxStartDelayMs: number }
  /** A slot that came due while the job still had a run that was not done: `skipped`. */
  | { cause: 'overlap' };

/**
 * The sentence a user reads on the run (`errorMessage`) and in its log: what happened and the
 * setting that decided it, with its value.
 */
export function runEndReason(end: RunEndCause): string {
  switch (end.cause) {
    case 'lease-expired':
      return `Lost: the agent sent nothing for RUN_LEASE_MS (${duration(end.leaseMs)}); its lease expired.`;
    case 'unclaimed':
      return `Missed: no agent claimed the run within RUN_MAX_START_DELAY_MS (${duration(end.maxStartDelayMs)}).`;
    case 'slot-passed':
      return `Missed: the slot passed while no scheduler was running, longer ago than RUN_MAX_START_DELAY_MS (${duration(end.maxStartDelayMs)}).`;
    case 'overlap':
      return 'Skipped: the job still had an active run when the slot came due.';
  }
}

/** `1 h`, `90 min`, `60 s`, `1500 ms`: the largest unit that divides the value. */
export function duration(ms: number): string {
  if (ms > 0 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms > 0 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms > 0 && ms % 1000 === 0) return `${ms / 1000} s`;
  return `${ms} ms`;
}
