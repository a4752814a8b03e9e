import { RunResult, RunState, RunTrigger } from './run-state';

/** A schedule slot: when, and which half of the schedule (smart: basic = full, advanced = increment). */
export interface Slot {
  at: Date;
  role: 'basic' | 'advanced';
}

export interface SlotFacts {
  /** The trigger's due slot (the first one not handled yet; ≤ now). */
  first: Slot;
  /**
   * The due slots inside the start window: after `first` is excluded, at or after
   * `max(first, now - maxStartDelayMs)`, at or before `now`, in order (`first` included when inside).
   */
  recent: Slot[];
  now: Date;
  /** A slot handled within this long after it came due is on time (a replica was up). */
  onTimeMs: number;
  maxStartDelayMs: number;
  /** The job has a run that is not done. */
  jobActive: boolean;
}

/** What the scheduler records for a job's due slots: exactly one run. */
export interface SlotPlan {
  trigger: RunTrigger;
  slot: Slot;
  state: RunState;
  result: RunResult | null;
}

/**
 * One run for however many slots of a job came due since it was last handled (spec §7):
 * - exactly one slot due, handled on time → `schedule` run, queued;
 * - several slots due, or one handled late (no replica was up), the latest within
 *   RUN_MAX_START_DELAY_MS → one `catch-up` run for the latest slot, queued;
 * - the latest due slot older than RUN_MAX_START_DELAY_MS → one run recorded `missed` (for the first
 *   missed slot: finding the latest would mean walking every missed slot);
 * - the job has an active run → the run above is recorded `skipped` instead of queued (overlap).
 * Never one run per missed slot.
 */
export function planSlot(facts: SlotFacts): SlotPlan {
  const { first, recent, now } = facts;
  const latest = recent.length > 0 ? recent[recent.length - 1] : undefined;
  let plan: SlotPlan;
  if (!latest) {
    plan = { trigger: 'schedule', slot: first, state: 'done', result: 'missed' };
  } else {
    const single = recent.length === 1 && recent[0].at.getTime() === first.at.getTime();
    const onTime = now.getTime() - latest.at.getTime() <= facts.onTimeMs;
    plan = { trigger: single && onTime ? 'schedule' : 'catch-up', slot: latest, state: 'queued', result: null };
  }
  if (facts.jobActive && plan.state === 'queued') return { ...plan, state: 'done', result: 'skipped' };
  return plan;
}
