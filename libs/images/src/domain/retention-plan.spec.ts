import { planRetention, RetentionImage } from './retention-plan';

const SERVER = 'web-01 (10.0.0.1)';
const JOB = 'web-01_ROOT';

/**
 * `F1` = full on day 1, `i2` = increment on day 2, `x` suffix = the image of a run that did not
 * succeed (`F3x`). `other:` prefix = an image of another job (name given in full).
 */
function images(spec: string, job = JOB, server = SERVER): RetentionImage[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const m = /^([Fi])(\d+)(x?)$/.exec(token);
      if (!m) throw new Error(`bad token ${token}`);
      const day = Number(m[2]);
      const stamp = `2026-01-${String(day).padStart(2, '0')}`;
      return {
        name: `${job}_[${stamp}_01_00].ZIA`,
        path: `/repo/${job}_[${stamp}_01_00].ZIA`,
        jobName: job,
        server,
        type: m[1] === 'F' ? 'full' : 'increment',
        time: `${stamp} 01:00:00`,
        succeeded: m[3] !== 'x',
      } as RetentionImage;
    });
}

/** Short form of a decision list: `F3:newest-successful` … newest first. */
function short(plan: ReturnType<typeof planRetention>) {
  const label = (d: (typeof plan.keep)[number]) =>
    `${d.image.type === 'full' ? 'F' : 'i'}${Number(d.image.time.slice(8, 10))}${d.image.succeeded === false ? 'x' : ''}:${d.reason.code}`;
  return { keep: plan.keep.map(label), remove: plan.remove.map(label) };
}

