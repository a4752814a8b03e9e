/**
 * How far the clocks of the replica that issued a token and the one checking it may disagree, in
 * seconds: an `iat` up to this far ahead of our clock is accepted, and so is a lifetime from now up
 * to this much longer than TOKEN_MAX_TTL.
 */
export const CLOCK_SKEW_SECONDS = 60;

/** The time claims of a token, epoch seconds (whatever the token carries). */
export interface TimeClaims {
  iat?: unknown;
  exp?: unknown;
}

export type LifetimeVerdict = 'ok' | 'missing' | 'issued in the future' | 'too long';

/**
 * Whether a token's time claims are acceptable at `now` (epoch seconds) when no token may live
 * longer than `maxTtlSeconds`. Both claims must be there: without `exp` a token works forever.
 * The lifetime is judged from now, not as `exp − iat` alone: a token claiming to be issued in the
 * future could otherwise carry an `exp` as far out as it likes (issue 21).
 */
export function judgeTokenLifetime(claims: TimeClaims, now: number, maxTtlSeconds: number): LifetimeVerdict {
  const { iat, exp } = claims;
  if (typeof iat !== 'number' || typeof exp !== 'number' || !Number.isFinite(iat) || !Number.isFinite(exp)) {
    return 'missing';
  }
  if (iat > now + CLOCK_SKEW_SECONDS) return 'issued in the future';
  // Both bounds: as issued (exp − iat) and from now (what is left to an attacker who holds it).
  if (exp - iat > maxTtlSeconds || exp - now > maxTtlSeconds + CLOCK_SKEW_SECONDS) return 'too long';
  return 'ok';
}
