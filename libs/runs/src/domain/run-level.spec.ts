import { RunOccasion, runLevel } from './run-level';

const smartBasic: RunOccasion = { slot: 'basic', smartSchedule: true };
const smartAdvanced: RunOccasion = { slot: 'advanced', smartSchedule: true };
const plainSlot: RunOccasion = { slot: 'basic', smartSchedule: false };
const manual: RunOccasion = { slot: 'manual' };

describe('runLevel (golden table)', () => {
  it.each([
    ['full', plainSlot, false, 'full'],
    ['full', manual, true, 'full'],
    ['increment', plainSlot, false, 'increment'],
    ['increment', manual, true, 'increment'],
    ['smart', smartBasic, false, 'full'],
    ['smart', smartBasic, true, 'full'],
    ['smart', smartAdvanced, true, 'increment'],
    ['smart', smartAdvanced, false, 'full'],
    ['smart', plainSlot, false, 'full'],
    ['smart', plainSlot, true, 'increment'],
    ['smart', manual, false, 'full'],
    ['smart', manual, true, 'increment'],
  ] as const)('%s job, %o, successful full: %s → %s', (mode, occasion, hasFull, level) => {
    expect(runLevel(mode, occasion, hasFull)).toBe(level);
  });
});
