import { ImageCatalogService, RetentionService } from '@zdm/images';
import { writeJobImage, registerRootJob } from './support/job-images';
import { createTestApp, TestApp } from './support/test-app';

const SERVER = 'server-01';
const JOB = 'cached_ROOT';

interface Point {
  image: string;
  run: { id: number; outcome: string } | null;
  protected: boolean;
  restorable: boolean;
  reason?: string;
}

/**
 * The restore points and plans of a job are kept between requests (JobImagesCache): whatever changes
 * them shows on the very next request — a new image, a run of the job ending, a protection change, a
 * catalog row changed by another writer.
 */
describe('restore points cache: every change shows on the next request', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let jobId: number;

  beforeAll(async () => {
    t = await createTestApp();
    headers = { ...(await t.auth()), 'accept-language': 'en' };
    jobId = await registerRootJob(t, headers, { server: SERVER, jobName: 'cached', rotation: 3 });
    await writeJobImage(t, { job: JOB, day: 1, type: 'full', server: SERVER, run: { jobId, result: 'success' } });
  });
  afterAll(() => t.close());

  const points = async (): Promise<Point[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/backups/${JOB}/restore-points`, headers });
    expect(res.statusCode).toBe(200);
    return res.json().data;
  };
  const summary = (list: Point[]) => list.map((p) => [p.image, p.run?.outcome ?? null, p.protected, p.restorable]);

  it('a new image of the job', async () => {
    const before = await points();
    expect(before).toHaveLength(1);
    expect(await points()).toEqual(before); // answered from the cache
    const i2 = await writeJobImage(t, {
      job: JOB,
      day: 2,
      type: 'increment',
      server: SERVER,
      run: { jobId, result: 'success' },
    });
    const after = await points();
    expect(after.map((p) => p.image)).toEqual([i2.name, before[0].image]);
    expect(after[0]).toMatchObject({ restorable: true, run: { outcome: 'succeeded' } });
  });

  it('a run of the job ending (its image catalogued while it ran)', async () => {
    // A run in progress whose image is already in the catalog with its provenance.
    const [{ id: runId }] = await t.dataSource.query(
      `INSERT INTO runs (job_id, server_id, trigger, level, state, image, created_at, started_at)
       SELECT id, server_id, 'manual', 'increment', 'running', $2, now(), now() FROM backup_jobs WHERE id = $1
       RETURNING id`,
      [jobId, `${JOB}_[2026-01-03_01_00].ZIA`],
    );
    const i3 = await writeJobImage(t, { job: JOB, day: 3, type: 'increment', server: SERVER });
    await t.app.get(ImageCatalogService).ingest(i3.path, { runId });
    const running = (await points())[0];
    expect(running).toMatchObject({
      image: i3.name,
      run: { id: runId, outcome: 'in-progress' },
      restorable: false,
      reason: `${i3.name} belongs to run ${runId}, still in progress`,
    });
    expect((await points())[0]).toEqual(running);
    const plan = async () => (await t.app.get(RetentionService).planFor(jobId)).plan;
    expect((await plan()).keep.find((d) => d.image.name === i3.name)?.reason.code).toBe('run-in-progress');

    // The run ends (the runs lib writes its result; nothing in the catalog changes).
    await t.dataSource.query(`UPDATE runs SET state = 'done', result = 'success', ended_at = now() WHERE id = $1`, [
      runId,
    ]);
    expect((await points())[0]).toMatchObject({
      image: i3.name,
      run: { id: runId, outcome: 'succeeded' },
      restorable: true,
    });
    expect((await plan()).keep.find((d) => d.image.name === i3.name)?.reason.code).not.toBe('run-in-progress');
  });

  it('protecting and unprotecting an image', async () => {
    const [newest] = await points();
    const protect = (value: boolean) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/images/${encodeURIComponent(newest.image)}`,
        headers,
        payload: { protected: value },
      });
    expect((await protect(true)).statusCode).toBe(200);
    expect((await points())[0]).toMatchObject({ image: newest.image, protected: true });
    expect((await protect(false)).statusCode).toBe(200);
    expect((await points())[0]).toMatchObject({ image: newest.image, protected: false });
  });

  it('a catalog row changed by another writer, once it says so', async () => {
    const before = summary(await points());
    const [, middle] = await points();
    await t.dataSource.query(`UPDATE image_headers SET verification = 'corrupt', verified_at = now() WHERE name = $1`, [
      middle.image,
    ]);
    await t.app.get(ImageCatalogService).rowsChanged();
    const after = await points();
    expect(after[1]).toMatchObject({
      image: middle.image,
      restorable: false,
      reason: `${middle.image} is corrupt (verification)`,
    });
    expect(after[0]).toMatchObject({ restorable: false, reason: `${middle.image} is corrupt (verification)` });
    await t.dataSource.query('UPDATE image_headers SET verification = NULL, verified_at = NULL WHERE name = $1', [
      middle.image,
    ]);
    await t.app.get(ImageCatalogService).rowsChanged();
    expect(summary(await points())).toEqual(before);
  });

  it("an image removed from the catalog, and another job's image changing nothing of this job's", async () => {
    const before = summary(await points());
    const i4 = await writeJobImage(t, {
      job: JOB,
      day: 4,
      type: 'increment',
      server: SERVER,
      run: { jobId, result: 'success' },
    });
    expect((await points())[0]).toMatchObject({ image: i4.name, restorable: true });
    const other = await writeJobImage(t, { job: 'other_ROOT', day: 4, type: 'full', server: SERVER });
    expect((await points())[0]).toMatchObject({ image: i4.name, restorable: true });
    await t.app.get(ImageCatalogService).remove([i4.path, other.path]);
    expect(summary(await points())).toEqual(before);
  });

  it('renaming and deleting the job: the old name and then the job answer 404 on the next request', async () => {
    const before = await points();
    const renamed = await t.app.inject({
      method: 'PUT',
      url: `/api/backups/${JOB}`,
      headers,
      payload: { changeName: 'cached_renamed' },
    });
    expect(renamed.statusCode).toBe(200);
    const old = await t.app.inject({ method: 'GET', url: `/api/backups/${JOB}/restore-points`, headers });
    expect(old.statusCode).toBe(404);
    // The images are named after the old name: the renamed job has none of them.
    const now = await t.app.inject({ method: 'GET', url: `/api/backups/${jobId}/restore-points`, headers });
    expect(now.statusCode).toBe(200);
    expect(now.json().data).toEqual([]);
    await t.app.inject({ method: 'PUT', url: `/api/backups/${jobId}`, headers, payload: { changeName: JOB } });
    expect(await points()).toEqual(before);

    const removed = await t.app.inject({ method: 'DELETE', url: `/api/backups/${jobId}`, headers });
    expect(removed.statusCode).toBe(200);
    for (const identifier of [JOB, String(jobId)]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/backups/${identifier}/restore-points`, headers });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ success: false });
    }
  });
});
