import { CandidatePoint, choosePoint, PointChoice } from './recovery-point';

const full1: CandidatePoint = { image: 'a_full_1.ZIA', time: '2026-01-01 10:00:00', restorable: true };
const inc1: CandidatePoint = { image: 'a_inc_1.ZIA', time: '2026-01-01 11:00:00', restorable: true };
const inc2bad: CandidatePoint = { image: 'a_inc_2.ZIA', time: '2026-01-01 12:00:00', restorable: false };
const newestFirst = [inc2bad, inc1, full1];

const golden: [string, readonly CandidatePoint[], PointChoice, ReturnType<typeof choosePoint>][] = [
  ['latest skips a point that does not restore', newestFirst, { kind: 'latest' }, { ok: true, point: inc1 }],
  [
    'latest with nothing restorable',
    [inc2bad],
    { kind: 'latest' },
    { ok: false, code: 'no-restorable-point', candidates: [inc2bad] },
  ],
  ['latest with no point at all', [], { kind: 'latest' }, { ok: false, code: 'no-restorable-point', candidates: [] }],
  ['a named restorable image', newestFirst, { kind: 'image', image: 'a_full_1.ZIA' }, { ok: true, point: full1 }],
  [
    'a named image that does not restore',
    newestFirst,
    { kind: 'image', image: 'a_inc_2.ZIA' },
    { ok: false, code: 'no-restorable-point', candidates: [inc2bad] },
  ],
  [
    'an unknown image',
    newestFirst,
    { kind: 'image', image: 'nope.ZIA' },
    { ok: false, code: 'unknown-image', image: 'nope.ZIA' },
  ],
  [
    'before: at the time counts',
    newestFirst,
    { kind: 'before', time: '2026-01-01 11:00:00' },
    { ok: true, point: inc1 },
  ],
  [
    'before: a second earlier takes the full',
    newestFirst,
    { kind: 'before', time: '2026-01-01 10:59:59' },
    { ok: true, point: full1 },
  ],
  [
    'before: newest candidates broken → older good one',
    newestFirst,
    { kind: 'before', time: '2026-01-02 00:00:00' },
    { ok: true, point: inc1 },
  ],
  [
    'before every point',
    newestFirst,
    { kind: 'before', time: '2025-12-31 23:59:59' },
    { ok: false, code: 'no-restorable-point', candidates: [] },
  ],
];

describe('choosePoint (spec §14)', () => {
  it.each(golden)('%s', (_name, points, choice, expected) => {
    expect(choosePoint(points, choice)).toEqual(expected);
  });
});
