import { planSlot, Slot, SlotFacts } from './slot-plan';

const now = new Date('2026-01-10T12:00:30Z');
const minute = 60_000;
const hour = 60 * minute;
const slot = (msAgo: number, role: Slot['role'] = 'basic'): Slot => ({ at: new Date(now.getTime() - msAgo), role });
const facts = (over: Partial<SlotFacts>): SlotFacts => ({
  first: slot(30_000),
  recent: [slot(30_000)],
  now,
  onTimeMs: minute,
  maxStartDelayMs: hour,
  jobActive: false,
  ...over,
});
const summary = (f: SlotFacts) => {
  const p = planSlot(f);
  return `${p.trigger} ${p.state}/${p.result} ${(now.getTime() - p.slot.at.getTime()) / 1000}s-ago ${p.slot.role}`;
};

describe('planSlot (golden table)', () => {
  it.each<[string, Partial<SlotFacts>, string]>([
    ['one slot, on time', {}, 'schedule queued/null 30s-ago basic'],
    ['one slot, on time, job active (overlap)', { jobActive: true }, 'schedule done/skipped 30s-ago basic'],
    [
      'one slot, 5 min late (replica down)',
      { first: slot(5 * minute), recent: [slot(5 * minute)] },
      'catch-up queued/null 300s-ago basic',
    ],
    [
      'ten slots due, latest on time',
      {
        first: slot(9 * minute + 30_000),
        recent: Array.from({ length: 10 }, (_, i) => slot((9 - i) * minute + 30_000)),
      },
      'catch-up queued/null 30s-ago basic',
    ],
    [
      'slots older than the window and some inside',
      { first: slot(5 * hour), recent: [slot(30 * minute, 'advanced'), slot(20 * minute, 'basic')] },
      'catch-up queued/null 1200s-ago basic',
    ],
    [
      'all due slots older than the window',
      { first: slot(5 * hour), recent: [] },
      'schedule done/missed 18000s-ago basic',
    ],
    [
      'missed while active stays missed',
      { first: slot(5 * hour), recent: [], jobActive: true },
      'schedule done/missed 18000s-ago basic',
    ],
    [
      'catch-up while active → skipped',
      { first: slot(10 * minute), recent: [slot(10 * minute), slot(5 * minute, 'advanced')], jobActive: true },
      'catch-up done/skipped 300s-ago advanced',
    ],
  ])('%s', (_name, over, expected) => {
    expect(summary(facts(over))).toBe(expected);
  });
});
