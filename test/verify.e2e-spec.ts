import { writeSampleImage } from '@zdm/image-format';
import { ImageCatalogService } from '@zdm/images';
import { join } from 'node:path';
import { writeJobImage } from './support/job-images';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

const SERVER = 'server-01';
const JOB = 'verify_ROOT';
const sha = (c: string) => c.repeat(64);

/**
 * Verification (spec §13, agent protocol): the catalog reads `payloadSha256` and `parent` from image
 * headers and chains restore points by `parent`; `POST /api/backups/:identifier/verify` queues a
 * verify run an agent of the job's server claims with the chain; its completion marks the images,
 * records `image.corrupt` once per newly bad image, and the points say why they no longer restore.
 */
describe('verify runs', () => {
  let t: TestApp;
  let headers: Record<string, string>;
  let jobId: number;
  let agent: { id: number; token: string };
  const names: Record<string, string> = {};
  const en = () => ({ ...headers, 'accept-language': 'en' });
  const bearer = () => ({ authorization: `Bearer ${agent.token}` });
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, h: Record<string, string>, payload?: unknown) =>
    t.app.inject({ method, url, headers: h, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const path = (key: string) => join(t.config.backupRepositoryPath, SERVER, names[key]);
  const points = async () =>
    (await call('GET', `/api/backups/${JOB}/restore-points`, en())).json().data as {
      image: string;
      chain: string[];
      restorable: boolean;
      reason?: string;
      verification: { state: string; at: string | null };
    }[];
  const corruptEvents = async () =>
    (await t.dataSource.query(`SELECT data FROM notification_events WHERE type = 'image.corrupt' ORDER BY id`)) as {
      data: Record<string, unknown>;
    }[];

  beforeAll(async () => {
    t = await createTestApp();
    headers = await t.auth();
    for (const jobName of ['verify', 'empty']) {
      const res = await call('POST', '/api/backups', headers, {
        center: '1',
        server: SERVER,
        jobName,
        partition: ['/'],
        rotation: 3,
        type: 'full',
        repository: { type: 'nfs', path: '/backup' },
      });
      expect(res.statusCode).toBe(201);
    }
    jobId = (await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name = $1`, [JOB]))[0].id;
    const res = await call('POST', '/api/agents', headers, { server: SERVER });
    expect(res.statusCode).toBe(201);
    agent = res.json().data;
    // F1 ← i2 ← i3, and i4 ← F1 (a second branch off the full: the order rule would chain it to i3).
    const write = async (key: string, day: number, type: 'full' | 'increment', extra: Record<string, string>) => {
      names[key] = (
        await writeJobImage(t, { job: JOB, day, type, server: SERVER, run: { jobId, result: 'success' }, extra })
      ).name;
    };
    await write('F1', 1, 'full', { payloadSha256: sha('a') });
    await write('i2', 2, 'increment', { payloadSha256: sha('b'), parent: names.F1 });
    await write('i3', 3, 'increment', { payloadSha256: sha('c'), parent: names.i2 });
    await write('i4', 4, 'increment', { payloadSha256: sha('d'), parent: names.F1 });
    await t.app.get(ImageCatalogService).refresh();
  }, 60_000);
  afterAll(() => t.close());

  it('catalogues payloadSha256 and parent, and chains restore points by parent', async () => {
    const rows = await t.dataSource.query(
      `SELECT name, payload_sha256, parent FROM image_headers WHERE job_name = 'verify_ROOT' ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: names.F1, payload_sha256: sha('a'), parent: null },
      { name: names.i2, payload_sha256: sha('b'), parent: names.F1 },
      { name: names.i3, payload_sha256: sha('c'), parent: names.i2 },
      { name: names.i4, payload_sha256: sha('d'), parent: names.F1 },
    ]);
    expect((await points()).map((p) => [p.image, p.chain, p.restorable])).toEqual([
      [names.i4, [names.F1, names.i4], true],
      [names.i3, [names.F1, names.i2, names.i3], true],
      [names.i2, [names.F1, names.i2], true],
      [names.F1, [names.F1], true],
    ]);
  });

  it('refuses what cannot be verified: an unknown image (404), a job without points (409)', async () => {
    const unknown = await call('POST', `/api/backups/${JOB}/verify`, en(), { image: 'nope.ZIA' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toBe(`image: job '${JOB}' has no restore point of image 'nope.ZIA'.`);
    const empty = await call('POST', '/api/backups/empty_ROOT/verify', en(), {});
    expect(empty.statusCode).toBe(409);
    expect(empty.json()).toMatchObject({
      code: 'NOTHING_TO_VERIFY',
      error: "identifier: job 'empty_ROOT' has no restore point to verify.",
    });
    const bad = await call('POST', `/api/backups/${JOB}/verify`, en(), { image: 7 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toContain('image');
    const noJob = await call('POST', '/api/backups/nope_ROOT/verify', en(), {});
    expect(noJob.statusCode).toBe(404);
  });

  it('queues a verify run, hands its chain to the agent, and marks what the agent found', async () => {
    const queued = await call('POST', `/api/backups/${JOB}/verify`, en(), { image: names.i3 });
    expect(queued.statusCode).toBe(201);
    const run = queued.json().data;
    expect(run).toMatchObject({
      job: { id: jobId, name: JOB },
      trigger: 'manual',
      kind: 'verify',
      level: 'increment',
      state: 'queued',
      image: null,
    });
    expect(queued.json().message).toBe('Backup verification queued');
    const again = await call('POST', `/api/backups/${JOB}/verify`, en(), {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('JOB_ALREADY_RUNNING');

    const claim = await call('POST', '/api/agent/runs/claim', bearer(), {});
    expect(claim.statusCode).toBe(200);
    const claimed = claim.json().data;
    expect(claimed.run).toMatchObject({ id: run.id, kind: 'verify', state: 'running' });
    expect(claimed.chain).toEqual([
      { image: names.F1, path: path('F1'), level: 'full', payloadSha256: sha('a') },
      { image: names.i2, path: path('i2'), level: 'increment', payloadSha256: sha('b') },
      { image: names.i3, path: path('i3'), level: 'increment', payloadSha256: sha('c') },
    ]);
    expect(claimed.restore).toBeNull();

    const complete = (body: unknown) =>
      call('POST', `/api/agent/runs/${run.id}/complete`, { ...bearer(), 'accept-language': 'en' }, body);
    const foreign = await complete({
      result: 'failed',
      images: [
        { image: names.F1, state: 'ok' },
        { image: names.i4, state: 'corrupt' },
      ],
    });
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json()).toMatchObject({
      code: 'IMAGE_NOT_IN_CHAIN',
      error: `images: not in the chain run #${run.id} was claimed with: ${names.i4}`,
    });
    const contradicts = await complete({ result: 'success', images: [{ image: names.i2, state: 'missing' }] });
    expect(contradicts.statusCode).toBe(400);
    expect(contradicts.json().error).toBe(`images: result success while these images are not ok: ${names.i2}`);
    const withImage = await complete({ result: 'success', image: names.i3 });
    expect(withImage.statusCode).toBe(400);
    expect(withImage.json().error).toContain('image');
    const badState = await complete({ result: 'failed', images: [{ image: names.i2, state: 'broken' }] });
    expect(badState.statusCode).toBe(400);

    const done = await complete({
      result: 'failed',
      errorMessage: `${names.i2}: checksum mismatch`,
      images: [
        { image: names.F1, state: 'ok' },
        { image: names.i2, state: 'corrupt', errorMessage: 'payload checksum mismatch' },
        { image: names.i3, state: 'ok' },
      ],
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().data).toEqual({ id: run.id, state: 'done', result: 'failed' });

    const marks = await t.dataSource.query(
      `SELECT name, verification, verified_at IS NOT NULL AS at FROM image_headers WHERE job_name = $1 ORDER BY name`,
      [JOB],
    );
    expect(marks).toEqual([
      { name: names.F1, verification: 'ok', at: true },
      { name: names.i2, verification: 'corrupt', at: true },
      { name: names.i3, verification: 'ok', at: true },
      { name: names.i4, verification: null, at: false },
    ]);
    const listed = await points();
    expect(listed.map((p) => [p.image, p.verification.state, p.restorable, p.reason])).toEqual([
      [names.i4, 'unverified', true, undefined],
      [names.i3, 'ok', false, `${names.i2} is corrupt (verification)`],
      [names.i2, 'corrupt', false, `${names.i2} is corrupt (verification)`],
      [names.F1, 'ok', true, undefined],
    ]);
    // One event for the newly corrupt image, written with the run's end.
    expect((await corruptEvents()).map((e) => e.data)).toEqual([
      {
        job: { id: jobId, name: JOB },
        server: { id: expect.any(Number), name: SERVER },
        run: { id: run.id, kind: 'verify' },
        image: { name: names.i2, path: path('i2'), state: 'corrupt', errorMessage: 'payload checksum mismatch' },
      },
    ]);
    const shown = (await call('GET', `/api/runs/${run.id}`, headers)).json().data;
    expect(shown).toMatchObject({ kind: 'verify', state: 'done', result: 'failed', image: null });
    const history = (await call('GET', `/api/backups/${JOB}/runs`, headers)).json().data;
    expect(history[0]).toMatchObject({ id: run.id, kind: 'verify' });
    expect(history.slice(1).every((r: { kind: string }) => r.kind === 'backup')).toBe(true);
    const log = (await call('GET', `/api/runs/${run.id}/log`, headers))
      .json()
      .data.lines.map((l: { message: string }) => l.message);
    expect(log).toEqual(
      expect.arrayContaining([
        `Queued: manual verify of ${names.i3}.`,
        `Verified ${names.i2}: corrupt (payload checksum mismatch).`,
      ]),
    );
    // The job's status is its backups': a verify run leaves it alone.
    const job = (await call('GET', `/api/backups/${JOB}`, headers)).json().data;
    expect(job.status).not.toBe('failed');
  });

  it('a second verify that finds the same corruption raises no second event; ok clears it', async () => {
    const verifyAndComplete = async (states: Record<string, 'ok' | 'corrupt' | 'missing'>) => {
      const queued = await call('POST', `/api/backups/${JOB}/verify`, headers, { image: names.i2 });
      expect(queued.statusCode).toBe(201);
      const claim = (await call('POST', '/api/agent/runs/claim', bearer(), {})).json().data;
      expect(claim.chain.map((l: { image: string }) => l.image)).toEqual([names.F1, names.i2]);
      const allOk = Object.values(states).every((s) => s === 'ok');
      const res = await call('POST', `/api/agent/runs/${claim.run.id}/complete`, bearer(), {
        result: allOk ? 'success' : 'failed',
        images: Object.entries(states).map(([key, state]) => ({ image: names[key], state })),
      });
      expect(res.statusCode).toBe(200);
    };
    await verifyAndComplete({ F1: 'ok', i2: 'corrupt' });
    expect(await corruptEvents()).toHaveLength(1);
    await verifyAndComplete({ F1: 'ok', i2: 'ok' });
    expect((await points()).find((p) => p.image === names.i3)).toMatchObject({ restorable: true });
    await verifyAndComplete({ F1: 'missing', i2: 'ok' });
    const events = await corruptEvents();
    expect(events).toHaveLength(2);
    expect(events[1].data.image).toMatchObject({ name: names.F1, state: 'missing' });
    expect((await points()).every((p) => !p.restorable && p.reason === `${names.F1} is missing (verification)`)).toBe(
      true,
    );
  });

  it('a backup increment is claimed with the newest restorable point chain; a full with none', async () => {
    await t.dataSource.query(`UPDATE image_headers SET verification = NULL, verified_at = NULL WHERE job_name = $1`, [
      JOB,
    ]);
    await t.app.get(ImageCatalogService).rowsChanged(); // written by SQL: cached restore points must not hold it
    const claimBackup = async (level: 'full' | 'increment') => {
      const queued = await call('POST', `/api/backups/${JOB}/runs`, headers, { level });
      expect(queued.statusCode).toBe(201);
      expect(queued.json().data.kind).toBe('backup');
      const claim = (await call('POST', '/api/agent/runs/claim', bearer(), {})).json().data;
      expect(claim.run.kind).toBe('backup');
      expect(claim.restore).toBeNull();
      await call('POST', `/api/agent/runs/${claim.run.id}/complete`, bearer(), { result: 'failed' });
      return claim.chain.map((l: { image: string }) => l.image) as string[];
    };
    expect(await claimBackup('increment')).toEqual([names.F1, names.i4]);
    expect(await claimBackup('full')).toEqual([]);
  });

  it('verifyAfterBackup: set at registration and by PUT, shown on the job, queues a verify after a good backup', async () => {
    const registered = await call('POST', '/api/backups', headers, {
      center: '1',
      server: SERVER,
      jobName: 'after',
      partition: ['/home'],
      rotation: 3,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
      verifyAfterBackup: 'use',
    });
    expect(registered.statusCode).toBe(201);
    const name = registered.json().data.results[0].jobName as string;
    const shown = await call('GET', `/api/backups/${name}`, headers);
    expect(shown.json()).toMatchObject({
      success: true,
      requestID: REQUEST_ID,
      timestamp: LOCAL_TIMESTAMP,
      data: { job: { info: { name, enabled: true, verifyAfterBackup: 'use' } } },
    });
    const bad = await call('PUT', `/api/backups/${name}`, en(), { verifyAfterBackup: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toContain('verifyAfterBackup');
    const off = await call('PUT', `/api/backups/${name}`, headers, { verifyAfterBackup: 'not use' });
    expect(off.statusCode).toBe(200);
    expect(JSON.stringify(off.json().data)).toContain('"field":"verifyAfterBackup"');

    // Off: a good backup queues nothing after it.
    const backup = async () => {
      expect((await call('POST', `/api/backups/${name}/runs`, headers, { level: 'full' })).statusCode).toBe(201);
      const claim = (await call('POST', '/api/agent/runs/claim', bearer(), {})).json().data;
      const file = join(t.config.backupRepositoryPath, SERVER, claim.job.image.name);
      writeSampleImage(file, {
        name: claim.job.image.name,
        time: claim.job.image.time,
        type: 'full',
        compressed: false,
        server: SERVER,
        os: 'Ubuntu 22.04',
        partitionSize: 1000,
        mountPoint: '/home',
        device: '/dev/sda3',
        filesystem: 'ext4',
        diskNumber: 0,
        partitionNumber: 3,
        extra: { payloadSha256: sha('e') },
      });
      const done = await call('POST', `/api/agent/runs/${claim.run.id}/complete`, bearer(), {
        result: 'success',
        image: file,
      });
      expect(done.statusCode).toBe(200);
      return { runId: claim.run.id as number, image: claim.job.image.name as string, file };
    };
    const first = await backup();
    const latest = async () => (await call('GET', `/api/backups/${name}/runs`, headers)).json().data[0];
    expect(await latest()).toMatchObject({ id: first.runId, kind: 'backup' });

    expect((await call('PUT', `/api/backups/${name}`, headers, { verifyAfterBackup: 'use' })).statusCode).toBe(200);
    const second = await backup();
    const verify = await latest();
    expect(verify).toMatchObject({ kind: 'verify', state: 'queued', level: 'full' });
    const log = (await call('GET', `/api/runs/${second.runId}/log`, headers)).json().data.lines;
    expect(log[log.length - 1].message).toBe(`Verify run ${verify.id} queued for ${second.image} (verifyAfterBackup).`);
    const claim = (await call('POST', '/api/agent/runs/claim', bearer(), {})).json().data;
    expect(claim.run).toMatchObject({ id: verify.id, kind: 'verify' });
    expect(claim.chain).toEqual([{ image: second.image, path: second.file, level: 'full', payloadSha256: sha('e') }]);
    // A verify's success is no backup: it changes neither the job's status nor queues another verify.
    const statusBefore = (await call('GET', `/api/backups/${name}`, headers)).json().data.job.info.status.current;
    const done = await call('POST', `/api/agent/runs/${verify.id}/complete`, bearer(), {
      result: 'success',
      images: [{ image: second.image, state: 'ok' }],
    });
    expect(done.statusCode).toBe(200);
    expect((await latest()).id).toBe(verify.id);
    expect((await call('GET', `/api/backups/${name}`, headers)).json().data.job.info.status.current).toBe(statusBefore);
  });
});
