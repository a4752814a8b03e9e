import { duration, RunEndCause, runEndReason } from './run-end-reason';

describe('runEndReason (golden table)', () => {
  it.each<[RunEndCause, string]>([
    [
      { cause: 'lease-expired', leaseMs: 60_000 },
      'Lost: the agent sent nothing for RUN_LEASE_MS (1 min); its lease expired.',
    ],
    [
      { cause: 'unclaimed', maxStartDelayMs: 3_600_000 },
      'Missed: no agent claimed the run within RUN_MAX_START_DELAY_MS (1 h).',
    ],
    [
      { cause: 'slot-passed', maxStartDelayMs: 5_400_000 },
      'Missed: the slot passed while no scheduler was running, longer ago than RUN_MAX_START_DELAY_MS (90 min).',
    ],
    [{ cause: 'overlap' }, 'Skipped: the job still had an active run when the slot came due.'],
  ])('%j → %s', (end, text) => {
    expect(runEndReason(end)).toBe(text);
  });
});

describe('duration (golden table)', () => {
  it.each<[number, string]>([
    [7_200_000, '2 h'],
    [5_400_000, '90 min'],
    [60_000, '1 min'],
    [30_000, '30 s'],
    [1500, '1500 ms'],
    [0, '0 ms'],
  ])('%d → %s', (ms, text) => {
    expect(duration(ms)).toBe(text);
  });
});
