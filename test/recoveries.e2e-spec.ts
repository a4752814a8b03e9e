import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DemoAgents } from '../apps/api/src/demo/demo-agents';
import { createTestApp, TestApp } from './support/test-app';

/** Every file and directory under `root`: path → sha256 of the bytes (files) or `dir`. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const key = relative(root, path);
      if (statSync(path).isDirectory()) {
        out[`${key}/`] = 'dir';
        walk(path);
      } else {
        out[key] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    }
  };
  walk(root);
  return out;
}

interface RunBody {
  id: number;
  kind: string;
  state: string;
  result: string | null;
  image: string | null;
  errorMessage: string | null;
}

/**
 * Recoveries (spec §14) end to end, with the in-process demo agents doing real bytes: a full and an
 * increment of server-01's `/` from DATA_DIR/demo-sources, then restores into DATA_DIR/demo-restores
 * compared byte for byte with the tree as it was at each point; and the refusals, each with its
 * status, code and body, nothing written.
 */
describe('Recoveries: restore a restore point through the target server agent', () => {
  let t: TestApp;
  let agents: DemoAgents;
  let dataDir: string;
  let headers: Record<string, string>;
  const source = () => join(dataDir, 'demo-sources', 'server-01', 'ROOT');
  const restored = () => join(dataDir, 'demo-restores', 'server-01', 'ROOT');
  let atFull: Record<string, string>;
  let atIncrement: Record<string, string>;
  let fullImage: string;
  let incrementImage: string;

  const inject = async (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: { ...headers, 'accept-language': 'en' }, ...(payload ? { payload } : {}) });

  async function ended(url: string, pick: (data: unknown) => RunBody | undefined | null): Promise<RunBody> {
    let run: RunBody | undefined | null;
    for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 100))) {
      run = pick((await inject('GET', url)).json().data);
      if (run?.state === 'done') return run;
    }
    throw new Error(`no end within 30 s: ${JSON.stringify(run)}`);
  }

  async function backup(level: 'full' | 'increment'): Promise<RunBody> {
    const queued = await inject('POST', '/api/backups/rec-src_ROOT/runs', { level });
    expect(queued.statusCode).toBe(201);
    const id = queued.json().data.id as number;
    return ended(`/api/runs/${id}`, (data) => data as RunBody);
  }

  const recoveryRun = (identifier: string) =>
    ended(`/api/recoveries/${identifier}`, (data) => (data as { latestRun?: RunBody }).latestRun);

  const recoveryCount = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM recovery_jobs`))[0].n;
  const restoreRunCount = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM runs WHERE kind = 'restore'`))[0].n;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'zdm-recoveries-'));
    t = await createTestApp({ DEMO_AGENTS: 'true', DATA_DIR: dataDir });
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    agents = t.app.get(DemoAgents);
    await agents.start(`http://127.0.0.1:${port}/api`);
    headers = await t.auth();
    const registered = await inject('POST', '/api/backups', {
      center: '1',
      server: 'server-01',
      jobName: 'rec-src',
      partition: ['/'],
      type: 'increment',
      autoStart: 'not use',
      repository: { type: 'nfs', path: '/backup' },
    });
    expect(registered.statusCode).toBe(201);
  });

  afterAll(async () => {
    await agents?.stop();
    await t?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('backs up a full, then an increment after files changed, added and deleted', async () => {
    const full = await backup('full');
    expect(full).toMatchObject({ kind: 'backup', result: 'success' });
    fullImage = full.image!;
    atFull = snapshot(source());

    writeFileSync(join(source(), 'etc/app/conf.d/01-setting.conf'), '# changed after the full\nvalue=1\n');
    writeFileSync(join(source(), 'var/data/block-3.bin'), Buffer.from([0, 255, 1, 254, 2, 253]));
    unlinkSync(join(source(), 'home/user/doc-2.md'));
    mkdirSync(join(source(), 'new dir/nested ü'), { recursive: true });
    writeFileSync(join(source(), 'new dir/nested ü/added file.txt'), 'added after the full\n');
    writeFileSync(join(source(), 'new dir/empty'), '');
    atIncrement = snapshot(source());
    expect(atIncrement).not.toEqual(atFull);

    const increment = await backup('increment');
    expect(increment).toMatchObject({ kind: 'backup', result: 'success' });
    incrementImage = increment.image!;
  });

  it('recovers the latest point onto the same server: the restored tree is the tree of the increment', async () => {
    const res = await inject('POST', '/api/recoveries', {
      source: 'server-01',
      target: 'server-01',
      partitions: [{ source: '/', target: '/' }],
    });
    expect(res.statusCode).toBe(201);
    const data = res.json().data;
    expect(data.summary).toEqual({ total: 1, successful: 1, failed: 0 });
    expect(data.results).toHaveLength(1);
    expect(data.results[0]).toMatchObject({
      state: 'success',
      jobName: 'server-01_RECOVERY_ROOT',
      sourcePartition: '/',
      targetPartition: '/',
      point: incrementImage,
      chain: [
        { image: fullImage, level: 'full' },
        { image: incrementImage, level: 'increment' },
      ],
      autoStart: 'use',
      run: { kind: 'restore', state: 'queued', trigger: 'manual' },
    });

    const run = await recoveryRun('server-01_RECOVERY_ROOT');
    expect(run).toMatchObject({ kind: 'restore', result: 'success', image: null });
    expect(snapshot(restored())).toEqual(atIncrement);

    // The claim went to server-01's agent; the catalog has no new image; the end is an outbox event.
    const images = await inject('GET', '/api/v1/backups/images/server/server-01?jobName=rec-src_ROOT');
    expect(
      images
        .json()
        .data.images.map((i: { name: string }) => i.name)
        .sort(),
    ).toEqual([fullImage, incrementImage].sort());
    const events = await t.dataSource.query(
      `SELECT type, data FROM notification_events WHERE type LIKE 'recovery.%' ORDER BY id`,
    );
    expect(events).toHaveLength(1);
    expect(events[0].type).toBe('recovery.succeeded');
    expect(events[0].data).toMatchObject({
      recovery: { name: 'server-01_RECOVERY_ROOT' },
      run: { id: run.id, result: 'success' },
      source: { name: 'server-01' },
      target: { name: 'server-01' },
      partitions: [{ source: '/', target: '/' }],
      chain: [
        { image: fullImage, level: 'full' },
        { image: incrementImage, level: 'increment' },
      ],
    });

    const runs = await inject('GET', '/api/recoveries/server-01_RECOVERY_ROOT/runs');
    expect(runs.json().data.map((r: RunBody) => r.id)).toEqual([run.id]);
    const log = await inject('GET', `/api/runs/${run.id}/log`);
    expect(log.statusCode).toBe(200);
    const lines = (log.json().data.lines as { message: string }[]).map((l) => l.message);
    expect(lines[1]).toBe(
      `Recovery server-01_RECOVERY_ROOT: restore ${incrementImage} (server-01 /, chain ${fullImage} → ${incrementImage}) onto server-01 /.`,
    );
    expect(lines.at(-1)).toBe('Completed: success.');
  });

  it("its restore run is in the metrics by kind; the source job's monitoring still shows its last backup", async () => {
    const [restore] = await t.dataSource.query(`SELECT id, level FROM runs WHERE kind = 'restore'`);
    const [backup] = await t.dataSource.query(
      `SELECT r.id FROM runs r JOIN backup_jobs j ON j.id = r.job_id
        WHERE j.name = 'rec-src_ROOT' AND r.kind = 'backup' ORDER BY r.id DESC LIMIT 1`,
    );
    const metrics = await inject('GET', '/api/metrics');
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toMatch(/^zdm_runs\{kind="restore",state="done",result="success"\} 1$/m);
    expect(metrics.body).toMatch(/^zdm_runs_finished_total\{kind="restore",result="success"\} 1$/m);
    expect(metrics.body).toContain(
      `zdm_run_duration_seconds_count{kind="restore",level="${restore.level}",result="success"} 1`,
    );
    expect(metrics.body).toMatch(/^zdm_runs_finished_total\{kind="backup",result="success"\} [1-9]/m);

    const monitoring = await inject('GET', '/api/backups/monitoring?limit=100');
    expect(monitoring.statusCode).toBe(200);
    const item = (monitoring.json().data as { job: { name: string }; lastRun: { id: number } | null }[]).find(
      (i) => i.job.name === 'rec-src_ROOT',
    );
    expect(item?.lastRun?.id).toBe(backup.id);
    // The recovery's own monitoring: its list shows each recovery with its latest restore run.
    const list = await inject('GET', '/api/recoveries');
    expect(list.json().data.find((r: { name: string }) => r.name === 'server-01_RECOVERY_ROOT')).toMatchObject({
      latestRun: { id: restore.id, kind: 'restore', state: 'done', result: 'success' },
    });
  });

  it('recovers the first point ({ image }) with overwrite: the tree as it was at the full', async () => {
    const res = await inject('POST', '/api/recoveries', {
      source: 'server-01',
      target: 'server-01',
      point: { image: fullImage },
      jobName: 'earlier',
      overwrite: true,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().data.results[0]).toMatchObject({
      jobName: 'earlier_RECOVERY_ROOT',
      point: fullImage,
      chain: [{ image: fullImage, level: 'full' }],
    });
    const run = await recoveryRun('earlier_RECOVERY_ROOT');
    expect(run).toMatchObject({ result: 'success' });
    expect(snapshot(restored())).toEqual(atFull);
  });

  it('a retry without overwrite onto a non-empty target fails, and records recovery.failed', async () => {
    const res = await inject('POST', '/api/recoveries/server-01_RECOVERY_ROOT/runs');
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ kind: 'restore', trigger: 'retry', state: 'queued' });
    const run = await recoveryRun('server-01_RECOVERY_ROOT');
    expect(run).toMatchObject({ result: 'failed' });
    expect(run.errorMessage).toContain('not empty');
    expect(snapshot(restored())).toEqual(atFull); // left as it was
    const [event] = await t.dataSource.query(
      `SELECT type, data FROM notification_events WHERE type LIKE 'recovery.%' ORDER BY id DESC LIMIT 1`,
    );
    expect(event).toMatchObject({ type: 'recovery.failed', data: { run: { id: run.id, result: 'failed' } } });
  });

  it('lists recovery jobs with their latest run, and deletes one', async () => {
    const list = await inject('GET', '/api/recoveries');
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((r: { name: string }) => r.name)).toEqual([
      'server-01_RECOVERY_ROOT',
      'earlier_RECOVERY_ROOT',
    ]);
    const removed = await inject('DELETE', '/api/recoveries/earlier_RECOVERY_ROOT');
    expect(removed.statusCode).toBe(200);
    expect(removed.json().data).toMatchObject({ name: 'earlier_RECOVERY_ROOT', point: fullImage });
    expect((await inject('GET', '/api/recoveries/earlier_RECOVERY_ROOT')).statusCode).toBe(404);
    // Operator writes are audited like every other route's.
    const audited = await t.dataSource.query(
      `SELECT action, method, target FROM audit_log WHERE action LIKE 'recoveries.%' ORDER BY id`,
    );
    expect(audited.map((a: { action: string }) => a.action)).toEqual([
      'recoveries.register',
      'recoveries.register',
      'recoveries.retry',
      'recoveries.remove',
    ]);
    expect(audited[3]).toMatchObject({ method: 'DELETE', target: 'earlier_RECOVERY_ROOT' });
  });

  describe('refusals: exact status and body, nothing written', () => {
    let before: { recoveries: number; runs: number };
    beforeEach(async () => {
      before = { recoveries: await recoveryCount(), runs: await restoreRunCount() };
    });
    afterEach(async () => {
      expect({ recoveries: await recoveryCount(), runs: await restoreRunCount() }).toEqual(before);
    });

    const refused = async (payload: unknown) => {
      const res = await inject('POST', '/api/recoveries', payload);
      const body = res.json();
      return { status: res.statusCode, code: body.code, error: body.error, detail: body.detail };
    };

    it('an unknown server → 404', async () => {
      expect(await refused({ source: 'nope', target: 'server-01' })).toEqual({
        status: 404,
        code: 'NOT_FOUND',
        error: expect.stringContaining('source'),
        detail: undefined,
      });
    });

    it('an unknown partition → 404 naming it', async () => {
      expect(
        await refused({ source: 'server-01', target: 'server-01', partitions: [{ source: '/nope', target: '/' }] }),
      ).toEqual({
        status: 404,
        code: 'NOT_FOUND',
        error: "partitions[0].source: server 'server-01' has no partition '/nope'.",
        detail: undefined,
      });
    });

    it('an OS family mismatch → 400', async () => {
      expect(
        await refused({
          source: 'server-01',
          target: 'SOURCE-2012 (192.168.0.179)',
          partitions: [{ source: '/', target: 'C:' }],
        }),
      ).toEqual({
        status: 400,
        code: 'VALIDATION_ERROR',
        error:
          "target: source server 'server-01' (lin) and target server 'SOURCE-2012 (192.168.0.179)' (win) are of different OS families.",
        detail: [
          {
            field: 'target',
            message:
              "target: source server 'server-01' (lin) and target server 'SOURCE-2012 (192.168.0.179)' (win) are of different OS families.",
          },
        ],
      });
    });

    it('a target partition smaller than the source → 400 naming both sizes', async () => {
      const text =
        "partitions[0].target: target partition '/var' (21474836480 bytes) is smaller than source partition '/' (53687091200 bytes).";
      expect(
        await refused({ source: 'server-01', target: 'main-server', partitions: [{ source: '/', target: '/var' }] }),
      ).toEqual({
        status: 400,
        code: 'VALIDATION_ERROR',
        error: text,
        detail: [{ field: 'partitions[0].target', message: text }],
      });
    });

    it('no restore point → 409 NO_RESTORE_POINT', async () => {
      expect(await refused({ source: 'main-server', target: 'main-server' })).toEqual({
        status: 409,
        code: 'NO_RESTORE_POINT',
        error: "source: server 'main-server' has no partition with a restore point.",
        detail: { partitions: [] },
      });
      expect(
        await refused({ source: 'server-01', target: 'server-01', point: { before: '2000-01-01 00:00:00' } }),
      ).toEqual({
        status: 409,
        code: 'NO_RESTORE_POINT',
        error: "point: no restorable point for partition / (detail gives each point's reason).",
        detail: { partitions: [{ source: '/', points: [] }] },
      });
    });

    it('an unknown point image → 404', async () => {
      expect(await refused({ source: 'server-01', target: 'server-01', point: { image: 'nope.ZIA' } })).toEqual({
        status: 404,
        code: 'NOT_FOUND',
        error: "point.image: no restore point of image 'nope.ZIA'.",
        detail: undefined,
      });
    });

    it('a taken recovery name → 409 RECOVERY_NAME_TAKEN', async () => {
      expect(await refused({ source: 'server-01', target: 'server-01' })).toEqual({
        status: 409,
        code: 'RECOVERY_NAME_TAKEN',
        error:
          "jobName: recovery job 'server-01_RECOVERY_ROOT' exists: retry it (POST /api/recoveries/server-01_RECOVERY_ROOT/runs) or give another jobName.",
        detail: undefined,
      });
    });

    it('a bad point → 400 naming the field', async () => {
      const res = await refused({ source: 'server-01', target: 'server-01', point: { before: 'yesterday' } });
      expect(res).toMatchObject({ status: 400, code: 'VALIDATION_ERROR' });
      expect(res.error).toContain('point.before');
    });
  });

  it('an active recovery on the target partition → 409 RECOVERY_IN_PROGRESS; delete waits for its run', async () => {
    // A server without an agent: its restore run stays queued.
    const server = await inject('POST', '/api/servers', {
      name: 'no-agent',
      center: '1',
      os: 'lin',
      partitions: [{ letter: '/', size: 100 * 1024 ** 3 }],
    });
    expect(server.statusCode).toBe(201);
    const first = await inject('POST', '/api/recoveries', { source: 'server-01', target: 'no-agent' });
    expect(first.statusCode).toBe(201);
    const runId = first.json().data.results[0].run.id as number;
    expect(first.json().data.results[0]).toMatchObject({ jobName: 'no-agent_RECOVERY_ROOT', run: { state: 'queued' } });

    const count = await recoveryCount();
    const second = await inject('POST', '/api/recoveries', {
      source: 'server-01',
      target: 'no-agent',
      jobName: 'again',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'RECOVERY_IN_PROGRESS',
      error: `target: partition '/' of server 'no-agent' has an active recovery 'no-agent_RECOVERY_ROOT' (run #${runId}).`,
      detail: { activeRecovery: { name: 'no-agent_RECOVERY_ROOT', run: { id: runId, state: 'queued' } } },
    });
    expect(await recoveryCount()).toBe(count);

    const removal = await inject('DELETE', '/api/recoveries/no-agent_RECOVERY_ROOT');
    expect(removal.statusCode).toBe(409);
    expect(removal.json()).toMatchObject({
      code: 'RECOVERY_IN_PROGRESS',
      error: `identifier: recovery job 'no-agent_RECOVERY_ROOT' has an active run (#${runId}).`,
      detail: { activeRun: { id: runId, state: 'queued' } },
    });
    const retry = await inject('POST', '/api/recoveries/no-agent_RECOVERY_ROOT/runs');
    expect(retry.statusCode).toBe(409);
    expect(retry.json().code).toBe('RECOVERY_IN_PROGRESS');

    expect((await inject('POST', `/api/runs/${runId}/cancel`)).statusCode).toBe(200);
    expect((await inject('DELETE', '/api/recoveries/no-agent_RECOVERY_ROOT')).statusCode).toBe(200);
    // Its run stays in the source job's history.
    expect((await inject('GET', `/api/runs/${runId}`)).json().data).toMatchObject({
      kind: 'restore',
      result: 'cancelled',
    });
  });
  it('a corrupt link is named: 409 NO_RESTORE_POINT with each point and its reason; latest falls back', async () => {
    const [row] = await t.dataSource.query(`SELECT path FROM image_headers WHERE name = $1`, [incrementImage]);
    const file = join(t.config.backupRepositoryPath, row.path);
    const bytes = readFileSync(file);
    bytes[bytes.length - 1] ^= 0xff;
    writeFileSync(file, bytes);
    const verify = await inject('POST', '/api/backups/rec-src_ROOT/verify', { image: incrementImage });
    expect(verify.statusCode).toBe(201);
    expect(await ended(`/api/runs/${verify.json().data.id}`, (data) => data as RunBody)).toMatchObject({
      result: 'failed',
    });

    const count = await recoveryCount();
    const res = await inject('POST', '/api/recoveries', {
      source: 'server-01',
      target: 'server-01',
      point: { image: incrementImage },
      jobName: 'corrupt',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'NO_RESTORE_POINT',
      error: "point: no restorable point for partition / (detail gives each point's reason).",
      detail: {
        partitions: [
          {
            source: '/',
            points: [
              {
                image: incrementImage,
                time: expect.any(String),
                reason: `${incrementImage} is corrupt (verification)`,
              },
            ],
          },
        ],
      },
    });
    expect(await recoveryCount()).toBe(count);

    // "latest" skips the point that no longer restores: the full is the newest that does.
    const latest = await inject('POST', '/api/recoveries', {
      source: 'server-01',
      target: 'server-01',
      jobName: 'fallback',
      autoStart: 'not use',
    });
    expect(latest.statusCode).toBe(201);
    expect(latest.json().data.results[0]).toMatchObject({
      jobName: 'fallback_RECOVERY_ROOT',
      point: fullImage,
      chain: [{ image: fullImage, level: 'full' }],
      autoStart: 'not use',
    });
    expect(latest.json().data.results[0].run).toBeUndefined();
    const view = await inject('GET', '/api/recoveries/fallback_RECOVERY_ROOT');
    expect(view.json().data).not.toHaveProperty('latestRun');
  });
});
