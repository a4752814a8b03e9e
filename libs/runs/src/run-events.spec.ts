import { RunResult } from './domain/run-state';
import { runEventType } from './run-events';

describe('runEventType', () => {
  it.each<[RunResult | null, string | undefined]>([
    ['failed', 'run.failed'],
    ['lost', 'run.lost'],
    ['missed', 'run.missed'],
    ['success', 'run.succeeded'],
    ['warning', undefined],
    ['cancelled', undefined],
    ['skipped', undefined],
    [null, undefined],
  ])('%s → %s', (result, expected) => {
    expect(runEventType(result)).toBe(expected);
  });
});
