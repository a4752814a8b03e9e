import { ImageCatalogService } from '@zdm/images';
import { writeJobImage, WrittenBy, registerRootJob } from './support/job-images';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

const SERVER = 'server-01';

/** `GET /api/backups/:identifier/retention` (spec §9, §13) on images written into the repository. */
describe('retention preview', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let jobId: number;

  const image = async (
    job: string,
    day: number,
    type: 'full' | 'increment',
    { server = SERVER, run }: { server?: string; run?: WrittenBy } = {},
  ) => (await writeJobImage(t, { job, day, type, server, run: run && { jobId, result: run } })).name;

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    jobId = await registerRootJob(t, headers, { server: SERVER, jobName: 'keep2', rotation: 2 });
  });
  afterAll(() => t.close());

  it('previews keep and remove with reasons, newest first, leaving other jobs alone', async () => {
    const empty = await t.app.inject({ method: 'GET', url: '/api/backups/keep2_ROOT/retention', headers });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: {
        job: { id: jobId, name: 'keep2_ROOT' },
        rotation: 2,
        enforced: true,
        keep: [],
        remove: [],
        afterNextRun: { keep: [], remove: [] },
      },
      message: 'Backup retention preview',
      timestamp: LOCAL_TIMESTAMP,
    });

    const f1 = await image('keep2_ROOT', 1, 'full', { run: 'success' });
    const i2 = await image('keep2_ROOT', 2, 'increment', { run: 'success' });
    const f3 = await image('keep2_ROOT', 3, 'full', { run: 'success' });
    const f4 = await image('keep2_ROOT', 4, 'full', { run: 'success' });
    const i5 = await image('keep2_ROOT', 5, 'increment', { run: 'success' });
    const f6 = await image('keep2_ROOT', 6, 'full', { run: 'failed' }); // a failed run's full
    const f7 = await image('keep2_ROOT', 7, 'full'); // found: copied in, no run of the job wrote it
    await image('keep2_ROOT_old', 1, 'full'); // similar names: other jobs
    await image('keep2_ROOT2', 1, 'full');
    await image('keep2_ROOT', 1, 'full', { server: 'main-server' }); // same job name, another server's image
    await t.app.get(ImageCatalogService).refresh();
    const [{ id: failedRun }] = await t.dataSource.query('SELECT id FROM runs WHERE image = $1', [f6]);

    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/backups/${jobId}/retention`,
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    const item = (
      name: string,
      day: number,
      type: string,
      generation: number | null,
      reason: string,
      provenance = 'run',
    ) => ({
      name,
      time: `2026-01-0${day} 01:00:00`,
      type,
      generation,
      provenance,
      reason,
    });
    const found = item(f7, 7, 'full', null, "not written by this job's runs", 'found');
    const leftover = item(f6, 6, 'full', null, `left by failed run ${failedRun} (not a generation)`);
    expect(res.json().data).toEqual({
      job: { id: jobId, name: 'keep2_ROOT' },
      rotation: 2,
      enforced: true,
      keep: [
        found,
        item(i5, 5, 'increment', 1, `increment of the kept full ${f4}`),
        item(f4, 4, 'full', 1, 'newest successful generation (generation 1 of 2)'),
        item(f3, 3, 'full', 2, 'within rotation (generation 2 of 2)'),
      ],
      remove: [
        leftover,
        item(i2, 2, 'increment', 3, `increment of the removed full ${f1}`),
        item(f1, 1, 'full', 3, 'generation 3 is beyond rotation 2'),
      ],
      // A full job: the next run writes a full, which makes f3's generation the third.
      afterNextRun: {
        keep: [
          found,
          item(i5, 5, 'increment', 2, `increment of the kept full ${f4}`),
          item(f4, 4, 'full', 2, 'within rotation (generation 2 of 2)'),
        ],
        remove: [
          leftover,
          item(f3, 3, 'full', 3, 'generation 3 is beyond rotation 2'),
          item(i2, 2, 'increment', 4, `increment of the removed full ${f1}`),
          item(f1, 1, 'full', 4, 'generation 4 is beyond rotation 2'),
        ],
      },
    });
    const korean = await t.app.inject({ method: 'GET', url: '/api/backups/keep2_ROOT/retention', headers });
    expect(korean.json().data.remove[2].reason).toBe('보관 개수(2)를 넘은 세대 3');
  });

  it('answers 404 for an unknown job and says when enforcement is off', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/backups/no-such-job/retention', headers });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toContain('identifier');
    const off = await createTestApp({ RETENTION_ENFORCE: 'false' });
    try {
      const auth = await off.auth();
      const created = await off.app.inject({
        method: 'POST',
        url: '/api/backups',
        headers: auth,
        payload: {
          center: '1',
          server: SERVER,
          jobName: 'j',
          partition: ['/'],
          type: 'full',
          repository: { type: 'nfs', path: '/backup' },
        },
      });
      expect(created.statusCode).toBe(201);
      const res = await off.app.inject({ method: 'GET', url: '/api/backups/j_ROOT/retention', headers: auth });
      expect(res.json().data).toMatchObject({ enforced: false, keep: [], remove: [] });
    } finally {
      await off.close();
    }
  });
});
