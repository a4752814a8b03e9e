import { ManualClock } from '@zdm/common';
import { SEED_SERVER, writeSampleImage } from '@zdm/image-format';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';
import { whenTiming } from './support/timing';

/** The run calls of the agent protocol (spec §8), on both databases, with time moved by a ManualClock. */
describe('agent protocol: claim, progress, log, complete, leases', () => {
  let t: TestApp;
  let user: Record<string, string>;
  const clock = new ManualClock(new Date('2026-01-10T03:00:00.000Z'));
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.dataSource.query(query, params) as Promise<T[]>;
  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, headers: Record<string, string>, payload?: unknown) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

  let jobCount = 0;
  /** A job on `server` (one partition) and an agent for that server. */
  const registerJob = async (server = SEED_SERVER, partition = '/', rotation = 1) => {
    const jobName = `agent-e2e-${++jobCount}`;
    const res = await call('POST', '/api/backups', user, {
      center: '1',
      server,
      jobName,
      partition: [partition],
      rotation,
      type: 'full',
      repository: { type: 'nfs', path: '/backup' },
    });
    expect(res.statusCode).toBe(201);
    const name = res.json().data.results[0].jobName as string;
    const [{ id }] = await sql<{ id: number }>('SELECT id FROM backup_jobs WHERE name = $1', [name]);
    return { id, name };
  };
  const registerAgent = async (server = SEED_SERVER) => {
    const res = await call('POST', '/api/agents', user, { server });
    expect(res.statusCode).toBe(201);
    return res.json().data as { id: number; token: string };
  };
  const runNow = async (jobId: number, level?: string) => {
    const res = await call('POST', `/api/backups/${jobId}/runs`, user, level ? { level } : {});
    expect(res.statusCode).toBe(201);
    return res.json().data.id as number;
  };
  const run = async (id: number) => (await call('GET', `/api/runs/${id}`, user)).json().data;
  const logOf = async (id: number) =>
    ((await call('GET', `/api/runs/${id}/log?limit=1000`, user)).json().data.lines as { message: string }[]).map(
      (l) => l.message,
    );

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
    user = await t.auth();
  }, 60_000);
  afterAll(() => t.close());

  it('claim: 204 when nothing is queued (also after waiting), then the run with what the agent needs', async () => {
    const agent = await registerAgent('server-01');
    const empty = await call('POST', '/api/agent/runs/claim', bearer(agent.token), {});
    expect(empty.statusCode).toBe(204);
    expect(empty.body).toBe('');
    const started = Date.now();
    const waited = await call('POST', '/api/agent/runs/claim', bearer(agent.token), { wait: 1 });
    expect(waited.statusCode).toBe(204);
    const waitedMs = Date.now() - started;
    whenTiming(() => expect(waitedMs).toBeGreaterThanOrEqual(900));

    const job = await registerJob('server-01', '/');
    const runId = await runNow(job.id);
    const res = await call('POST', '/api/v1/agent/runs/claim', bearer(agent.token), { wait: 5 });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toEqual({
      success: true,
      requestID: REQUEST_ID,
      data: {
        run: expect.objectContaining({
          id: runId,
          job: { id: job.id, name: job.name },
          state: 'running',
          level: 'full',
          agent: { id: agent.id, name: 'server-01-agent' },
        }),
        job: {
          id: job.id,
          name: job.name,
          partition: '/',
          level: 'full',
          repository: { type: 'nfs', path: '/backup' },
          compression: false,
          encryption: false,
          excludeDir: [],
          networkLimit: 0,
          scriptPath: null,
          scriptRun: null,
          server: expect.objectContaining({ name: 'server-01', os: 'lin' }),
          partitionDetail: expect.objectContaining({ diskNumber: 0, partitionNumber: expect.any(Number) }),
          // Run-now: named for its start (the ManualClock, 2026-01-10T03:00Z) in the API's zone (Asia/Seoul).
          image: { name: `${job.name}_[2026-01-10_12_00].ZIA`, time: '2026-01-10 12:00:00' },
        },
        // A full backup builds on nothing; only a restore run carries `restore`.
        chain: [],
        restore: null,
        leaseExpiresAt: new Date(clock.now().getTime() + 60_000).toISOString(),
      },
      message: 'Backup run claimed',
      timestamp: LOCAL_TIMESTAMP,
    });
    // The agent holds AGENT_MAX_ACTIVE_RUNS (1): a second claim is refused while it runs.
    await runNow((await registerJob('server-01', '/home')).id);
    const second = await call('POST', '/api/agent/runs/claim', bearer(agent.token), {});
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('AGENT_RUN_LIMIT');
    // Finish: the held run is released and the next one can be claimed.
    const done = await call('POST', `/api/agent/runs/${runId}/complete`, bearer(agent.token), { result: 'success' });
    expect(done.statusCode).toBe(200);
    expect((await call('POST', '/api/agent/runs/claim', bearer(agent.token), {})).statusCode).toBe(200);
    const listed = await call('GET', `/api/agents/${agent.id}`, user);
    expect(listed.json().data.activeRuns).toBe(1);
  });

  it('progress renews the lease and answers cancel; log lines land in the run log', async () => {
    const agent = await registerAgent();
    const job = await registerJob(SEED_SERVER, '/boot');
    const runId = await runNow(job.id);
    expect((await call('POST', '/api/agent/runs/claim', bearer(agent.token), {})).statusCode).toBe(200);
    clock.advance(30_000);
    const progress = await call('POST', `/api/agent/runs/${runId}/progress`, bearer(agent.token), {
      percent: 42.5,
      bytesDone: 425,
      bytesTotal: 1000,
      message: 'copying blocks',
    });
    expect(progress.statusCode).toBe(200);
    expect(progress.json().data).toEqual({
      cancel: false,
      leaseExpiresAt: new Date(clock.now().getTime() + 60_000).toISOString(),
    });
    expect((await run(runId)).progress).toEqual({ percent: 42.5, bytesDone: 425, bytesTotal: 1000 });
    const log = await call('POST', `/api/agent/runs/${runId}/log`, bearer(agent.token), {
      lines: [
        { level: 'info', message: 'snapshot taken' },
        { level: 'warn', message: 'one file skipped' },
      ],
    });
    expect(log.statusCode).toBe(200);
    expect(log.json().data).toEqual({ written: 2 });
    expect(await logOf(runId)).toEqual(
      expect.arrayContaining(['copying blocks', 'snapshot taken', 'one file skipped']),
    );

    // A user cancels: the next progress answers cancel, the agent completes cancelled.
    expect((await call('POST', `/api/runs/${runId}/cancel`, user, {})).statusCode).toBe(200);
    expect((await run(runId)).state).toBe('cancelling');
    const cancel = await call('POST', `/api/agent/runs/${runId}/progress`, bearer(agent.token), { percent: 50 });
    expect(cancel.json().data.cancel).toBe(true);
    const ended = await call('POST', `/api/agent/runs/${runId}/complete`, bearer(agent.token), { result: 'cancelled' });
    expect(ended.statusCode).toBe(200);
    expect(await run(runId)).toMatchObject({ state: 'done', result: 'cancelled' });
  });

  it('complete is idempotent, catalogues the image before answering, and refuses foreign paths', async () => {
    const agent = await registerAgent();
    const job = await registerJob(SEED_SERVER, '/boot/efi');
    const runId = await runNow(job.id);
    expect((await call('POST', '/api/agent/runs/claim', bearer(agent.token), {})).statusCode).toBe(200);
    const name = `${job.name}_[2026-01-10_12_00].ZIA`;
    const dir = join(t.config.backupRepositoryPath, 'agent-e2e');
    mkdirSync(dir, { recursive: true });
    writeSampleImage(join(dir, name), {
      name,
      time: '2026-01-10 12:00:00',
      type: 'full',
      compressed: true,
      server: SEED_SERVER,
      os: 'CentOS Linux release 7.9.2009 (Core)',
      partitionSize: 209715200,
      imageSize: 1048576,
      mountPoint: '/boot/efi',
      device: '/dev/sda2',
      filesystem: 'vfat',
      diskNumber: 0,
      partitionNumber: 3,
    });
    for (const image of ['/etc/passwd', '../outside.ZIA', 'agent-e2e/not-an-image.txt', `${dir}/missing.ZIA`]) {
      const bad = await call('POST', `/api/agent/runs/${runId}/complete`, bearer(agent.token), {
        result: 'success',
        image,
      });
      expect({ image, status: bad.statusCode }).toEqual({ image, status: 400 });
      expect(bad.json().error).toContain('image');
    }
    expect((await run(runId)).state).toBe('running');
    const body = { result: 'success', image: join(dir, name) };
    const first = await call('POST', `/api/agent/runs/${runId}/complete`, bearer(agent.token), body);
    expect(first.statusCode).toBe(200);
    expect(first.json().data).toEqual({ id: runId, state: 'done', result: 'success' });
    // Listed at once.
    const listing = await call(
      'GET',
      `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}?jobName=${job.name}`,
      user,
    );
    expect(listing.json().data.images.map((i: { name: string }) => i.name)).toEqual([name]);
    const lines = (await logOf(runId)).length;
    const again = await call('POST', `/api/agent/runs/${runId}/complete`, bearer(agent.token), body);
    expect(again.statusCode).toBe(200);
    expect((await logOf(runId)).length).toBe(lines);
    expect(await run(runId)).toMatchObject({ state: 'done', result: 'success', image: name });
    const different = await call('POST', `/api/agent/runs/${runId}/complete`, bearer(agent.token), {
      result: 'failed',
    });
    expect(different.statusCode).toBe(409);
  });

  it("refuses another agent's run, unknown runs and bad ids", async () => {
    const [a, b] = [await registerAgent(), await registerAgent()];
    const job = await registerJob(SEED_SERVER, '/');
    const runId = await runNow(job.id);
    expect((await call('POST', '/api/agent/runs/claim', bearer(a.token), {})).statusCode).toBe(200);
    for (const [path, payload] of [
      ['progress', { percent: 1 }],
      ['log', { lines: [{ level: 'info', message: 'x' }] }],
      ['complete', { result: 'success' }],
    ] as const) {
      const foreign = await call('POST', `/api/agent/runs/${runId}/${path}`, bearer(b.token), payload);
      expect({ path, status: foreign.statusCode }).toEqual({ path, status: 409 });
      const unknown = await call('POST', `/api/agent/runs/999999/${path}`, bearer(a.token), payload);
      expect({ path, status: unknown.statusCode }).toEqual({ path, status: 404 });
      const bad = await call('POST', `/api/agent/runs/abc/${path}`, bearer(a.token), payload);
      expect({ path, status: bad.statusCode }).toEqual({ path, status: 400 });
      const asUser = await call('POST', `/api/agent/runs/${runId}/${path}`, user, payload);
      expect({ path, status: asUser.statusCode }).toEqual({ path, status: 403 });
    }
    expect((await call('POST', '/api/agent/runs/claim', user, {})).statusCode).toBe(403);
    await call('POST', `/api/agent/runs/${runId}/complete`, bearer(a.token), { result: 'failed', errorMessage: 'x' });
  });

  it('two agents of one server claiming at once never get the same run', async () => {
    const agents = await Promise.all([registerAgent('main-server'), registerAgent('main-server')]);
    const jobs = [await registerJob('main-server', '/'), await registerJob('main-server', '/data')];
    const runs = [await runNow(jobs[0].id), await runNow(jobs[1].id)];
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        agents.flatMap((a) => [0, 1].map(() => call('POST', '/api/agent/runs/claim', bearer(a.token), { wait: 1 }))),
      );
      const claimed = answers.filter((r) => r.statusCode === 200).map((r) => r.json().data.run.id as number);
      if (round === 0) {
        expect(claimed.sort()).toEqual([...runs].sort());
        // one run per agent at most
        const holders = await sql<{ agent_id: number }>(
          'SELECT agent_id FROM runs WHERE id = ANY($1::int[]) ORDER BY agent_id',
          [runs],
        );
        expect(new Set(holders.map((h) => h.agent_id)).size).toBe(2);
      } else {
        expect(claimed).toEqual([]);
      }
      expect(answers.every((r) => [200, 204, 409].includes(r.statusCode))).toBe(true);
    }
  });

  it('hostile bodies on the agent routes: 400 naming the field, nothing written', async () => {
    const agent = await registerAgent();
    const job = await registerJob(SEED_SERVER, '/');
    const runId = await runNow(job.id);
    expect((await call('POST', '/api/agent/runs/claim', bearer(agent.token), {})).statusCode).toBe(200);
    const cases: [string, unknown, string][] = [
      ['claim', { wait: 31 }, 'wait'],
      ['claim', { wait: -1 }, 'wait'],
      ['claim', { wait: '5' }, 'wait'],
      ['claim', { wait: 1.5 }, 'wait'],
      ['claim', { extra: true }, 'extra'],
      [`${runId}/progress`, {}, 'percent'],
      [`${runId}/progress`, { percent: 101 }, 'percent'],
      [`${runId}/progress`, { percent: 'NaN' }, 'percent'],
      [`${runId}/progress`, { percent: 5, bytesDone: -1 }, 'bytesDone'],
      [`${runId}/progress`, { percent: 5, bytesTotal: 1e300 }, 'bytesTotal'],
      [`${runId}/progress`, { percent: 5, message: 'x'.repeat(1001) }, 'message'],
      [`${runId}/log`, { lines: [] }, 'lines'],
      [`${runId}/log`, { lines: 'x' }, 'lines'],
      [`${runId}/log`, { lines: [{ level: 'debug', message: 'x' }] }, 'level'],
      [`${runId}/log`, { lines: [{ level: 'info', message: '' }] }, 'message'],
      [`${runId}/log`, { lines: [{ level: 'info', message: 'a\u0000b' }] }, 'message'],
      [`${runId}/log`, { lines: Array.from({ length: 501 }, () => ({ level: 'info', message: 'x' })) }, 'lines'],
      [`${runId}/complete`, {}, 'result'],
      [`${runId}/complete`, { result: 'lost' }, 'result'],
      [`${runId}/complete`, { result: 'success', image: '' }, 'image'],
      [`${runId}/complete`, { result: 'success', image: 'x'.repeat(1025) }, 'image'],
      [`${runId}/complete`, { result: 'success', image: "'; DROP TABLE runs; --.ZIA" }, 'image'],
      [`${runId}/complete`, { result: 'success', image: '/proc/self/environ' }, 'image'],
      [`${runId}/complete`, { result: 'failed', errorMessage: 'x'.repeat(4001) }, 'errorMessage'],
    ];
    const lines = (await logOf(runId)).length;
    for (const [path, payload, field] of cases) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/agent/runs/${path}`,
        headers: { ...bearer(agent.token), 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      });
      expect({ path, payload, status: res.statusCode }).toEqual({ path, payload, status: 400 });
      expect(res.json().error).toContain(field);
      expect(res.body).not.toMatch(/at \w+ \(|SELECT|INSERT/);
    }
    for (const raw of ['not json', '[1,2]', '"x"', '{"percent": 1e999}', '{"percent":5,"__proto__":{"x":1}}']) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/agent/runs/${runId}/progress`,
        headers: { ...bearer(agent.token), 'content-type': 'application/json' },
        payload: raw,
      });
      expect({ raw, status: res.statusCode }).toEqual({ raw, status: 400 });
    }
    expect((await logOf(runId)).length).toBe(lines);
    expect(await run(runId)).toMatchObject({ state: 'running', progress: { percent: 0 } });
    expect(readdirSync(t.config.backupRepositoryPath)).not.toContain('outside.ZIA');
  });
});
