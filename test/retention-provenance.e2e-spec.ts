import { ImageCatalogService } from '@zdm/images';
import { writeSampleImage } from '@zdm/image-format';
import { runsMigrations } from '@zdm/runs';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..');
const SERVER = 'server-01';

/**
 * Retention never loses the last good backup (spec §13, issue 19), with the reference agent doing the
 * runs: the two ways it could before.
 * 1. A run whose `after` script fails leaves a full on disk: it is no generation, so the next
 *    successful run (an increment, rotation 1) keeps the only full written by a successful run and
 *    removes the failed run's full instead.
 * 2. Images that were in the repository before the job existed (seed example 2 registered as written)
 *    are `found`: neither the preview nor the job's first run removes them.
 */
describe('retention and provenance, with the reference agent', () => {
  let t: TestApp;
  let user: Record<string, string>;
  let api: string;
  let agent: ChildProcess | undefined;

  const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: user, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const until = async <T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const run = async (job: string, level: 'full' | 'increment') => {
    const res = await call('POST', `/api/backups/${job}/runs`, { level });
    expect(res.statusCode).toBe(201);
    const id = res.json().data.id as number;
    return until(`run ${id} to end`, async () => {
      const view = (await call('GET', `/api/runs/${id}`)).json().data;
      return view.state === 'done' ? (view as { id: number; result: string; image: string | null }) : undefined;
    });
  };
  const logOf = async (id: number) =>
    ((await call('GET', `/api/runs/${id}/log?limit=1000`)).json().data.lines as { message: string }[]).map(
      (l) => l.message,
    );
  const preview = async (job: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/backups/${job}/retention`,
        headers: { ...user, 'accept-language': 'en' },
      })
    ).json().data as {
      keep: { name: string; provenance: string; reason: string }[];
      remove: { name: string; reason: string }[];
      afterNextRun: { keep: { name: string }[]; remove: { name: string }[] };
    };
  const serverDir = () => join(t.config.backupRepositoryPath, SERVER);

  beforeAll(async () => {
    t = await createTestApp();
    user = await t.auth();
    await t.app.listen(0, '127.0.0.1');
    api = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}/api`;
    const { token } = (await call('POST', '/api/agents', { server: SERVER })).json().data as { token: string };
    agent = spawn(
      process.execPath,
      [
        join(ROOT, 'test/support/ts-child.js'),
        'apps/agent/src/main.ts',
        '--api',
        api,
        '--repository',
        t.config.backupRepositoryPath,
        '--wait',
        '2',
        '--steps',
        '1',
        '--step-ms',
        '10',
      ],
      { cwd: ROOT, env: { PATH: process.env.PATH, ZDM_AGENT_TOKEN: token }, stdio: 'ignore' },
    );
  });
  afterAll(async () => {
    if (agent && agent.exitCode === null) agent.kill('SIGKILL');
    await t?.close();
  });

  it('a failed run’s full is no generation: the next success removes it, never the only good full', async () => {
    const registered = await call('POST', '/api/backups', {
      center: '1',
      server: SERVER,
      jobName: 'trusted',
      partition: ['/'],
      type: 'smart',
      rotation: 1,
      repository: { type: 'nfs', path: '/backup' },
      schedule: { type: 3, basic: { time: '02:00' } },
    });
    expect(registered.statusCode).toBe(201);
    const job = 'trusted_ROOT';

    const good = await run(job, 'full');
    expect(good).toMatchObject({ result: 'success' });
    expect(
      (await call('PUT', `/api/backups/${job}`, { scriptPath: '/bin/false', scriptRun: 'after' })).statusCode,
    ).toBe(200);
    const failed = await run(job, 'full');
    expect(failed).toMatchObject({ result: 'failed' });
    // The image is on disk and the run says so: the API knows whose garbage it is.
    expect(failed.image).toMatch(/^trusted_ROOT_\[.*\](_\d+)?\.ZIA$/);
    expect(existsSync(join(serverDir(), failed.image!))).toBe(true);
    expect((await preview(job)).remove).toEqual([
      expect.objectContaining({ name: failed.image, reason: `left by failed run ${failed.id} (not a generation)` }),
    ]);

    expect((await call('PUT', `/api/backups/${job}`, { scriptPath: '/bin/true' })).statusCode).toBe(200);
    const increment = await run(job, 'increment');
    expect(increment).toMatchObject({ result: 'success' });
    const removal = `Retention: removed ${failed.image} (left by failed run ${failed.id} (not a generation))`;
    await until('the retention log line', async () =>
      (await logOf(increment.id)).includes(removal) ? true : undefined,
    );

    expect(existsSync(join(serverDir(), good.image!))).toBe(true);
    expect(existsSync(join(serverDir(), increment.image!))).toBe(true);
    expect(existsSync(join(serverDir(), failed.image!))).toBe(false);
    const after = await preview(job);
    expect(after.keep.map((k) => [k.name, k.reason])).toEqual([
      [increment.image, `increment of the kept full ${good.image}`],
      [good.image, 'newest successful generation (generation 1 of 1)'],
    ]);
    expect(after.remove).toEqual([]);
  });

  it('images found in the repository before the job existed survive the preview and its first run', async () => {
    mkdirSync(serverDir(), { recursive: true });
    const found = ['2026-01-03', '2026-01-10', '2026-01-17'].map((day, i) => {
      const name = `server-01_ROOT_[${day}_02_00].ZIA`;
      writeSampleImage(join(serverDir(), name), {
        name,
        time: `${day} 02:00:00`,
        type: i === 0 ? 'full' : 'increment',
        compressed: true,
        server: SERVER,
        os: 'Ubuntu 22.04',
        partitionSize: 10_000_000,
        imageSize: 1_000_000,
        mountPoint: '/',
        device: '/dev/sda1',
        filesystem: 'ext4',
        diskNumber: 0,
        partitionNumber: 1,
      });
      return name;
    });
    // Seed example 2 of post-backups.md, exactly as written (no jobName: the job is server-01_ROOT).
    const registered = await call('POST', '/api/backups', {
      center: '1',
      server: 'server-01',
      type: 'smart',
      partition: ['/'],
      repository: { type: 'smb', path: '//192.168.1.100/backup' },
      schedule: { type: 3, basic: { time: '02:00' } },
      compression: 'use',
      encryption: 'use',
    });
    expect(registered.statusCode).toBe(201);
    const job = 'server-01_ROOT';
    await t.app.get(ImageCatalogService).refresh();
    const before = await preview(job);
    expect(before.keep.map((k) => [k.name, k.provenance, k.reason])).toEqual(
      [...found].reverse().map((name) => [name, 'found', "not written by this job's runs"]),
    );
    expect(before.remove).toEqual([]);
    expect(before.afterNextRun.remove).toEqual([]);

    const first = await run(job, 'full');
    expect(first).toMatchObject({ result: 'success' });
    for (const name of found) expect(existsSync(join(serverDir(), name))).toBe(true);
    expect((await logOf(first.id)).filter((line) => line.startsWith('Retention'))).toEqual([]);
    expect((await preview(job)).remove).toEqual([]);
  });

  it('the migration gives images that runs recorded before provenance existed their run', async () => {
    const [{ id: jobId }] = await t.dataSource.query(`SELECT id FROM backup_jobs WHERE name = 'trusted_ROOT'`);
    const [{ id: runId, image }] = await t.dataSource.query(
      `SELECT id, image FROM runs WHERE job_id = $1 AND image IS NOT NULL ORDER BY id LIMIT 1`,
      [jobId],
    );
    await t.dataSource.query('UPDATE image_headers SET run_id = NULL');
    const backfill = runsMigrations.find((m) => m.name === 'BackfillImageProvenance1765000005000')!;
    const runner = t.dataSource.createQueryRunner();
    try {
      await new backfill().up(runner);
    } finally {
      await runner.release();
    }
    const rows: { name: string; run_id: number | null }[] = await t.dataSource.query(
      `SELECT name, run_id FROM image_headers WHERE job_name IN ('trusted_ROOT', 'server-01_ROOT') ORDER BY name`,
    );
    // The run's image is its again; the images found in the repository stay found.
    expect(rows.find((r) => r.name === image)).toEqual({ name: image, run_id: runId });
    expect(rows.filter((r) => r.name.startsWith('server-01_ROOT_[2026-01')).map((r) => r.run_id)).toEqual([
      null,
      null,
      null,
    ]);
  });
});
