/** The first retry waits this long; each next one twice as long, up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 30_000;
export const MAX_RETRY_DELAY_MS = 3_600_000;
/** A delivery still failing this long after its event is given up (`dead`). */
export const GIVE_UP_AFTER_MS = 24 * 3_600_000;
/** A refusal that will not change (webhook 4xx, SMTP 5xx) is tried at most this many times. */
export const MAX_PERMANENT_ATTEMPTS = 3;
/** Each delay is scaled by a factor in [1 − JITTER, 1 + JITTER) so replicas do not retry in step. */
export const JITTER = 0.2;

export type FailureKind = 'transient' | 'permanent';

/** What a failed attempt leads to: another attempt at `nextAttemptAt`, or `dead`. */
export type AfterFailure = { state: 'failed'; nextAttemptAt: Date } | { state: 'dead' };

/**
 * Exponential backoff with jitter. `attempts`: attempts made so far (this one included);
 * `random` in [0, 1) (Math.random in production, fixed in tests).
 */
export function afterFailure(input: {
  attempts: number;
  kind: FailureKind;
  eventTime: Date;
  now: Date;
  random: number;
}): AfterFailure {
  if (input.kind === 'permanent' && input.attempts >= MAX_PERMANENT_ATTEMPTS) return { state: 'dead' };
  const base = Math.min(FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, input.attempts - 1), MAX_RETRY_DELAY_MS);
  const delay = Math.round(base * (1 - JITTER + 2 * JITTER * input.random));
  const next = input.now.getTime() + delay;
  if (next > input.eventTime.getTime() + GIVE_UP_AFTER_MS) return { state: 'dead' };
  return { state: 'failed', nextAttemptAt: new Date(next) };
}
