import { RunResult, RunState } from './run-state';

/** A job's health on the monitoring view (spec §7). */
export const RUN_HEALTHS = ['ok', 'running', 'waiting-for-agent', 'failed', 'stale', 'never-run', 'paused'] as const;
export type RunHealth = (typeof RUN_HEALTHS)[number];

export interface HealthFacts {
  /** The job's latest run that is not `skipped`, if any (`startedAt`: when an agent claimed it). */
  latest: { state: RunState; result: RunResult | null; startedAt?: Date | null } | null;
  /** The first schedule slot after the last success (or, without one, after the schedule began). */
  firstSlotSinceSuccess: Date | null;
  now: Date;
  staleGraceMs: number;
  /** The job is paused (`enabled: false`): its slots do not fire. */
  paused?: boolean;
  /** An agent of the job's server called within AGENT_OFFLINE_AFTER_MS (default: assume one did). */
  agentOnline?: boolean;
}

/**
 * - `waiting-for-agent`: the latest run is queued and no agent of the job's server is online to claim
 *   it (spec §13: not `running` while nothing runs);
 * - `stale`: a slot passed more than RUN_STALE_GRACE_MS ago with no successful run since — also while a
 *   run is in progress that started only after that deadline (it is no excuse for the missed slot);
 * - `running`: the latest run is not done (a manual run of a paused job too);
 * - `paused`: the job is paused (spec §13): nothing is due, so neither stale nor failed says anything;
 * - `failed`: the latest run ended failed, lost or missed;
 * - `never-run`: no run yet (and no slot overdue);
 * - `ok`: otherwise (success, warning, cancelled).
 */
export function runHealth(facts: HealthFacts): RunHealth {
  const { latest } = facts;
  const deadline = facts.firstSlotSinceSuccess
    ? facts.firstSlotSinceSuccess.getTime() + facts.staleGraceMs
    : Number.POSITIVE_INFINITY;
  const stale = deadline < facts.now.getTime();
  if (latest && latest.state !== 'done') {
    if (latest.state === 'queued' && facts.agentOnline === false) return 'waiting-for-agent';
    if (stale && !facts.paused && latest.startedAt && latest.startedAt.getTime() > deadline) return 'stale';
    return 'running';
  }
  if (facts.paused) return 'paused';
  if (stale) return 'stale';
  if (!latest) return 'never-run';
  if (latest.result === 'failed' || latest.result === 'lost' || latest.result === 'missed') return 'failed';
  return 'ok';
}
