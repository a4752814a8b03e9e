import { RunResult, RunState } from './run-state';

/** A job's health on the monitoring view (spec §7). */
export const RUN_HEALTHS = ['ok', 'running', 'failed', 'stale', 'never-run', 'paused'] as const;
export type RunHealth = (typeof RUN_HEALTHS)[number];

export interface HealthFacts {
  /** The job's latest run that is not `skipped`, if any. */
  latest: { state: RunState; result: RunResult | null } | null;
  /** The first schedule slot after the last success (or, without one, after the schedule began). */
  firstSlotSinceSuccess: Date | null;
  now: Date;
  staleGraceMs: number;
  /** The job is paused (`enabled: false`): its slots do not fire. */
  paused?: boolean;
}

/**
 * - `running`: the latest run is not done (a manual run of a paused job too);
 * - `paused`: the job is paused (spec §13): nothing is due, so neither stale nor failed says anything;
 * - `stale`: a slot passed more than RUN_STALE_GRACE_MS ago with no successful run since;
 * - `failed`: the latest run ended failed, lost or missed;
 * - `never-run`: no run yet (and no slot overdue);
 * - `ok`: otherwise (success, warning, cancelled).
 */
export function runHealth(facts: HealthFacts): RunHealth {
  const { latest } = facts;
  if (latest && latest.state !== 'done') return 'running';
  if (facts.paused) return 'paused';
  if (facts.firstSlotSinceSuccess && facts.firstSlotSinceSuccess.getTime() < facts.now.getTime() - facts.staleGraceMs) {
    return 'stale';
  }
  if (!latest) return 'never-run';
  if (latest.result === 'failed' || latest.result === 'lost' || latest.result === 'missed') return 'failed';
  return 'ok';
}
