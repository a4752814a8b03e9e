import fc from 'fast-check';
import {
  planRetention,
  planRetentionAfterNextRun,
  RetentionImage,
  RetentionJob,
  RetentionPlan,
} from './retention-plan';
import { previousPlanRetention, previousPlanRetentionAfterNextRun } from './retention-plan.previous.fixtures';

// The order rule was rewritten to run in a few passes over positions (issue 19): on any images, in
// any order, it must decide exactly as the plan it replaced (retention-plan.previous.fixtures.ts).

const JOB: RetentionJob = { name: 'web_ROOT', server: 'web01', rotation: 2 };

const arbitraryImage = (times: number, parents: boolean) =>
  fc.record({
    job: fc.constantFrom('web_ROOT', 'web_ROOT', 'web_ROOT', 'web_ROOT2'),
    server: fc.constantFrom('web01', 'web01', 'web01', 'web02'),
    minute: fc.nat({ max: times - 1 }),
    // A second image in one minute: another name, or the same name at another path.
    suffix: fc.constantFrom('', '', '', '_2'),
    type: fc.constantFrom<RetentionImage['type']>('full', 'increment', 'increment'),
    origin: fc.constantFrom<RetentionImage['origin']['provenance'] | 'unsuccessful' | 'in-progress'>(
      'run',
      'run',
      'run',
      'run',
      'found',
      'unsuccessful',
      'in-progress',
    ),
    protected: fc.constantFrom(false, false, false, true),
    parent: parents ? fc.option(fc.nat({ max: times }), { freq: 2 }) : fc.constant(null),
  });

type Drawn = ReturnType<typeof arbitraryImage> extends fc.Arbitrary<infer T> ? T : never;

function imagesOf(drawn: Drawn[]): RetentionImage[] {
  const nameAt = (job: string, minute: number, suffix = '') =>
    `${job}_[2025-01-01_${String(Math.floor(minute / 60)).padStart(2, '0')}_${String(minute % 60).padStart(2, '0')}]${suffix}.ZIA`;
  return drawn.map((d, index) => {
    const name = nameAt(d.job, d.minute, d.suffix);
    const time = `2025-01-01 ${String(Math.floor(d.minute / 60)).padStart(2, '0')}:${String(d.minute % 60).padStart(2, '0')}:00`;
    const runId = index + 1;
    const origin: RetentionImage['origin'] =
      d.origin === 'found'
        ? { provenance: 'found' }
        : {
            provenance: 'run',
            runId,
            outcome: d.origin === 'run' ? 'succeeded' : d.origin === 'unsuccessful' ? 'unsuccessful' : 'in-progress',
          };
    return {
      name,
      path: `/repo/${d.server}/${index}/${name}`,
      jobName: d.job,
      server: d.server,
      type: d.type,
      time,
      origin,
      protected: d.protected,
      parent: d.parent === null ? null : nameAt(d.job, d.parent),
    };
  });
}

/** The same decisions, about the very same image objects, in the same order. */
function expectSamePlan(actual: RetentionPlan, expected: RetentionPlan): void {
  expect(actual).toStrictEqual(expected);
  actual.keep.forEach((d, i) => expect(d.image).toBe(expected.keep[i].image));
  actual.remove.forEach((d, i) => expect(d.image).toBe(expected.remove[i].image));
}

const inCatalogOrder = (images: RetentionImage[]) =>
  [...images].sort((a, b) =>
    a.time < b.time ? -1 : a.time > b.time ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );

describe('planRetention decides as the plan it replaced (equivalence on random inputs)', () => {
  const cases = [
    { title: 'few minutes: images sharing time and name, any order', times: 6, parents: false },
    { title: 'many minutes: mostly distinct images, any order', times: 500, parents: false },
    { title: 'with parent links', times: 20, parents: true },
  ];
  for (const { title, times, parents } of cases) {
    it(title, () => {
      fc.assert(
        fc.property(
          fc.array(arbitraryImage(times, parents), { maxLength: 60 }),
          fc.constantFrom(-1, 0, 1, 2, 3, 2.5, 7),
          fc.boolean(),
          (drawn, rotation, sorted) => {
            const given = imagesOf(drawn);
            const images = sorted ? inCatalogOrder(given) : given;
            const job = { ...JOB, rotation };
            expectSamePlan(planRetention(job, images), previousPlanRetention(job, images));
            const next = {
              level: drawn.length % 2 ? ('full' as const) : ('increment' as const),
              time: '2025-01-01 03:00:00',
            };
            expectSamePlan(
              planRetentionAfterNextRun(job, images, next),
              previousPlanRetentionAfterNextRun(job, images, next),
            );
          },
        ),
        { numRuns: 400 },
      );
    });
  }

  it('a job of 10,000 images in catalog order (the benchmark shape), every 97th run failed, some protected', () => {
    const images: RetentionImage[] = [];
    for (let i = 0; i < 10_000; i++) {
      const time = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString();
      const name = `web_ROOT_[${time.slice(0, 10)}_${time.slice(11, 13)}_${time.slice(14, 16)}].ZIA`;
      images.push({
        name,
        path: `/repo/web01/${name}`,
        jobName: 'web_ROOT',
        server: 'web01',
        type: i % 33 === 0 ? 'full' : 'increment',
        time: `${time.slice(0, 10)} ${time.slice(11, 19)}`,
        origin: { provenance: 'run', runId: i + 1, outcome: (i + 1) % 97 === 0 ? 'unsuccessful' : 'succeeded' },
        protected: i % 1_500 === 700,
        parent: null,
      });
    }
    const job = { ...JOB, rotation: 7 };
    expectSamePlan(planRetention(job, images), previousPlanRetention(job, images));
  });
});
