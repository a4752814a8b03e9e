import fc from 'fast-check';
import { planRetention, planRetentionAfterNextRun, RetentionImage, RetentionOrigin } from './retention-plan';

const SERVER = 'web-01 (10.0.0.1)';
const JOB = 'web-01_ROOT';

/**
 * `F1` = full on day 1, `i2` = increment on day 2, written by the job's run of that day's number
 * (run 1, run 2…) which succeeded. Suffixes: `x` = its run did not succeed (`F3x`), `p` = its run is
 * still in progress, `f` = found in the repository (not written by the job's runs). `*` = protected;
 * `^N` = its header names day N's image as its `parent` (`i4^2`; a day with no image: a parent gone).
 */
const nameOf = (job: string, day: number) => `${job}_[2026-01-${String(day).padStart(2, '0')}_01_00].ZIA`;

function images(spec: string, job = JOB, server = SERVER): RetentionImage[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => {
      const m = /^([Fi])(\d+)([xpf]?)(\*?)(?:\^(\d+))?$/.exec(token);
      if (!m) throw new Error(`bad token ${token}`);
      const day = Number(m[2]);
      const stamp = `2026-01-${String(day).padStart(2, '0')}`;
      const origin: RetentionOrigin =
        m[3] === 'f'
          ? { provenance: 'found' }
          : {
              provenance: 'run',
              runId: day,
              outcome: m[3] === 'x' ? 'unsuccessful' : m[3] === 'p' ? 'in-progress' : 'succeeded',
            };
      return {
        name: `${job}_[${stamp}_01_00].ZIA`,
        path: `/repo/${job}_[${stamp}_01_00].ZIA`,
        jobName: job,
        server,
        type: m[1] === 'F' ? 'full' : 'increment',
        time: `${stamp} 01:00:00`,
        origin,
        protected: m[4] === '*',
        ...(m[5] ? { parent: nameOf(job, Number(m[5])) } : {}),
      } as RetentionImage;
    });
}

const suffix = (image: RetentionImage) =>
  (image.origin.provenance === 'found'
    ? 'f'
    : image.origin.outcome === 'unsuccessful'
      ? 'x'
      : image.origin.outcome === 'in-progress'
        ? 'p'
        : '') + (image.protected ? '*' : '');

