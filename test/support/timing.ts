/**
 * Wall-clock assertions are the reliability bench's business, not `npm test`'s (a loaded machine
 * must not fail a correct build): `npm run bench:reliability` sets RELIABILITY_TIMING=1, and only
 * then do the specs that measure time assert it. Without it they still print what they measured.
 */
export const TIMING = process.env.RELIABILITY_TIMING === '1';

/** Runs `assertion` only under the reliability bench (RELIABILITY_TIMING=1). */
export function whenTiming(assertion: () => void): void {
  if (TIMING) assertion();
}