describe('planRetention (golden table)', () => {
  it.each<[string, string, number, string[], string[]]>([
    ['nothing yet', '', 1, [], []],
    ['one full, rotation 1', 'F1', 1, ['F1:newest-successful'], []],
    [
      'rotation 1: the newest chain stays, the older chain goes whole',
      'F1 i2 i3 F4 i5',
      1,
      ['i5:increment-of-kept-full', 'F4:newest-successful'],
      ['i3:increment-of-removed-full', 'i2:increment-of-removed-full', 'F1:beyond-rotation'],
    ],
    [
      'rotation 2 keeps two generations with their increments',
      'F1 i2 F3 i4 F5',
      2,
      ['F5:newest-successful', 'i4:increment-of-kept-full', 'F3:within-rotation'],
      ['i2:increment-of-removed-full', 'F1:beyond-rotation'],
    ],
    [
      'fewer generations than rotation: nothing removed',
      'F1 i2 F3',
      5,
      ['F3:newest-successful', 'i2:increment-of-kept-full', 'F1:within-rotation'],
      [],
    ],
    [
      'exactly rotation + 1 generations: the oldest goes',
      'F1 F2 F3 F4',
      3,
      ['F4:newest-successful', 'F3:within-rotation', 'F2:within-rotation'],
      ['F1:beyond-rotation'],
    ],
    [
      'increments whose full is kept are kept even when the chain has a gap (i3 missing)',
      'F1 i2 i4 i5',
      1,
      ['i5:increment-of-kept-full', 'i4:increment-of-kept-full', 'i2:increment-of-kept-full', 'F1:newest-successful'],
      [],
    ],
    [
      'increments whose full is gone are removed once a good generation exists',
      'i1 i2 F3 i4',
      1,
      ['i4:increment-of-kept-full', 'F3:newest-successful'],
      ['i2:increment-without-full', 'i1:increment-without-full'],
    ],
    [
      'only increments (their full is gone): nothing can be judged, nothing removed',
      'i1 i2',
      1,
      ['i2:no-successful-generation', 'i1:no-successful-generation'],
      [],
    ],
    [
      'a failed newest run: its full does not count, the last good generation stays (rotation 1)',
      'F1 i2 F3 F4x',
      1,
      ['F4x:unsuccessful-newer', 'F3:newest-successful'],
      ['i2:increment-of-removed-full', 'F1:beyond-rotation'],
    ],
    [
      'only failed generations: the newest successful one is none, nothing removed',
      'F1x F2x',
      1,
      ['F2x:no-successful-generation', 'F1x:no-successful-generation'],
      [],
    ],
    [
      'a failed increment inside the kept generation is kept with it',
      'F1 F2 i3x i4',
      1,
      ['i4:increment-of-kept-full', 'i3x:increment-of-kept-full', 'F2:newest-successful'],
      ['F1:beyond-rotation'],
    ],
    [
      'an old failed generation between removed ones goes too',
      'F1 F2x i3 F4 F5',
      2,
      ['F5:newest-successful', 'F4:within-rotation'],
      ['i3:increment-of-removed-full', 'F2x:unsuccessful-older', 'F1:beyond-rotation'],
    ],
    [
      'a failed generation between kept ones is kept',
      'F1 F2x F3',
      2,
      ['F3:newest-successful', 'F2x:unsuccessful-newer', 'F1:within-rotation'],
      [],
    ],
    [
      'rotation below 1 still keeps the newest successful generation',
      'F1 F2',
      0,
      ['F2:newest-successful'],
      ['F1:beyond-rotation'],
    ],
    [
      'rotation 30 with 3 generations keeps all',
      'F1 F2 F3',
      30,
      ['F3:newest-successful', 'F2:within-rotation', 'F1:within-rotation'],
      [],
    ],
  ])('%s', (_title, spec, rotation, keep, remove) => {
    const plan = planRetention({ name: JOB, server: SERVER, rotation }, images(spec));
    expect(short(plan)).toEqual({ keep, remove });
  });

  it('never touches images of other jobs with similar names or of another server', () => {
    const others = [
      ...images('F1 F2 F3', `${JOB}_old`),
      ...images('F1 F2 F3', 'web-01_ROOT2'),
      ...images('F1 F2 F3', 'web-01_RO'),
      ...images('F1 F2 F3', 'WEB-01_ROOT'),
      ...images('F1 F2 F3', JOB, 'web-02 (10.0.0.2)'),
    ];
    const plan = planRetention({ name: JOB, server: SERVER, rotation: 1 }, [...others, ...images('F1 F2 F3')]);
    expect(short(plan)).toEqual({
      keep: ['F3:newest-successful'],
      remove: ['F2:beyond-rotation', 'F1:beyond-rotation'],
    });
    const touched = [...plan.keep, ...plan.remove].map((d) => d.image);
    expect(touched.every((image) => image.jobName === JOB && image.server === SERVER)).toBe(true);
  });

  it('orders by image time, not by the order given, and reports generation numbers', () => {
    const given = images('F1 i2 F3 i4').reverse();
    const plan = planRetention({ name: JOB, server: SERVER, rotation: 1 }, given);
    expect(plan.keep.map((d) => [d.image.name, d.generation])).toEqual([
      [`${JOB}_[2026-01-04_01_00].ZIA`, 1],
      [`${JOB}_[2026-01-03_01_00].ZIA`, 1],
    ]);
    expect(plan.remove.map((d) => [d.image.name, d.generation, d.reason])).toEqual([
      [
        `${JOB}_[2026-01-02_01_00].ZIA`,
        2,
        { code: 'increment-of-removed-full', full: `${JOB}_[2026-01-01_01_00].ZIA` },
      ],
      [`${JOB}_[2026-01-01_01_00].ZIA`, 2, { code: 'beyond-rotation', generation: 2, rotation: 1 }],
    ]);
  });

  it('never removes the newest successful generation, whatever the input (property)', () => {
    // Exhaustive over every sequence of up to 5 images of 4 kinds and rotations 1..3.
    const kinds = ['F', 'i', 'Fx', 'ix'];
    const sequences: string[][] = [[]];
    const failures: string[] = [];
    for (let length = 1; length <= 5; length++) {
      for (const previous of sequences.filter((s) => s.length === length - 1)) {
        for (const kind of kinds) sequences.push([...previous, kind]);
      }
    }
    for (const sequence of sequences) {
      const spec = sequence.map((kind, i) => `${kind[0]}${i + 1}${kind.slice(1)}`).join(' ');
      for (const rotation of [1, 2, 3]) {
        const all = images(spec);
        const plan = planRetention({ name: JOB, server: SERVER, rotation }, all);
        const problems: string[] = [];
        if (plan.keep.length + plan.remove.length !== all.length) problems.push('an image is missing from the plan');
        const fulls = all.filter((i) => i.type === 'full' && i.succeeded);
        const newestGood = fulls[fulls.length - 1];
        const removed = new Set(plan.remove.map((d) => d.image.name));
        if (!newestGood && removed.size) problems.push('removed with no successful generation');
        // The newest good full and every image after it stay.
        if (newestGood && all.some((i) => i.time >= newestGood.time && removed.has(i.name)))
          problems.push('removed the newest successful generation or something newer');
        // Exactly min(rotation, successful generations) successful fulls are kept.
        const keptFulls = plan.keep.filter((d) => d.image.type === 'full' && d.image.succeeded).length;
        if (newestGood && keptFulls !== Math.min(rotation, fulls.length)) problems.push(`kept ${keptFulls} good fulls`);
        // An increment is removed only when its full (the nearest older full) is removed or missing.
        for (const d of plan.remove.filter((r) => r.image.type === 'increment')) {
          const full = [...all].reverse().find((i) => i.type === 'full' && i.time < d.image.time);
          if (full && !removed.has(full.name)) problems.push(`removed ${d.image.name} but kept its full`);
        }
        if (problems.length) failures.push(`${spec} rotation ${rotation}: ${problems.join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
