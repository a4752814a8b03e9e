import { ManualClock } from '@zdm/common';
import { SEED_SERVER } from '@zdm/image-format';
import { RunEndOrchestrator } from '@zdm/runs';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';
import { TcpProxy } from './support/tcp-proxy';

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '..');
const SERVER_DIR = SEED_SERVER.replace(/[^\w.-]+/g, '_');

/**
 * The whole loop (spec §8/§9) with the reference agent as a child process: register → run now → the
 * agent performs it → success → the image is listed with the right header → after rotation + 1 runs
 * the oldest generation is gone from disk and listing. Also: cancel reaching a running agent, an
 * agent killed mid-run (lost after the lease, time moved), the API down meanwhile, SIGTERM, revocation.
 */
describe('reference agent, end to end', () => {
  let t: TestApp;
  let user: Record<string, string>;
  let proxy: TcpProxy;
  let api: string;
  // The API's clock runs days ahead of this machine's, at noon in the API's zone (TZ Asia/Seoul): the
  // agent must name its images by the API's slot time and zone (the claim's job.image), not by its own.
  const apiNoon = new Date(Date.now() + 3 * 86_400_000);
  apiNoon.setUTCHours(3, 0, 0, 0); // 12:00 in Asia/Seoul (UTC+9)
  const clock = new ManualClock(apiNoon);
  const apiDate = apiNoon.toISOString().slice(0, 10);
  const children: ChildProcess[] = [];

  const call = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: user, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const registerJob = async (jobName: string, partition: string, rotation: number) => {
    const res = await call('POST', '/api/backups', {
      center: '1',
      server: SEED_SERVER,
      jobName,
      partition: [partition],
      rotation,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
    });
    expect(res.statusCode).toBe(201);
    const name = res.json().data.results[0].jobName as string;
    const [{ id }] = await t.dataSource.query('SELECT id FROM backup_jobs WHERE name = $1', [name]);
    return { id: id as number, name };
  };
  const agentToken = async () => {
    const res = await call('POST', '/api/agents', { server: SEED_SERVER });
    return res.json().data as { id: number; token: string };
  };
  /** The reference agent from source, as `npm run agent` runs it (with the token in its environment). */
  const startAgent = (token: string, args: string[] = []) => {
    const child = spawn(
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
        ...args,
      ],
      { cwd: ROOT, env: { PATH: process.env.PATH, ZDM_AGENT_TOKEN: token }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    children.push(child);
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    return { child, exited, output: () => output };
  };
  const runNow = async (jobId: number) => {
    const res = await call('POST', `/api/backups/${jobId}/runs`, {});
    expect(res.statusCode).toBe(201);
    return res.json().data.id as number;
  };
  const runOf = async (id: number) => (await call('GET', `/api/runs/${id}`)).json().data;
  const until = async <T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const ended = (id: number) =>
    until(`run ${id} to end`, async () => {
      const run = await runOf(id);
      return run.state === 'done' ? run : undefined;
    });
  const listing = async (jobName: string) =>
    (await call('GET', `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}?jobName=${jobName}`)).json()
      .data.images as { name: string; type: string; partition: { mountPoint: string }; server: string }[];
  const logOf = async (id: number) =>
    ((await call('GET', `/api/runs/${id}/log?limit=1000`)).json().data.lines as { message: string }[]).map(
      (l) => l.message,
    );

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    user = await t.auth();
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as { port: number }).port;
    proxy = new TcpProxy('127.0.0.1', port);
    await proxy.start();
    api = `http://127.0.0.1:${proxy.port}/api`;
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await proxy?.restore();
    await t?.close();
    await proxy?.cut();
  });

  it('performs runs, lists each image with its header, and keeps rotation generations', async () => {
    const job = await registerJob('loop', '/boot', 2);
    const { token } = await agentToken();
    const agent = startAgent(token, ['--steps', '2', '--step-ms', '20']);
    const dir = join(t.config.backupRepositoryPath, SERVER_DIR);
    const names: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const id = await runNow(job.id);
      const run = await ended(id);
      expect({ n, result: run.result, error: run.errorMessage }).toEqual({ n, result: 'success', error: null });
      // Three runs within the API's one (stopped) minute: one name, then _2 and _3, never a later minute.
      expect(run.image).toBe(`loop_boot_[${apiDate}_12_00]${n === 1 ? '' : `_${n}`}.ZIA`);
      names.push(run.image);
      const images = await listing(job.name);
      expect(images.map((i) => i.name)).toContain(run.image);
      expect(images.find((i) => i.name === run.image)).toMatchObject({
        type: 'full',
        server: SEED_SERVER,
        partition: { mountPoint: '/boot', device: '/dev/sda1', filesystem: 'xfs' },
        size: { partition: { raw: 157310976 } },
      });
      expect(await logOf(id)).toEqual(
        expect.arrayContaining([
          expect.stringContaining('started by the reference agent'),
          `Image written: ${join(dir, run.image)}`,
        ]),
      );
    }
    // rotation 2: the third success removed the first generation, from disk and from the listing. The
    // run reads `done` as soon as the completion commits; retention follows before the agent's call
    // returns, and its log line is written last.
    const [, , third] = (await t.dataSource.query('SELECT id FROM runs WHERE job_id = $1 ORDER BY id', [job.id])).map(
      (r: { id: number }) => r.id,
    );
    const removal = `Retention: removed ${names[0]} (generation 3 is beyond rotation 2)`;
    await until('the retention log line', async () => ((await logOf(third)).includes(removal) ? true : undefined));
    expect(existsSync(join(dir, names[0]))).toBe(false);
    expect(
      readdirSync(dir)
        .filter((f) => f.startsWith('loop_boot_'))
        .sort(),
    ).toEqual([names[1], names[2]].sort());
    expect((await listing(job.name)).map((i) => i.name)).toEqual([names[1], names[2]]);
    expect(agent.child.exitCode).toBeNull();

    // Cancel reaching the running agent.
    agent.child.kill('SIGTERM');
    expect(await agent.exited).toBe(0);
    const slow = startAgent(token, ['--steps', '40', '--step-ms', '100']);
    const id = await runNow(job.id);
    await until('progress', async () => ((await runOf(id)).progress.percent > 0 ? true : undefined));
    expect((await call('POST', `/api/runs/${id}/cancel`, {})).statusCode).toBe(200);
    const cancelled = await ended(id);
    expect(cancelled).toMatchObject({ result: 'cancelled', image: null });
    expect(await logOf(id)).toContain('Cancel requested: stopped, no image kept');
    expect(readdirSync(dir).filter((f) => f.startsWith('loop_boot_'))).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);

    // SIGTERM mid-run: the run is reported failed, the agent exits 0.
    const other = await runNow(job.id);
    await until('progress', async () => ((await runOf(other)).progress.percent > 0 ? true : undefined));
    slow.child.kill('SIGTERM');
    expect(await slow.exited).toBe(0);
    expect(await ended(other)).toMatchObject({
      result: 'failed',
      errorMessage: 'The agent was stopped during the run',
    });
  });

  it('an agent killed mid-run: the run ends lost once the lease passes', async () => {
    const job = await registerJob('killed', '/', 1);
    const { token } = await agentToken();
    const agent = startAgent(token, ['--steps', '100', '--step-ms', '100']);
    const id = await runNow(job.id);
    await until('progress', async () => ((await runOf(id)).progress.percent > 0 ? true : undefined));
    agent.child.kill('SIGKILL');
    await agent.exited;
    expect((await runOf(id)).state).toBe('running');
    clock.advance(61_000);
    await t.app.get(RunEndOrchestrator).expireLeases();
    expect(await runOf(id)).toMatchObject({ state: 'done', result: 'lost' });
  });

  it('keeps trying while the API is unreachable, and stops when its token is revoked', async () => {
    const job = await registerJob('offline', '/', 1);
    const registered = await agentToken();
    const agent = startAgent(registered.token, ['--steps', '1', '--step-ms', '10']);
    await until('the agent online', async () =>
      (await call('GET', `/api/agents/${registered.id}`)).json().data.lastSeenAt ? true : undefined,
    );
    await proxy.cut();
    const id = await runNow(job.id);
    // The agent's next call after the run was queued fails (it says so): the run stays queued.
    const from = agent.output().length;
    await until('a failed call after the cut', async () =>
      /API unreachable .*retry \d+ in \d+ ms/.test(agent.output().slice(from)) ? true : undefined,
    );
    expect((await runOf(id)).state).toBe('queued');
    await proxy.restore();
    expect(await ended(id)).toMatchObject({ result: 'success' });
    expect(agent.output()).toMatch(/API unreachable .*retry \d+ in \d+ ms/);

    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/agents/${registered.id}`, headers: user })).statusCode,
    ).toBe(200);
    expect(await agent.exited).toBe(3);
    expect(agent.output()).toContain('the API refused the token (401): stopping');
  });
});
