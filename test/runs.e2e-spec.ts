import { ManualClock } from '@zdm/common';
import { RunEndOrchestrator, RunExecutionService, RunScheduler } from '@zdm/runs';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

/** Runs (spec §7) through the real HTTP stack and database, with time moved by a ManualClock. */
describe('backup runs', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date());
  const minute = 60_000;
  /** Tokens are issued and judged by the ManualClock too: a fresh one whenever the clock has moved. */
  let token: { at: number; headers: Record<string, string> } | undefined;
  const authHeaders = async () => {
    const at = clock.now().getTime();
    if (token?.at !== at) token = { at, headers: { authorization: `Bearer ${await t.token()}` } };
    return token.headers;
  };

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.dataSource.query(query, params) as Promise<T[]>;
  const request = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    extra: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url,
      headers: { ...(await authHeaders()), ...extra },
      ...(payload !== undefined ? { payload: payload as object } : {}),
    });
  const register = async (body: Record<string, unknown>) => {
    const res = await request('POST', '/api/backups', {
      center: '1',
      server: 'server-01',
      repository: { type: 'nfs', path: '/backup' },
      type: 'full',
      ...body,
    });
    expect(res.statusCode).toBe(201);
    const name = (res.json().data.results as { jobName: string }[])[0].jobName;
    return (await sql<{ id: number }>('SELECT id FROM backup_jobs WHERE name = $1', [name]))[0].id;
  };
  const scheduler = () => t.app.get(RunScheduler);
  const execution = () => t.app.get(RunExecutionService);
  const runEnd = () => t.app.get(RunEndOrchestrator);
  const runsOf = (jobId: number) =>
    sql<{
      id: number;
      trigger: string;
      level: string;
      state: string;
      result: string | null;
      scheduled_for: Date | null;
    }>('SELECT id, trigger, level, state, result, scheduled_for FROM runs WHERE job_id = $1 ORDER BY id', [jobId]);
  const nextSlot = async (jobId: number) =>
    (
      await sql<{ next_run_at: Date; next_role: string }>(
        'SELECT next_run_at, next_role FROM run_triggers WHERE job_id = $1',
        [jobId],
      )
    )[0];
  const jobStatus = async (jobId: number) =>
    (await request('GET', `/api/backups/${jobId}`)).json().data.job.info.status as {
      current: string;
      time: { start: string; elapsed: string; end: string };
    };

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
  }, 60_000);
  afterAll(() => t.close());

  describe('run now, cancel, history, log', () => {
    let jobId: number;
    beforeAll(async () => {
      jobId = await register({ jobName: 'manual', partition: ['/'] });
    });

    it('queues a manual run (201) and the job shows Preparing', async () => {
      const res = await request('POST', `/api/backups/${jobId}/runs`, {}, { 'idempotency-key': 'k-1' });
      expect(res.statusCode).toBe(201);
      const body = res.json();
      expect(body).toEqual({
        success: true,
        requestID: REQUEST_ID,
        data: {
          id: expect.any(Number),
          job: { id: jobId, name: 'manual_ROOT' },
          server: { id: expect.any(Number), name: 'server-01' },
          partition: '/',
          trigger: 'manual',
          kind: 'backup',
          level: 'full',
          scheduledFor: null,
          state: 'queued',
          result: null,
          progress: { percent: 0, bytesDone: null, bytesTotal: null },
          agent: null,
          createdAt: LOCAL_TIMESTAMP,
          startedAt: null,
          endedAt: null,
          elapsed: null,
          image: null,
          errorMessage: null,
        },
        message: 'Backup run queued',
        timestamp: LOCAL_TIMESTAMP,
      });
      expect((await jobStatus(jobId)).current).toBe('Preparing');
      const again = await request('POST', `/api/backups/manual_ROOT/runs`, {}, { 'idempotency-key': 'k-1' });
      expect(again.statusCode).toBe(200);
      expect(again.json().data.id).toBe(body.data.id);
      const second = await request('POST', `/api/backups/${jobId}/runs`, {}, { 'accept-language': 'en' });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({
        success: false,
        code: 'JOB_ALREADY_RUNNING',
        error: `identifier: job 'manual_ROOT' already has an active run (#${body.data.id}, queued).`,
      });
      expect(await runsOf(jobId)).toHaveLength(1);
    });

    it('cancels a queued run at once; a second cancel is 409', async () => {
      const [run] = await runsOf(jobId);
      const res = await request('POST', `/api/runs/${run.id}/cancel`);
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toMatchObject({
        id: run.id,
        state: 'done',
        result: 'cancelled',
        endedAt: LOCAL_TIMESTAMP,
      });
      expect((await jobStatus(jobId)).current).toBe('Canceled');
      const again = await request('POST', `/api/runs/${run.id}/cancel`);
      expect(again.statusCode).toBe(409);
      expect(again.json().code).toBe('RUN_ALREADY_DONE');
    });

    it('reads one run, the history and the log', async () => {
      const [run] = await runsOf(jobId);
      const one = await request('GET', `/api/runs/${run.id}`);
      expect(one.json()).toMatchObject({ message: 'Backup run retrieved', data: { id: run.id, result: 'cancelled' } });
      const list = await request('GET', `/api/backups/${jobId}/runs?page=1&limit=5&result=cancelled`);
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({
        message: 'Backup run list',
        data: [{ id: run.id }],
        pagination: { currentPage: 1, totalPages: 1, totalItems: 1, itemsPerPage: 5 },
      });
      expect((await request('GET', `/api/backups/${jobId}/runs?result=success`)).json().data).toEqual([]);
      const log = await request('GET', `/api/runs/${run.id}/log?start=1&limit=1`);
      expect(log.json().data).toEqual({
        runId: run.id,
        state: 'done',
        lines: [{ seq: 1, time: LOCAL_TIMESTAMP, level: 'info', message: 'Queued: manual full run.' }],
        nextStart: 2,
      });
      const rest = await request('GET', `/api/runs/${run.id}/log?start=2`);
      expect(rest.json().data.lines).toEqual([
        { seq: 2, time: LOCAL_TIMESTAMP, level: 'warn', message: 'Cancelled before an agent claimed it.' },
      ]);
    });

    it('answers 404 and 400 naming the field', async () => {
      expect((await request('GET', '/api/runs/999999')).statusCode).toBe(404);
      expect((await request('GET', '/api/runs/abc')).statusCode).toBe(400);
      expect((await request('POST', '/api/backups/no-such-job/runs')).statusCode).toBe(404);
      const badLevel = await request('POST', `/api/backups/${jobId}/runs`, { level: 'huge' });
      expect(badLevel.statusCode).toBe(400);
      expect(badLevel.json().error).toContain('level');
      expect((await request('GET', `/api/backups/${jobId}/runs?result=nope`)).statusCode).toBe(400);
      expect((await request('GET', `/api/backups/${jobId}/runs?from=yesterday`)).statusCode).toBe(400);
    });

    it('PUT status start|stop queue and cancel a run like the run routes', async () => {
      const start = await request('PUT', `/api/backups/${jobId}`, { status: 'start' });
      expect(start.statusCode).toBe(200);
      expect(start.json().data.summary.updatedFields).toEqual([
        { field: 'status', previous: 'Canceled', new: 'Preparing' },
      ]);
      const runs = await runsOf(jobId);
      expect(runs[runs.length - 1]).toMatchObject({ trigger: 'manual', state: 'queued' });
      expect((await request('PUT', `/api/backups/${jobId}`, { status: 'start' })).statusCode).toBe(409);
      const stop = await request('PUT', `/api/backups/${jobId}`, { status: 'stop' });
      expect(stop.json().data.summary.updatedFields).toEqual([
        { field: 'status', previous: 'Preparing', new: 'Canceled' },
      ]);
      expect((await runsOf(jobId)).at(-1)).toMatchObject({ state: 'done', result: 'cancelled' });
    });

    it('autoStart: use queues a manual run for each new job', async () => {
      const id = await register({ jobName: 'auto', partition: ['/'], autoStart: 'use' });
      expect(await runsOf(id)).toEqual([
        expect.objectContaining({ trigger: 'manual', state: 'queued', level: 'full' }),
      ]);
      expect((await jobStatus(id)).current).toBe('Preparing');
      const [run] = await runsOf(id);
      expect((await request('POST', `/api/runs/${run.id}/cancel`)).statusCode).toBe(200);
    });
  });

  // The scheduler's logic (slots, overlap, catch-up, missed, smart levels): test/medium/run-scheduler.medium-spec.ts.

  describe('the agent side', () => {
    it('claim, progress, complete (idempotent), lease expiry → lost', async () => {
      clock.set(new Date());
      const jobId = await register({ jobName: 'agent-run', server: 'backup-server', partition: ['/'] });
      const serverId = (await sql<{ server_id: number }>('SELECT server_id FROM backup_jobs WHERE id = $1', [jobId]))[0]
        .server_id;
      const run = (await request('POST', `/api/backups/${jobId}/runs`)).json().data;
      const claimed = await execution().claimNext({ agentId: 3, serverIds: [serverId] });
      expect(claimed).toMatchObject({ id: run.id, state: 'running', agentId: 3 });
      expect(await execution().claimNext({ agentId: 4, serverIds: [serverId] })).toBeNull();
      expect((await jobStatus(jobId)).current).toBe('Processing');
      expect(await execution().progress(run.id, 3, { percent: 40, bytesDone: 400, bytesTotal: 1000 })).toMatchObject({
        cancel: false,
      });
      await expect(execution().progress(run.id, 4, { percent: 1 })).rejects.toMatchObject({ code: 'RUN_NOT_OWNED' });
      await request('POST', `/api/runs/${run.id}/cancel`);
      expect((await jobStatus(jobId)).current).toBe('Canceling');
      expect(await execution().progress(run.id, 3, { percent: 50 })).toMatchObject({ cancel: true });
      const done = await runEnd().end(run.id, 3, { result: 'cancelled' });
      expect(done).toMatchObject({ state: 'done', result: 'cancelled' });
      expect(await runEnd().end(run.id, 3, { result: 'cancelled' })).toMatchObject({
        state: 'done',
        result: 'cancelled',
      });
      await expect(runEnd().end(run.id, 3, { result: 'success' })).rejects.toMatchObject({
        code: 'RUN_ALREADY_DONE',
      });
      const lines = (await request('GET', `/api/runs/${run.id}/log`)).json().data.lines as { message: string }[];
      expect(lines.filter((l) => l.message.startsWith('Completed'))).toHaveLength(1);

      const second = (await request('POST', `/api/backups/${jobId}/runs`)).json().data;
      await execution().claimNext({ agentId: 3, serverIds: [serverId], leaseMs: 1000 });
      clock.advance(2000);
      const lost = await runEnd().expireLeases();
      expect(lost.map((r) => r.id)).toEqual([second.id]);
      expect((await request('GET', `/api/runs/${second.id}`)).json().data).toMatchObject({
        state: 'done',
        result: 'lost',
      });
      expect((await jobStatus(jobId)).current).toBe('Error');
    });
  });

  describe('GET /api/backups/monitoring', () => {
    beforeAll(async () => {
      // A job whose last run succeeded (the scheduler's own cases are in test/medium).
      clock.set(new Date());
      const jobId = await register({ jobName: 'smart', server: 'main-server', partition: ['/'] });
      const run = (await request('POST', `/api/backups/${jobId}/runs`)).json().data;
      const [{ server_id }] = await sql<{ server_id: number }>('SELECT server_id FROM backup_jobs WHERE id = $1', [
        jobId,
      ]);
      expect((await execution().claimNext({ agentId: 7, serverIds: [server_id] }))?.id).toBe(run.id);
      await runEnd().end(run.id, 7, { result: 'success' });
    });

    it('one item per job with health', async () => {
      const res = await request('GET', '/api/backups/monitoring?limit=100');
      expect(res.statusCode).toBe(200);
      const items = res.json().data as { job: { name: string }; health: string; lastRun: unknown }[];
      const byName = new Map(items.map((i) => [i.job.name, i]));
      expect(byName.get('agent-run_ROOT')).toMatchObject({ health: 'failed', lastRun: { result: 'lost' } });
      expect(byName.get('smart_ROOT')).toMatchObject({ health: 'ok', lastRun: { result: 'success' } });
      expect(byName.get('auto_ROOT')).toMatchObject({ health: 'ok', lastRun: { result: 'cancelled' } });
      expect(byName.get('manual_ROOT')).toMatchObject({ health: 'ok' });
      // A daily slot that passed two hours ago with no success since: stale, and the next slot ahead.
      clock.set(new Date()); // the schedule starts now (its rows' creation time)
      const staleId = await register({
        jobName: 'stale',
        server: 'main-server',
        partition: ['/var'],
        schedule: { type: 3, basic: { time: '04:00' } },
      });
      await scheduler().tick();
      const slot = await nextSlot(staleId);
      expect(
        (await request('GET', '/api/backups/monitoring?limit=100'))
          .json()
          .data.find((i: { job: { id: number } }) => i.job.id === staleId),
      ).toMatchObject({ health: 'never-run', lastRun: null, lastSuccessAt: null, nextRunAt: LOCAL_TIMESTAMP });
      clock.set(new Date(slot.next_run_at.getTime() + 2 * 60 * minute));
      await scheduler().tick();
      const stale = (await request('GET', '/api/backups/monitoring?health=stale')).json().data as {
        job: { id: number };
        lastRun: { result: string };
        nextRunAt: string;
      }[];
      expect(stale.find((i) => i.job.id === staleId)).toMatchObject({ lastRun: { result: 'missed' } });
      const failed = await request('GET', '/api/backups/monitoring?health=failed');
      expect((failed.json().data as { health: string }[]).every((i) => i.health === 'failed')).toBe(true);
      expect((await request('GET', '/api/backups/monitoring?health=bad')).statusCode).toBe(400);
    });
  });

  describe('GET /api/metrics', () => {
    it('Prometheus text: runs by state/result, durations, last success per job, HTTP by route and status', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/metrics' })).statusCode).toBe(401);
      const res = await request('GET', '/api/metrics');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = res.body;
      const smartId = (await sql<{ id: number }>("SELECT id FROM backup_jobs WHERE name = 'smart_ROOT'"))[0].id;
      expect(text).toContain('zdm_runs{kind="backup",state="done",result="cancelled"}');
      expect(text).toContain('zdm_runs{kind="backup",state="done",result="lost"} 1');
      expect(text).toMatch(
        new RegExp(`zdm_job_last_success_timestamp_seconds\\{job_id="${smartId}",job="smart_ROOT"\\} \\d+`),
      );
      expect(text).toMatch(/zdm_runs_finished_total\{kind="backup",result="cancelled"\} [1-9]/);
      expect(text).toMatch(/^zdm_catalog_images \d+$/m);
      expect(text).toMatch(/^zdm_catalog_last_refresh_timestamp_seconds \d+(\.\d+)?$/m);
      expect(text).toMatch(/zdm_run_duration_seconds_count\{kind="backup",level="full",result="success"\} [1-9]/);
      expect(text).toMatch(
        /zdm_http_request_duration_seconds_count\{method="POST",route="\/api\/backups\/:identifier\/runs",status="201"\} [1-9]/,
      );
      expect(text).toMatch(
        /zdm_http_request_duration_seconds_count\{method="GET",route="\/api\/runs\/:id",status="404"\} [1-9]/,
      );
    });
  });
});
