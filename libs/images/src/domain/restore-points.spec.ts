import type { RetentionOrigin } from './retention-plan';
import { PointImage, restorePoints } from './restore-points';

/**
 * `F1` = full on day 1, `i2` = increment on day 2, written by a successful run of the job (run = the
 * day). Suffixes: `x` its run failed, `p` its run is in progress, `f` found (no run of the job); then
 * `!ok`, `!corrupt`, `!missing` for what verification said. `^F1` names the header's `parent` (before `!`).
 */
function images(spec: string): PointImage[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const m = /^([Fi])(\d+)([xpf]?)(?:\^(\w+))?(?:!(ok|corrupt|missing))?$/.exec(token);
      if (!m) throw new Error(`bad token ${token}`);
      const day = Number(m[2]);
      const origin: RetentionOrigin =
        m[3] === 'f'
          ? { provenance: 'found' }
          : {
              provenance: 'run',
              runId: day,
              outcome: m[3] === 'x' ? 'unsuccessful' : m[3] === 'p' ? 'in-progress' : 'succeeded',
            };
      return {
        name: `${m[1]}${day}${m[3]}`,
        type: m[1] === 'F' ? 'full' : 'increment',
        time: `2026-01-${String(day).padStart(2, '0')} 01:00:00`,
        origin,
        verification: (m[5] ?? 'unverified') as PointImage['verification'],
        ...(m[4] ? { parent: m[4] } : {}),
      };
    });
}

/** `i3<F1,i2,i3>:ok` or `i3<F1,i3>:corrupt i2` … newest first. */
function short(spec: string): string[] {
  return restorePoints(images(spec)).map((p) => {
    const reason = p.reason ? `${p.reason.code}${'image' in p.reason ? ` ${p.reason.image}` : ''}` : 'ok';
    return `${p.image.name}<${p.chain.map((c) => c.name).join(',')}>:${reason}`;
  });
}

describe('restorePoints (golden table)', () => {
  it.each<[string, string, string[]]>([
    ['nothing', '', []],
    ['a full alone', 'F1', ['F1<F1>:ok']],
    ['a chain', 'F1 i2 i3', ['i3<F1,i2,i3>:ok', 'i2<F1,i2>:ok', 'F1<F1>:ok']],
    ['a new full starts a new chain', 'F1 i2 F3 i4', ['i4<F3,i4>:ok', 'F3<F3>:ok', 'i2<F1,i2>:ok', 'F1<F1>:ok']],
    ['increments before any full have no full', 'i1 F2', ['F2<F2>:ok', 'i1<i1>:no-full']],
    [
      'a failed full is its own point, not restorable, and no link: the increment after it chains to the good full',
      'F1 F2x i3',
      ['i3<F1,i3>:ok', 'F2x<F2x>:failed-run F2x', 'F1<F1>:ok'],
    ],
    [
      'a failed increment is no link of later increments',
      'F1 i2x i3',
      ['i3<F1,i3>:ok', 'i2x<F1,i2x>:failed-run i2x', 'F1<F1>:ok'],
    ],
    [
      'a corrupt link makes every point after it unrestorable, naming it',
      'F1 i2!corrupt i3',
      ['i3<F1,i2,i3>:corrupt i2', 'i2<F1,i2>:corrupt i2', 'F1<F1>:ok'],
    ],
    ['a missing full: the whole chain', 'F1!missing i2', ['i2<F1,i2>:missing F1', 'F1<F1>:missing F1']],
    [
      'a found full is not trusted until verified, and no base of increments',
      'F1f i2',
      ['i2<i2>:no-full', 'F1f<F1f>:not-verified F1f'],
    ],
    ['a found full verified ok restores itself', 'F1f!ok i2', ['i2<i2>:no-full', 'F1f<F1f>:ok']],
    [
      'an increment after a found full chains to the successful full before it',
      'F1 F2f i3',
      ['i3<F1,i3>:ok', 'F2f<F2f>:not-verified F2f', 'F1<F1>:ok'],
    ],
    [
      'a found increment is trusted only when verified',
      'F1 i2f i3 i4f!ok',
      ['i4f<F1,i3,i4f>:ok', 'i3<F1,i3>:ok', 'i2f<F1,i2f>:not-verified i2f', 'F1<F1>:ok'],
    ],
    ['verification ok does not outrank corrupt elsewhere', 'F1!ok i2!corrupt', ['i2<F1,i2>:corrupt i2', 'F1<F1>:ok']],
    ['a run in progress', 'F1 i2p', ['i2p<F1,i2p>:in-progress i2p', 'F1<F1>:ok']],
    // By the header's `parent`:
    ['parents chain like the order rule', 'F1 i2^F1 i3^i2', ['i3<F1,i2,i3>:ok', 'i2<F1,i2>:ok', 'F1<F1>:ok']],
    [
      'a parent skips what the order rule would take (two branches off one full)',
      'F1 i2^F1 i3^F1',
      ['i3<F1,i3>:ok', 'i2<F1,i2>:ok', 'F1<F1>:ok'],
    ],
    [
      "a parent is followed even to a failed run's image, which then fails the chain",
      'F1 F2x i3^F2x',
      ['i3<F2x,i3>:failed-run F2x', 'F2x<F2x>:failed-run F2x', 'F1<F1>:ok'],
    ],
    ['a parent that is not in the catalog is missing', 'F1 i3^i2', ['i3<i3>:missing i2', 'F1<F1>:ok']],
    ['a missing grand-parent fails the grand-child too', 'i2^F1 i3^i2', ['i3<i2,i3>:missing F1', 'i2<i2>:missing F1']],
    [
      'a loop of parents is a missing link (named where the walk closed it)',
      'F1 i2^i3 i3^i2',
      ['i3<i3>:missing i2', 'i2<i3,i2>:missing i2', 'F1<F1>:ok'],
    ],
    [
      'an ancestor without a parent chains by the order rule',
      'F1 i2 i3^i2',
      ['i3<F1,i2,i3>:ok', 'i2<F1,i2>:ok', 'F1<F1>:ok'],
    ],
    [
      'a corrupt parent fails its children',
      'F1 i2^F1!corrupt i3^i2',
      ['i3<F1,i2,i3>:corrupt i2', 'i2<F1,i2>:corrupt i2', 'F1<F1>:ok'],
    ],
  ])('%s', (_title, spec, expected) => {
    expect(short(spec)).toEqual(expected);
  });
});
