import { mkdtempSync, openSync, readdirSync, readSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkImage, readTreeManifest, scanTree } from '@zdm/image-format';
import { DEMO_STOPPED_MESSAGE, DemoAgents } from '../apps/api/src/demo/demo-agents';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Demo mode runs the reference agent in-process for the demo servers: a job registered with
 * `autoStart: use` runs to `success` within seconds and its image is listed (spec §8, issue "done means").
 */
describe('Demo mode: in-process reference agents', () => {
  let t: TestApp;
  let agents: DemoAgents;
  beforeAll(async () => {
    t = await createTestApp({ DEMO_AGENTS: 'true' });
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    agents = t.app.get(DemoAgents);
    expect(await agents.start(`http://127.0.0.1:${port}/api`)).toBe(5);
  });
  afterAll(async () => {
    await agents?.stop();
    await t?.close();
  });

  it('runs a job registered with autoStart: use, and lists its image', async () => {
    const headers = await t.auth();
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: {
        center: '1',
        server: 'server-01',
        jobName: 'demo-auto',
        partition: ['/'],
        type: 'full',
        autoStart: 'use',
        repository: { type: 'nfs', path: '/backup' },
      },
    });
    expect(registered.statusCode).toBe(201);
    const started = Date.now();
    let run: { state: string; result: string | null; image: string | null } | undefined;
    while (Date.now() - started < 30_000) {
      const res = await t.app.inject({ method: 'GET', url: '/api/backups/demo-auto_ROOT/runs', headers });
      run = res.json().data[0];
      if (run?.state === 'done') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(run).toMatchObject({ state: 'done', result: 'success' });
    const job = await t.app.inject({ method: 'GET', url: '/api/backups/demo-auto_ROOT', headers });
    expect(job.json().data.job.info.status.current).toBe('Complete');
    const listing = await t.app.inject({
      method: 'GET',
      url: '/api/v1/backups/images/server/server-01?jobName=demo-auto_ROOT',
      headers,
    });
    expect(listing.json().data.images.map((i: { name: string }) => i.name)).toEqual([run!.image]);
    const list = await t.app.inject({ method: 'GET', url: '/api/agents?status=online', headers });
    expect(list.json().data).toHaveLength(5);
  });

  it('replaces its agents at the next start (the old tokens are revoked)', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM agents WHERE revoked_at IS NULL`);
    await agents.stop();
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    await agents.start(`http://127.0.0.1:${port}/api`);
    const after = await t.dataSource.query(
      `SELECT count(*)::int AS active, count(*) FILTER (WHERE revoked_at IS NOT NULL)::int AS revoked FROM agents`,
    );
    expect(before[0].n).toBe(5);
    expect(after[0]).toEqual({ active: 10, revoked: 5 });
  });

  it('a run a demo agent holds when the API stops ends failed, not left to its lease', async () => {
    const headers = await t.auth();
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: {
        center: '1',
        server: 'server-01',
        jobName: 'demo-stop',
        partition: ['/'],
        type: 'full',
        repository: { type: 'nfs', path: '/backup' },
      },
    });
    expect(registered.statusCode).toBe(201);
    // A run the demo agent of server-01 is performing (claimed, lease running) when the API stops.
    const [{ id: runId }] = await t.dataSource.query(
      `INSERT INTO runs (job_id, server_id, trigger, level, state, agent_id, lease_expires_at, created_at, started_at)
       SELECT j.id, j.server_id, 'manual', 'full', 'running', a.id, now() + interval '1 hour', now(), now()
         FROM backup_jobs j JOIN agents a ON a.server_id = j.server_id AND a.revoked_at IS NULL AND a.name = 'demo-agent'
        WHERE j.name = 'demo-stop_ROOT'
       RETURNING id`,
    );
    await agents.stop();
    const run = await t.app.inject({ method: 'GET', url: `/api/runs/${runId}`, headers });
    expect(run.json().data).toMatchObject({ state: 'done', result: 'failed', errorMessage: DEMO_STOPPED_MESSAGE });
  });
});

/**
 * With a data directory (not `memory://`), the demo gives every demo server a source tree and its
 * agent backs up real files from it (spec §14): the image's payload holds exactly that tree and its
 * header the payload's sha256.
 */
