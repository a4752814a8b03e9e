import { ImageCatalogService } from '@zdm/images';
import { existsSync } from 'node:fs';
import { writeJobImage, registerRootJob } from './support/job-images';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

const SERVER = 'server-01';
const JOB = 'points_ROOT';

/**
 * Restore points (spec §13): chains, restorable and why not; protecting an image; deleting one, with
 * the refusals (protected, needed by a kept point, ambiguous name) and the file and row gone after.
 */
describe('restore points, protection and deletion', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let jobId: number;
  const en = () => ({ ...headers, 'accept-language': 'en' });
  const names: Record<string, string> = {};
  const paths: Record<string, string> = {};
  let failedRun: number;

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    jobId = await registerRootJob(t, headers, { server: SERVER, jobName: 'points', rotation: 3 });
    // F1 i2 (good), F3 (failed run), i4 (good: chains to F1), F5 (found in the repository), i6 (good:
    // chains to F1 too, the newest successful full).
    const write = async (key: string, day: number, type: 'full' | 'increment', result?: 'success' | 'failed') => {
      const written = await writeJobImage(t, {
        job: JOB,
        day,
        type,
        server: SERVER,
        run: result && { jobId, result },
      });
      names[key] = written.name;
      paths[key] = written.path;
    };
    await write('F1', 1, 'full', 'success');
    await write('i2', 2, 'increment', 'success');
    await write('F3', 3, 'full', 'failed');
    await write('i4', 4, 'increment', 'success');
    await write('F5', 5, 'full');
    await write('i6', 6, 'increment', 'success');
    await t.app.get(ImageCatalogService).refresh();
    failedRun = (await t.dataSource.query('SELECT id FROM runs WHERE image = $1', [names.F3]))[0].id;
  });
  afterAll(() => t.close());

  const points = async (query = '') => {
    const res = await t.app.inject({ method: 'GET', url: `/api/backups/${JOB}/restore-points${query}`, headers: en() });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('lists every image as a point, newest first, with its chain and why it does not restore', async () => {
    const body = await points();
    const runOf = async (key: string) =>
      (await t.dataSource.query('SELECT id FROM runs WHERE image = $1', [names[key]]))[0].id as number;
    const unverified = { state: 'unverified', at: null };
    expect(body).toEqual({
      success: true,
      requestID: REQUEST_ID,
      message: 'Backup restore points',
      timestamp: LOCAL_TIMESTAMP,
      data: [
        {
          image: names.i6,
          level: 'increment',
          time: '2026-01-06 01:00:00',
          run: { id: await runOf('i6'), outcome: 'succeeded' },
          chain: [names.F1, names.i2, names.i4, names.i6],
          verification: unverified,
          protected: false,
          restorable: true,
        },
        {
          image: names.F5,
          level: 'full',
          time: '2026-01-05 01:00:00',
          run: null,
          chain: [names.F5],
          verification: unverified,
          protected: false,
          restorable: false,
          reason: `${names.F5} was not written by this job's runs and is not verified`,
        },
        {
          image: names.i4,
          level: 'increment',
          time: '2026-01-04 01:00:00',
          run: { id: await runOf('i4'), outcome: 'succeeded' },
          chain: [names.F1, names.i2, names.i4],
          verification: unverified,
          protected: false,
          restorable: true,
        },
        {
          image: names.F3,
          level: 'full',
          time: '2026-01-03 01:00:00',
          run: { id: failedRun, outcome: 'unsuccessful' },
          chain: [names.F3],
          verification: unverified,
          protected: false,
          restorable: false,
          reason: `${names.F3} was written by failed run ${failedRun}`,
        },
        {
          image: names.i2,
          level: 'increment',
          time: '2026-01-02 01:00:00',
          run: { id: await runOf('i2'), outcome: 'succeeded' },
          chain: [names.F1, names.i2],
          verification: unverified,
          protected: false,
          restorable: true,
        },
        {
          image: names.F1,
          level: 'full',
          time: '2026-01-01 01:00:00',
          run: { id: await runOf('F1'), outcome: 'succeeded' },
          chain: [names.F1],
          verification: unverified,
          protected: false,
          restorable: true,
        },
      ],
    });

    const page = await points('?page=2&limit=4');
    expect(page.data.map((p: { image: string }) => p.image)).toEqual([names.i2, names.F1]);
    expect(page.pagination).toEqual({
      currentPage: 2,
      totalPages: 2,
      totalItems: 6,
      itemsPerPage: 4,
      hasNextPage: false,
      hasPreviousPage: true,
    });

    // What verification said counts: a corrupt link fails every point whose chain holds it.
    await t.dataSource.query(`UPDATE image_headers SET verification = 'corrupt', verified_at = now() WHERE name = $1`, [
      names.i2,
    ]);
    await t.app.get(ImageCatalogService).rowsChanged();
    const [, , i4] = (await points()).data;
    expect(i4).toMatchObject({ image: names.i4, restorable: false, reason: `${names.i2} is corrupt (verification)` });
    await t.dataSource.query('UPDATE image_headers SET verification = NULL, verified_at = NULL WHERE name = $1', [
      names.i2,
    ]);
    await t.app.get(ImageCatalogService).rowsChanged();

    const missing = await t.app.inject({ method: 'GET', url: '/api/backups/nope_ROOT/restore-points', headers });
    expect(missing.statusCode).toBe(404);
  });

  it('protects an image by name or id: retention keeps it and what its chain needs', async () => {
    const protect = await t.app.inject({
      method: 'PUT',
      url: `/api/images/${encodeURIComponent(names.i2)}`,
      headers,
      payload: { protected: true },
    });
    expect(protect.statusCode).toBe(200);
    const [{ id }] = await t.dataSource.query('SELECT id FROM image_headers WHERE name = $1', [names.i2]);
    expect(protect.json().data).toEqual({
      id,
      name: names.i2,
      path: `${SERVER}/${names.i2}`,
      server: SERVER,
      time: '2026-01-02 01:00:00',
      type: 'increment',
      provenance: 'run',
      runId: expect.any(Number),
      protected: true,
      verification: { state: 'unverified', at: null },
    });
    expect((await points()).data.find((p: { image: string }) => p.image === names.i2).protected).toBe(true);

    // With a newer generation (F7) and rotation 1, F1's generation goes; the protected i2 keeps itself and F1.
    const f7 = await writeJobImage(t, {
      job: JOB,
      day: 7,
      type: 'full',
      server: SERVER,
      run: { jobId, result: 'success' },
    });
    await t.dataSource.query('UPDATE backup_jobs SET rotation = 1 WHERE id = $1', [jobId]);
    const preview = (await t.app.inject({ method: 'GET', url: `/api/backups/${JOB}/retention`, headers: en() })).json()
      .data;
    expect(preview.keep.map((k: { name: string; reason: string }) => [k.name, k.reason])).toEqual([
      [f7.name, 'newest successful generation (generation 1 of 1)'],
      [names.F5, "not written by this job's runs"],
      [names.i2, 'protected image'],
      [names.F1, `needed to restore the protected image ${names.i2}`],
    ]);
    expect(preview.remove.map((r: { name: string }) => r.name)).toEqual([names.i6, names.i4, names.F3]);
    await t.dataSource.query('UPDATE backup_jobs SET rotation = 3 WHERE id = $1', [jobId]);

    const byId = await t.app.inject({
      method: 'PUT',
      url: `/api/images/${id}`,
      headers,
      payload: { protected: false },
    });
    expect(byId.statusCode).toBe(200);
    expect(byId.json().data.protected).toBe(false);

    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/images/${id}`,
      headers: en(),
      payload: { protected: 'yes' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toContain('protected');
  });

  it('deletes an image only when nothing needs it and it is not protected', async () => {
    const del = (ref: string) =>
      t.app.inject({ method: 'DELETE', url: `/api/images/${encodeURIComponent(ref)}`, headers: en() });

    const needed = await del(names.F1);
    expect(needed.statusCode).toBe(409);
    expect(needed.json()).toMatchObject({
      code: 'IMAGE_NEEDED',
      error: `image: ${names.F1} is needed to restore ${names.i2}, ${names.i4}, ${names.i6}`,
    });

    await t.app.inject({ method: 'PUT', url: `/api/images/${names.i6}`, headers, payload: { protected: true } });
    const guarded = await del(names.i6);
    expect(guarded.statusCode).toBe(409);
    expect(guarded.json()).toMatchObject({ code: 'IMAGE_PROTECTED', error: `image: ${names.i6} is protected` });
    await t.app.inject({ method: 'PUT', url: `/api/images/${names.i6}`, headers, payload: { protected: false } });

    const removed = await del(names.i6);
    expect(removed.statusCode).toBe(200);
    expect(removed.json().data).toEqual({ name: names.i6, path: `${SERVER}/${names.i6}` });
    expect(existsSync(paths.i6)).toBe(false);
    expect(await t.dataSource.query('SELECT 1 FROM image_headers WHERE name = $1', [names.i6])).toEqual([]);
    expect((await del(names.i6)).statusCode).toBe(404);

    // A failed run's full is nobody's link: it can go.
    expect((await del(names.F3)).statusCode).toBe(200);

    // Two files of one name: the name is ambiguous, the id is not.
    const twin = await writeJobImage(t, { job: JOB, day: 4, type: 'increment', server: SERVER, dir: 'copy' });
    await t.app.get(ImageCatalogService).refresh();
    const ambiguous = await del(twin.name);
    expect(ambiguous.statusCode).toBe(409);
    expect(ambiguous.json()).toMatchObject({
      code: 'IMAGE_AMBIGUOUS',
      error: `image: several image files have that name (use the catalog id): copy/${twin.name}, ${SERVER}/${twin.name}`,
    });
    const [{ id }] = await t.dataSource.query('SELECT id FROM image_headers WHERE path = $1', [`copy/${twin.name}`]);
    expect((await del(String(id))).statusCode).toBe(200);
    expect(existsSync(twin.path)).toBe(false);

    // Each deletion is audited (the audit log is written as the answer goes out).
    const deleted = async () =>
      (
        await t.dataSource.query(
          `SELECT target, status FROM audit_log WHERE action = 'imagesCatalog.remove' AND status = 200 ORDER BY id`,
        )
      ).map((r: { target: string }) => r.target);
    for (let i = 0; i < 50 && (await deleted()).length < 3; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await deleted()).toEqual([names.i6, names.F3, String(id)]);
  });
});
