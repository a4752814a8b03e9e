import { writeJobImage, registerRootJob } from './support/job-images';
import { createTestApp, TestApp } from './support/test-app';

const SERVER = 'server-01';
const JOB = 'linked_ROOT';

/**
 * Retention follows the `parent` its images' headers name (spec §13, issue 19), as the restore points
 * do: an increment built on an older full keeps that full, an increment whose parent is gone is in no
 * kept chain.
 */
describe('retention by parent links', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let jobId: number;

  beforeAll(async () => {
    t = await createTestApp();
    headers = { ...(await t.auth()), 'accept-language': 'en' };
    jobId = await registerRootJob(t, headers, { server: SERVER, jobName: 'linked', rotation: 1 });
  });
  afterAll(() => t.close());

  it('keeps what the newest restorable point names; an increment whose parent is gone goes', async () => {
    const run = { jobId, result: 'success' as const };
    const f1 = await writeJobImage(t, { job: JOB, day: 1, type: 'full', server: SERVER, run });
    const f2 = await writeJobImage(t, { job: JOB, day: 2, type: 'full', server: SERVER, run });
    const i3 = await writeJobImage(t, {
      job: JOB,
      day: 3,
      type: 'increment',
      server: SERVER,
      run,
      extra: { parent: f1.name },
    });
    const gone = `${JOB}_[2026-01-02_12_00].ZIA`;
    const i4 = await writeJobImage(t, {
      job: JOB,
      day: 4,
      type: 'increment',
      server: SERVER,
      run,
      extra: { parent: gone },
    });

    const points = await t.app.inject({ method: 'GET', url: `/api/backups/${JOB}/restore-points`, headers });
    expect(points.statusCode).toBe(200);
    expect(
      points
        .json()
        .data.map((p: { image: string; chain: string[]; restorable: boolean }) => [p.image, p.chain, p.restorable]),
    ).toEqual([
      [i4.name, [i4.name], false],
      [i3.name, [f1.name, i3.name], true],
      [f2.name, [f2.name], true],
      [f1.name, [f1.name], true],
    ]);

    const res = await t.app.inject({ method: 'GET', url: `/api/backups/${JOB}/retention`, headers });
    expect(res.statusCode).toBe(200);
    const { keep, remove } = res.json().data as Record<'keep' | 'remove', { name: string; reason: string }[]>;
    expect(keep.map((k) => [k.name, k.reason])).toEqual([
      [i3.name, `in the chain of the newest restorable point ${i3.name}`],
      [f2.name, 'newest successful generation (generation 1 of 1)'],
      [f1.name, `in the chain of the newest restorable point ${i3.name}`],
    ]);
    expect(remove.map((k) => [k.name, k.reason])).toEqual([
      [i4.name, `increment whose parent ${gone} is gone (cannot be restored)`],
    ]);
  });
});