describe('Demo mode: real bytes from DATA_DIR/demo-sources', () => {
  let t: TestApp;
  let agents: DemoAgents;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'zdm-demo-data-'));
    t = await createTestApp({ DEMO_AGENTS: 'true', DATA_DIR: dataDir });
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    agents = t.app.get(DemoAgents);
    await agents.start(`http://127.0.0.1:${port}/api`);
  });
  afterAll(async () => {
    await agents?.stop();
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds a source tree per demo server and partition, and backs up that tree', async () => {
    expect(readdirSync(join(dataDir, 'demo-sources')).sort()).toEqual([
      'SOURCE-2012',
      'backup-server',
      'main-server',
      'server-01',
      'source-centos7-bios',
    ]);
    expect(readdirSync(join(dataDir, 'demo-sources', 'source-centos7-bios')).sort()).toEqual([
      'ROOT',
      'boot',
      'boot_efi',
    ]);
    expect(readdirSync(join(dataDir, 'demo-sources', 'SOURCE-2012')).sort()).toEqual(['C', 'D']);
    const source = join(dataDir, 'demo-sources', 'server-01', 'ROOT');
    const { entries } = await scanTree(source);
    const files = entries.filter((e) => e.type === 'file');
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files.some((e) => e.path === 'etc/app/conf.d/01-setting.conf')).toBe(true);
    expect(files.some((e) => e.path === 'Notes – Überblick (draft).txt')).toBe(true);

    const headers = await t.auth();
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers,
      payload: {
        center: '1',
        server: 'server-01',
        jobName: 'demo-real',
        partition: ['/'],
        type: 'full',
        autoStart: 'use',
        repository: { type: 'nfs', path: '/backup' },
      },
    });
    expect(registered.statusCode).toBe(201);
    let run: { state: string; result: string | null; image: string | null } | undefined;
    for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 100))) {
      const res = await t.app.inject({ method: 'GET', url: '/api/backups/demo-real_ROOT/runs', headers });
      run = res.json().data[0];
      if (run?.state === 'done') break;
    }
    expect(run).toMatchObject({ state: 'done', result: 'success' });
    const [row] = await t.dataSource.query(`SELECT path FROM image_headers WHERE name = $1`, [run!.image]);
    const image = join(t.config.backupRepositoryPath, row.path); // catalog paths are the repository's
    const check = await checkImage(image, null);
    expect(check).toMatchObject({ state: 'ok', header: { type: 'full', payloadFormat: 'tar', compressed: '0' } });
    expect(check.header!.payloadSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(check.header!.parent).toBeUndefined();
    const manifest = await readTreeManifest(image, check.payloadOffset!);
    expect(manifest.entries.map((e) => e.path)).toEqual(entries.map((e) => e.path));
    expect(manifest.carried).toEqual(entries.map((e) => e.path));
  });

  /** Spec §13: the in-process reference agent verifies for real; one flipped payload byte is found. */
  it('verifies the image with the real agent: ok, then corrupt after one payload byte is flipped', async () => {
    const headers = await t.auth();
    const verify = async () => {
      const queued = await t.app.inject({
        method: 'POST',
        url: '/api/backups/demo-real_ROOT/verify',
        headers,
        payload: {},
      });
      expect(queued.statusCode).toBe(201);
      const id = queued.json().data.id as number;
      let run: { state: string; result: string | null; kind: string } | undefined;
      for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 100))) {
        run = (await t.app.inject({ method: 'GET', url: `/api/runs/${id}`, headers })).json().data;
        if (run?.state === 'done') break;
      }
      return run;
    };
    const points = async () =>
      (await t.app.inject({ method: 'GET', url: '/api/backups/demo-real_ROOT/restore-points', headers })).json()
        .data as { image: string; verification: { state: string }; restorable: boolean; reason?: string }[];

    expect(await verify()).toMatchObject({ kind: 'verify', state: 'done', result: 'success' });
    const [point] = await points();
    expect(point).toMatchObject({ verification: { state: 'ok' }, restorable: true });

    // One byte of the payload (after the header) flipped on disk.
    const [row] = await t.dataSource.query(`SELECT path FROM image_headers WHERE name = $1`, [point.image]);
    const file = join(t.config.backupRepositoryPath, row.path);
    const check = await checkImage(file, null);
    const at = check.payloadOffset! + 600;
    const fd = openSync(file, 'r+');
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, at);
    byte[0] ^= 0xff;
    writeSync(fd, byte, 0, 1, at);
    closeSync(fd);

    expect(await verify()).toMatchObject({ kind: 'verify', state: 'done', result: 'failed' });
    const [after] = await points();
    expect(after).toMatchObject({ image: point.image, verification: { state: 'corrupt' }, restorable: false });
    expect(after.reason).toContain(point.image);
    const events = await t.dataSource.query(`SELECT data FROM notification_events WHERE type = 'image.corrupt'`);
    expect(events.map((e: { data: { image: { name: string; state: string } } }) => e.data.image)).toEqual([
      expect.objectContaining({ name: point.image, state: 'corrupt' }),
    ]);
  });
});