/** Short form of a decision list: `F3:newest-successful` … newest first. */
function short(plan: ReturnType<typeof planRetention>) {
  const label = (d: (typeof plan.keep)[number]) =>
    `${d.image.type === 'full' ? 'F' : 'i'}${Number(d.image.time.slice(8, 10))}${suffix(d.image)}:${d.reason.code}`;
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
      'a failed newest run: its full is no generation and goes; the last good generation stays (rotation 1)',
      'F1 i2 F3 F4x',
      1,
      ['F3:newest-successful'],
      ['F4x:left-by-failed-run', 'i2:increment-of-removed-full', 'F1:beyond-rotation'],
    ],
    [
      'only failed generations: there is no generation, nothing removed',
      'F1x F2x',
      1,
      ['F2x:no-successful-generation', 'F1x:no-successful-generation'],
      [],
    ],
    [
      'a failed increment inside the kept generation is no link of its chain and goes',
      'F1 F2 i3x i4',
      1,
      ['i4:increment-of-kept-full', 'F2:newest-successful'],
      ['i3x:left-by-failed-run', 'F1:beyond-rotation'],
    ],
    [
      'an old failed generation between removed ones goes too',
      'F1 F2x i3 F4 F5',
      2,
      ['F5:newest-successful', 'F4:within-rotation'],
      ['i3:increment-of-removed-full', 'F2x:left-by-failed-run', 'F1:beyond-rotation'],
    ],
    [
      'issue 19, case 1: a failed full after the only good full, then a good increment chained to that full',
      'F1 F2x i3',
      1,
      ['i3:increment-of-kept-full', 'F1:newest-successful'],
      ['F2x:left-by-failed-run'],
    ],
    [
      'issue 19, case 2: images found in the repository before the job existed are never removed',
      'F1f i2f F3f F4',
      1,
      ['F4:newest-successful', 'F3f:not-written-by-job', 'i2f:not-written-by-job', 'F1f:not-written-by-job'],
      [],
    ],
    [
      "found images are kept and are no generation: the job's own fulls count",
      'F1 F2f F3',
      1,
      ['F3:newest-successful', 'F2f:not-written-by-job'],
      ['F1:beyond-rotation'],
    ],
    [
      'the image of a run in progress is kept and is no generation yet',
      'F1 F2 F3p',
      1,
      ['F3p:run-in-progress', 'F2:newest-successful'],
      ['F1:beyond-rotation'],
    ],
    [
      'a protected full beyond rotation is kept, its increments after it go',
      'F1* i2 F3',
      1,
      ['F3:newest-successful', 'F1*:protected'],
      ['i2:increment-of-removed-full'],
    ],
    [
      'a protected increment keeps the links its chain needs',
      'F1 i2 i3* i4 F5',
      1,
      ['F5:newest-successful', 'i3*:protected', 'i2:needed-by-protected', 'F1:needed-by-protected'],
      ['i4:increment-of-removed-full'],
    ],
    [
      "a failed run's protected image is kept",
      'F1 F2x* F3',
      1,
      ['F3:newest-successful', 'F2x*:protected'],
      ['F1:beyond-rotation'],
    ],
    [
      'parents: an increment built on an older full keeps that full; the newer full stays too',
      'F1 i2^1 F3 i4^1',
      1,
      ['i4:newest-restorable', 'F3:newest-successful', 'F1:newest-restorable'],
      ['i2:increment-of-removed-full'],
    ],
    [
      "parents: a chain skips a failed run's image (the order rule would follow the newest full)",
      'F1 i2^1 i3x^2 i4^2 F5 i6^5',
      1,
      ['i6:increment-of-kept-full', 'F5:newest-successful'],
      ['i4:increment-of-removed-full', 'i3x:left-by-failed-run', 'i2:increment-of-removed-full', 'F1:beyond-rotation'],
    ],
    [
      'parents: an increment whose parent is gone (and what builds on it) is in no kept chain',
      'F1 i2^1 i3^9 i4^3',
      1,
      ['i2:increment-of-kept-full', 'F1:newest-successful'],
      ['i4:parent-missing', 'i3:parent-missing'],
    ],
    [
      "parents: a kept increment built on a failed run's image keeps that image",
      'F1 i2x^1 i3^2',
      1,
      ['i3:increment-of-kept-full', 'i2x:needed-by-kept', 'F1:newest-successful'],
      [],
    ],
    [
      'parents: a protected point keeps the links its parents name',
      'F1 i2^1 i3*^2 F4 i5^4',
      1,
      [
        'i5:increment-of-kept-full',
        'F4:newest-successful',
        'i3*:protected',
        'i2:needed-by-protected',
        'F1:needed-by-protected',
      ],
      [],
    ],
    [
      'mixed: increments without parent follow the order rule, those with one their parents',
      'F1 i2 i3^2 F4 i5 i6^4',
      1,
      ['i6:increment-of-kept-full', 'i5:increment-of-kept-full', 'F4:newest-successful'],
      ['i3:increment-of-removed-full', 'i2:increment-of-removed-full', 'F1:beyond-rotation'],
    ],
    [
      'mixed: an increment without parent after a parent chain to an older full: every chain it passes through stays',
      'F1 F2 i3^1 i4',
      1,
      ['i4:increment-of-kept-full', 'i3:newest-restorable', 'F2:newest-successful', 'F1:newest-restorable'],
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

  it('plans the next run: a full beyond rotation makes the oldest generation go; the new image is not listed', () => {
    const job = { name: JOB, server: SERVER, rotation: 2 };
    const today = planRetention(job, images('F1 i2 F3 F4x'));
    expect(short(today).remove).toEqual(['F4x:left-by-failed-run']);
    const full = planRetentionAfterNextRun(job, images('F1 i2 F3 F4x'), { level: 'full', time: '2026-01-05 01:00:00' });
    expect(short(full)).toEqual({
      keep: ['F3:within-rotation'],
      remove: ['F4x:left-by-failed-run', 'i2:increment-of-removed-full', 'F1:beyond-rotation'],
    });
    const increment = planRetentionAfterNextRun(job, images('F1 i2 F3'), {
      level: 'increment',
      time: '2026-01-05 01:00:00',
    });
    expect(short(increment)).toEqual({
      keep: ['F3:newest-successful', 'i2:increment-of-kept-full', 'F1:within-rotation'],
      remove: [],
    });
    // Issue 19, case 2: a new job over found images removes nothing after its first run either.
    const fresh = planRetentionAfterNextRun({ ...job, rotation: 1 }, images('F1f i2f F3f'), {
      level: 'full',
      time: '2025-12-01 00:00:00',
    });
    expect(short(fresh)).toEqual({
      keep: ['F3f:not-written-by-job', 'i2f:not-written-by-job', 'F1f:not-written-by-job'],
      remove: [],
    });
  });

  describe('the newest restorable point survives any sequence of runs (property)', () => {
    type Run = {
      level: 'full' | 'increment';
      result: 'success' | 'warning' | 'failed' | 'cancelled' | 'lost';
      leavesImage: boolean;
    };
    const arbitraryRun = fc.record<Run>({
      level: fc.constantFrom('full', 'increment'),
      result: fc.constantFrom('success', 'warning', 'failed', 'cancelled', 'lost'),
      leavesImage: fc.boolean(),
    });
    const good = (result: Run['result']) => result === 'success' || result === 'warning';

    /**
     * The oracle, independent of the plan: the newest image of a successful run whose chain (the newest
     * successful full at or before it, and every successful increment between) is all on disk.
     */
    function newestRestorable(onDisk: RetentionImage[]): RetentionImage[] | undefined {
      const goodImages = onDisk.filter((i) => i.origin.provenance === 'run' && i.origin.outcome === 'succeeded');
      for (let p = goodImages.length - 1; p >= 0; p--) {
        const fullIndex = goodImages
          .slice(0, p + 1)
          .map((i) => i.type)
          .lastIndexOf('full');
        if (fullIndex >= 0) return goodImages.slice(fullIndex, p + 1);
      }
      return undefined;
    }

    it('after every successful run the plan is carried out; the chain that was restorable still is', () => {
      fc.assert(
        fc.property(fc.array(arbitraryRun, { maxLength: 40 }), fc.integer({ min: 0, max: 6 }), (runs, rotation) => {
          const job = { name: JOB, server: SERVER, rotation };
          let onDisk: RetentionImage[] = images('F1f i2f'); // found images are there from the start
          runs.forEach((run, index) => {
            const day = index + 3;
            if (good(run.result) || run.leavesImage) {
              const [image] = images(`${run.level === 'full' ? 'F' : 'i'}${day}${good(run.result) ? '' : 'x'}`);
              onDisk = [...onDisk, image];
            }
            if (!good(run.result)) return;
            const before = newestRestorable(onDisk);
            const plan = planRetention(job, onDisk);
            expect(plan.keep.length + plan.remove.length).toBe(onDisk.length);
            const removed = new Set(plan.remove.map((d) => d.image.name));
            expect(onDisk.filter((i) => i.origin.provenance === 'found' && removed.has(i.name))).toEqual([]);
            onDisk = onDisk.filter((i) => !removed.has(i.name));
            if (before) expect(before.filter((i) => removed.has(i.name))).toEqual([]);
            // What a successful run would leave: garbage of failed runs is gone.
            if (newestRestorable(onDisk)) {
              expect(
                onDisk.filter((i) => i.origin.provenance === 'run' && i.origin.outcome === 'unsuccessful'),
              ).toEqual([]);
            }
          });
        }),
        { seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, numRuns: 300 },
      );
    });

    describe('with parent links (increments name their parent)', () => {
      /** How a run's increment names its parent: as an agent does, or wrongly. */
      type ParentChoice = 'newest-restorable' | 'none' | 'newest-image' | 'gone' | 'some-image';
      const arbitraryLinkedRun = fc.record({
        run: arbitraryRun,
        parent: fc.constantFrom<ParentChoice>(
          'newest-restorable',
          'newest-restorable',
          'some-image',
          'none',
          'newest-image',
          'gone',
          'some-image',
        ),
        pick: fc.nat(),
        /** The job's rotation when this run ends (an operator may change it between runs). */
        rotation: fc.integer({ min: 0, max: 6 }),
      });

      /**
       * The oracle, independent of the plan: a point's chain by its parent names (a parent not on disk
       * breaks it), else the order rule; restorable when it starts with a full and every link was written
       * by a successful run.
       */
      function chainOf(image: RetentionImage, onDisk: RetentionImage[]): RetentionImage[] | undefined {
        if (image.type === 'full') return [image];
        if (image.parent) {
          const parent = onDisk.find((i) => i.name === image.parent);
          const chain = parent && chainOf(parent, onDisk);
          return chain && [...chain, image];
        }
        const goodBefore = onDisk.filter(
          (i) => i.time < image.time && i.origin.provenance === 'run' && i.origin.outcome === 'succeeded',
        );
        const full = goodBefore.map((i) => i.type).lastIndexOf('full');
        return full >= 0 ? [...goodBefore.slice(full), image] : [image];
      }
      function newestRestorableChain(onDisk: RetentionImage[]): RetentionImage[] | undefined {
        for (const image of [...onDisk].reverse()) {
          const chain = chainOf(image, onDisk);
          if (
            chain &&
            chain[0].type === 'full' &&
            chain.every((i) => i.origin.provenance === 'run' && i.origin.outcome === 'succeeded')
          ) {
            return chain;
          }
        }
        return undefined;
      }

      it('after every successful run the plan is carried out; the chain that was restorable still is', () => {
        fc.assert(
          fc.property(fc.array(arbitraryLinkedRun, { maxLength: 40 }), (runs) => {
            let onDisk: RetentionImage[] = images('F1f i2f');
            runs.forEach(({ run, parent, pick, rotation }, index) => {
              const job = { name: JOB, server: SERVER, rotation };
              const day = index + 3;
              if (good(run.result) || run.leavesImage) {
                const [image] = images(`${run.level === 'full' ? 'F' : 'i'}${day}${good(run.result) ? '' : 'x'}`);
                if (image.type === 'increment') {
                  const parentName =
                    parent === 'newest-restorable'
                      ? newestRestorableChain(onDisk)?.at(-1)?.name
                      : parent === 'newest-image'
                        ? onDisk.at(-1)?.name
                        : parent === 'gone'
                          ? nameOf(JOB, 99)
                          : parent === 'some-image' && onDisk.length
                            ? onDisk[pick % onDisk.length].name
                            : undefined;
                  if (parentName) image.parent = parentName;
                }
                onDisk = [...onDisk, image];
              }
              if (!good(run.result)) return;
              const before = newestRestorableChain(onDisk);
              const plan = planRetention(job, onDisk);
              expect(plan.keep.length + plan.remove.length).toBe(onDisk.length);
              const removed = new Set(plan.remove.map((d) => d.image.name));
              expect(onDisk.filter((i) => i.origin.provenance === 'found' && removed.has(i.name))).toEqual([]);
              onDisk = onDisk.filter((i) => !removed.has(i.name));
              if (before) expect(before.filter((i) => removed.has(i.name))).toEqual([]);
              // Every image a kept point of the job's generations names as a link is still there.
              for (const d of plan.keep.filter((k) => k.generation !== null)) {
                const chain = chainOf(d.image, onDisk);
                if (d.image.parent) expect(chain).toBeDefined();
              }
            });
          }),
          { seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, numRuns: 1000 },
        );
      });

      it('with no parent named anywhere, plans exactly as the order rule', () => {
        fc.assert(
          fc.property(fc.array(arbitraryRun, { maxLength: 20 }), fc.integer({ min: 0, max: 4 }), (runs, rotation) => {
            const spec = runs
              .filter((run) => good(run.result) || run.leavesImage)
              .map((run, i) => `${run.level === 'full' ? 'F' : 'i'}${i + 1}${good(run.result) ? '' : 'x'}`)
              .join(' ');
            const all = images(spec);
            const job = { name: JOB, server: SERVER, rotation };
            // A parent named on a full changes nothing (only increments chain by parents).
            const withNullParents = all.map((i) => ({ ...i, parent: i.type === 'full' ? 'whatever' : null }));
            expect(short(planRetention(job, withNullParents))).toEqual(short(planRetention(job, all)));
          }),
          { seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, numRuns: 100 },
        );
      });
    });

    it('never removes a protected image nor a link its chain needs', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(arbitraryRun, fc.boolean()), { maxLength: 20 }),
          fc.integer({ min: 1, max: 3 }),
          (runs, rotation) => {
            const spec = runs
              .filter(([run]) => good(run.result) || run.leavesImage)
              .map(
                ([run, kept], i) =>
                  `${run.level === 'full' ? 'F' : 'i'}${i + 1}${good(run.result) ? '' : 'x'}${kept ? '*' : ''}`,
              )
              .join(' ');
            const all = images(spec);
            const removed = new Set(
              planRetention({ name: JOB, server: SERVER, rotation }, all).remove.map((d) => d.image),
            );
            const goodImages = all.filter((i) => suffix(i).replace('*', '') === '');
            for (const image of all.filter((i) => i.protected)) {
              expect(removed.has(image)).toBe(false);
              if (!goodImages.includes(image)) continue;
              const upTo = goodImages.slice(0, goodImages.indexOf(image) + 1);
              const full = upTo.map((i) => i.type).lastIndexOf('full');
              if (full >= 0) expect(upTo.slice(full).filter((link) => removed.has(link))).toEqual([]);
            }
          },
        ),
        { seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, numRuns: 300 },
      );
    });

    it('keeps exactly min(rotation, generations) successful fulls, and an increment only with its full', () => {
      fc.assert(
        fc.property(fc.array(arbitraryRun, { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (runs, rotation) => {
          const spec = runs
            .filter((run) => good(run.result) || run.leavesImage)
            .map((run, i) => `${run.level === 'full' ? 'F' : 'i'}${i + 1}${good(run.result) ? '' : 'x'}`)
            .join(' ');
          const all = images(spec);
          const plan = planRetention({ name: JOB, server: SERVER, rotation }, all);
          const goodFulls = all.filter((i) => i.type === 'full' && suffix(i) === '');
          const keptFulls = plan.keep.filter((d) => d.image.type === 'full' && suffix(d.image) === '');
          expect(keptFulls.length).toBe(Math.min(rotation, goodFulls.length));
          const removed = new Set(plan.remove.map((d) => d.image.name));
          if (!goodFulls.length) expect(removed.size).toBe(0);
          for (const d of plan.keep.filter((k) => k.image.type === 'increment' && goodFulls.length)) {
            const full = [...goodFulls].reverse().find((f) => f.time < d.image.time);
            expect(full && !removed.has(full.name)).toBe(true);
          }
        }),
        { seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined, numRuns: 300 },
      );
    });
  });
});
