import { ManualClock } from '@zdm/common';
import { SEED_SERVER, writeSampleImage } from '@zdm/image-format';
import { RunEndOrchestrator, RunExecutionService, RunScheduler } from '@zdm/runs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp, TestApp } from './support/test-app';

/**
 * Runs a user can trust (spec §13, the small faults): why a run did not run, Idempotency-Key
 * reuse and races, and the schedule's last run time. Real HTTP stack and database, time moved by
 * a ManualClock.
 */
describe('runs you can trust', () => {
  let t: TestApp;
  const clock = new ManualClock(new Date('2026-03-02T00:00:10.000Z'));
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
  let jobs = 0;
  const register = async (body: Record<string, unknown> = {}) => {
    const res = await request('POST', '/api/backups', {
      center: '1',
      server: 'server-01',
      repository: { type: 'nfs', path: '/backup' },
      type: 'full',
      jobName: `trust-${++jobs}`,
      partition: ['/'],
      ...body,
    });
    expect(res.statusCode).toBe(201);
    const name = (res.json().data.results as { jobName: string }[])[0].jobName;
    return (
      await sql<{ id: number; server_id: number }>('SELECT id, server_id FROM backup_jobs WHERE name = $1', [name])
    )[0];
  };
  const scheduler = () => t.app.get(RunScheduler);
  const execution = () => t.app.get(RunExecutionService);
  const runsOf = (jobId: number) =>
    sql<{ id: number; trigger: string; state: string; result: string | null; error_message: string | null }>(
      'SELECT id, trigger, state, result, error_message FROM runs WHERE job_id = $1 ORDER BY id',
      [jobId],
    );
  const nextSlot = async (jobId: number) =>
    (await sql<{ next_run_at: Date }>('SELECT next_run_at FROM run_triggers WHERE job_id = $1', [jobId]))[0]
      ?.next_run_at;

  beforeAll(async () => {
    t = await createTestApp({}, { clock });
  }, 60_000);
  afterAll(() => t.close());

  describe('a run that did not run says why', () => {
    it('lost: the lease ran out', async () => {
      const job = await register();
      const run = (await request('POST', `/api/backups/${job.id}/runs`)).json().data as { id: number };
      await execution().claimNext({ agentId: 1, serverIds: [job.server_id] });
      clock.advance(61_000);
      await t.app.get(RunEndOrchestrator).expireLeases();
      const shown = (await request('GET', `/api/runs/${run.id}`)).json().data;
      const reason = 'Lost: the agent sent nothing for RUN_LEASE_MS (1 min); its lease expired.';
      expect(shown).toMatchObject({ state: 'done', result: 'lost', errorMessage: reason });
      const log = (await request('GET', `/api/runs/${run.id}/log`)).json().data.lines as { message: string }[];
      expect(log.at(-1)).toMatchObject({ level: 'error', message: reason });
    });

    it('missed: no agent claimed the run in time', async () => {
      const job = await register();
      const run = (await request('POST', `/api/backups/${job.id}/runs`)).json().data as { id: number };
      clock.advance(60 * minute + 1000);
      await t.app.get(RunEndOrchestrator).expireQueued();
      expect((await request('GET', `/api/runs/${run.id}`)).json().data).toMatchObject({
        state: 'done',
        result: 'missed',
        errorMessage: 'Missed: no agent claimed the run within RUN_MAX_START_DELAY_MS (1 h).',
      });
    });

    it('missed and skipped slots of the scheduler', async () => {
      const job = await register({ schedule: { type: 3, basic: { time: '03:00' } } });
      await scheduler().tick();
      const slot = await nextSlot(job.id);
      clock.set(new Date(slot.getTime() + 2 * 60 * minute));
      await scheduler().tick();
      const [missed] = await runsOf(job.id);
      expect(missed).toMatchObject({
        result: 'missed',
        error_message:
          'Missed: the slot passed while no scheduler was running, longer ago than RUN_MAX_START_DELAY_MS (1 h).',
      });
      expect((await request('GET', `/api/runs/${missed.id}`)).json().data.errorMessage).toBe(missed.error_message);

      const next = await nextSlot(job.id);
      clock.set(new Date(next.getTime() - minute));
      await request('POST', `/api/backups/${job.id}/runs`);
      clock.set(new Date(next.getTime() + 1000));
      await scheduler().tick();
      expect((await runsOf(job.id)).at(-1)).toMatchObject({
        trigger: 'schedule',
        result: 'skipped',
        error_message: 'Skipped: the job still had an active run when the slot came due.',
      });
      await request('DELETE', `/api/backups/${job.id}`);
    });
  });

  describe('Idempotency-Key is about the request', () => {
    it('the same key with another body → 422 IDEMPOTENCY_KEY_REUSED; with the same body → the run as it is now', async () => {
      const job = await register();
      const first = await request('POST', `/api/backups/${job.id}/runs`, { level: 'full' }, { 'idempotency-key': 'k' });
      expect(first.statusCode).toBe(201);
      const runId = first.json().data.id as number;
      const other = await request(
        'POST',
        `/api/backups/${job.id}/runs`,
        {},
        { 'idempotency-key': 'k', 'accept-language': 'en' },
      );
      expect(other.statusCode).toBe(422);
      expect(other.json()).toEqual({
        success: false,
        requestID: expect.any(String),
        code: 'IDEMPOTENCY_KEY_REUSED',
        error: `Idempotency-Key: this key already made run #${runId} with another request body; use a new key for a new request.`,
        detail: { run: { id: runId } },
        timestamp: expect.any(String),
      });
      expect(
        (await request('POST', `/api/backups/${job.id}/runs`, { level: 'increment' }, { 'idempotency-key': 'k' }))
          .statusCode,
      ).toBe(422);
      await request('POST', `/api/runs/${runId}/cancel`);
      const replay = await request(
        'POST',
        `/api/backups/${job.id}/runs`,
        { level: 'full' },
        { 'idempotency-key': 'k' },
      );
      expect(replay.statusCode).toBe(200);
      expect(replay.json().data).toMatchObject({ id: runId, state: 'done', result: 'cancelled' });
      expect(await runsOf(job.id)).toHaveLength(1);
    });

    it('20 concurrent requests with one key: exactly one 201, the others 200 with the same run', async () => {
      const job = await register();
      const answers = await Promise.all(
        Array.from({ length: 20 }, () =>
          request('POST', `/api/backups/${job.id}/runs`, {}, { 'idempotency-key': 'burst' }),
        ),
      );
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses).toEqual([...Array<number>(19).fill(200), 201].sort());
      const ids = new Set(answers.map((a) => a.json().data.id as number));
      const runs = await runsOf(job.id);
      expect(runs).toHaveLength(1);
      expect([...ids]).toEqual([runs[0].id]);
    });
  });

  describe('complete with an image', () => {
    it("refuses another server's image (400 IMAGE_OF_ANOTHER_SERVER); the run stays open", async () => {
      const job = await register({ server: SEED_SERVER, partition: ['/boot'] });
      const agent = (await request('POST', '/api/agents', { server: SEED_SERVER })).json().data as { token: string };
      const bearer = { authorization: `Bearer ${agent.token}` };
      const runId = (await request('POST', `/api/backups/${job.id}/runs`)).json().data.id as number;
      const claim = await t.app.inject({ method: 'POST', url: '/api/agent/runs/claim', headers: bearer, payload: {} });
      expect(claim.statusCode).toBe(200);
      const dir = join(t.config.backupRepositoryPath, 'trust');
      mkdirSync(dir, { recursive: true });
      const image = (server: string, minuteOfHour: string) => {
        const name = `trust-image_[2026-03-02_09_${minuteOfHour}].ZIA`;
        writeSampleImage(join(dir, name), {
          name,
          time: `2026-03-02 09:${minuteOfHour}:00`,
          type: 'full',
          compressed: false,
          server,
          os: 'CentOS Linux release 7.9.2009 (Core)',
          partitionSize: 209715200,
          imageSize: 1048576,
          mountPoint: '/boot',
          device: '/dev/sda1',
          filesystem: 'xfs',
          diskNumber: 0,
          partitionNumber: 1,
        });
        return join(dir, name);
      };
      const complete = (path: string) =>
        t.app.inject({
          method: 'POST',
          url: `/api/agent/runs/${runId}/complete`,
          headers: { ...bearer, 'accept-language': 'en' },
          payload: { result: 'success', image: path },
        });
      const foreign = await complete(image('server-01', '00'));
      expect(foreign.statusCode).toBe(400);
      const text = `image: the image header names server 'server-01', not this run's server '${SEED_SERVER}'; send the image this run wrote.`;
      expect(foreign.json()).toMatchObject({
        success: false,
        code: 'IMAGE_OF_ANOTHER_SERVER',
        error: text,
        detail: [{ field: 'image', message: text }],
      });
      expect((await request('GET', `/api/runs/${runId}`)).json().data).toMatchObject({ state: 'running', image: null });
      const own = await complete(image(SEED_SERVER, '01'));
      expect(own.statusCode).toBe(200);
      expect((await request('GET', `/api/runs/${runId}`)).json().data).toMatchObject({
        state: 'done',
        result: 'success',
        image: 'trust-image_[2026-03-02_09_01].ZIA',
      });
    });
  });

  describe('schedules', () => {
    const monitoringOf = async (jobId: number) =>
      ((await request('GET', '/api/backups/monitoring?limit=1000')).json().data as { job: { id: number } }[]).find(
        (i) => i.job.id === jobId,
      );

    it("a fired slot writes the schedule's lastRunTime", async () => {
      clock.set(new Date()); // the schedule starts at its rows' creation (database time)
      const job = await register({ schedule: { type: 1, basic: { time: '00:00', interval: { minute: 1 } } } });
      const [{ basic_schedule_id: scheduleId }] = await sql<{ basic_schedule_id: number }>(
        'SELECT basic_schedule_id FROM backup_jobs WHERE id = $1',
        [job.id],
      );
      expect((await request('GET', `/api/schedules/${scheduleId}`)).json().data.lastRunTime).toBe('-');
      expect((await scheduler().tick()).computed).toBeGreaterThan(0);
      expect((await scheduler().tick()).computed).toBe(0); // computed once, not at every sync
      let slot = await nextSlot(job.id);
      for (let fire = 0; fire < 4; fire++) {
        slot = await nextSlot(job.id);
        clock.set(new Date(slot.getTime() + 1000));
        await scheduler().tick();
        const run = (await runsOf(job.id)).at(-1)!;
        expect(run).toMatchObject({ trigger: 'schedule', state: 'queued' });
        await request('POST', `/api/runs/${run.id}/cancel`);
      }
      const local = new Date(slot.getTime() + 9 * 60 * minute).toISOString().slice(0, 19).replace('T', ' ');
      expect((await request('GET', `/api/schedules/${scheduleId}`)).json().data.lastRunTime).toBe(local);
      await request('DELETE', `/api/backups/${job.id}`);
    });

    it('PUT schedule keeps the schedule id, and the scheduler follows the new schedule from then', async () => {
      clock.set(new Date());
      const job = await register({ schedule: { type: 3, basic: { time: '03:00' } } });
      await scheduler().tick();
      const [before] = await sql<{ basic_schedule_id: number }>(
        'SELECT basic_schedule_id FROM backup_jobs WHERE id = $1',
        [job.id],
      );
      clock.advance(1000);
      const put = await request('PUT', `/api/backups/${job.id}`, { schedule: { type: 3, basic: { time: '05:30' } } });
      expect(put.statusCode).toBe(200);
      const shown = await request('GET', `/api/schedules/${before.basic_schedule_id}`);
      expect(shown.statusCode).toBe(200);
      expect(shown.json().data).toMatchObject({
        id: before.basic_schedule_id,
        description: '[Basic] Start working at 05:30 every day.',
      });
      expect((await request('GET', `/api/backups/${job.id}`)).json().data.job.info.schedule.basic.id).toBe(
        before.basic_schedule_id,
      );
      await scheduler().tick();
      const next = await nextSlot(job.id);
      // 05:30 in the API's zone (Asia/Seoul, UTC+9) is 20:30 UTC.
      expect(next.toISOString().slice(11, 16)).toBe('20:30');
      expect(next.getTime()).toBeGreaterThan(clock.now().getTime());
      expect(next.getTime() - clock.now().getTime()).toBeLessThanOrEqual(24 * 60 * minute);
      await request('DELETE', `/api/backups/${job.id}`);
    });

    it('a paused job: no run, not missed, health paused, nextRunAt null; resumed from the next slot', async () => {
      clock.set(new Date());
      const job = await register({ schedule: { type: 1, basic: { time: '00:00', interval: { minute: 1 } } } });
      await scheduler().tick();
      clock.set(new Date((await nextSlot(job.id)).getTime() + 1000));
      await scheduler().tick();
      const [first] = await runsOf(job.id);
      await request('POST', `/api/runs/${first.id}/cancel`);

      const pause = await request('PUT', `/api/backups/${job.id}`, { enabled: false });
      expect(pause.statusCode).toBe(200);
      expect(pause.json().data.summary.updatedFields).toEqual([{ field: 'enabled', previous: true, new: false }]);
      expect((await request('GET', `/api/backups/${job.id}`)).json().data.job.info.enabled).toBe(false);
      for (let i = 0; i < 5; i++) {
        clock.advance(minute);
        await scheduler().tick();
      }
      clock.advance(3 * 60 * minute); // and hours with nobody ticking
      await scheduler().tick();
      expect(await runsOf(job.id)).toHaveLength(1);
      expect(await monitoringOf(job.id)).toMatchObject({ health: 'paused', nextRunAt: null });
      // The schedules view agrees: a paused job's schedule has no next run (`-`, one and in the list).
      const [{ basic_schedule_id: scheduleId }] = await sql<{ basic_schedule_id: number }>(
        'SELECT basic_schedule_id FROM backup_jobs WHERE id = $1',
        [job.id],
      );
      expect((await request('GET', `/api/schedules/${scheduleId}`)).json().data.nextRunAt).toBe('-');
      const listed = (await request('GET', '/api/schedules?limit=100')).json().data as {
        id: number;
        nextRunAt: string;
      }[];
      expect(listed.find((item) => item.id === scheduleId)?.nextRunAt).toBe('-');
      const paused = (await request('GET', '/api/backups/monitoring?health=paused')).json().data as {
        job: { id: number };
      }[];
      expect(paused.map((i) => i.job.id)).toContain(job.id);
      // Run-now still works while paused.
      const manual = await request('POST', `/api/backups/${job.id}/runs`);
      expect(manual.statusCode).toBe(201);
      await request('POST', `/api/runs/${manual.json().data.id}/cancel`);

      clock.advance(20_000);
      const resume = await request('PUT', `/api/backups/${job.id}`, { enabled: true });
      expect(resume.json().data.summary.updatedFields).toEqual([{ field: 'enabled', previous: false, new: true }]);
      const resumedAt = clock.now().getTime();
      await scheduler().tick();
      expect(await runsOf(job.id)).toHaveLength(2); // no catch-up of the paused slots
      const next = await nextSlot(job.id);
      expect(next.getTime()).toBe(Math.ceil(resumedAt / minute) * minute);
      // Not paused any more; stale, as before the pause: no run succeeded since the first slot.
      expect(await monitoringOf(job.id)).toMatchObject({ health: 'stale', nextRunAt: expect.any(String) });
      expect((await request('GET', `/api/schedules/${scheduleId}`)).json().data.nextRunAt).not.toBe('-');
      clock.set(new Date(next.getTime() + 1000));
      await scheduler().tick();
      const runs = await runsOf(job.id);
      expect(runs).toHaveLength(3);
      expect(runs[2]).toMatchObject({ trigger: 'schedule', state: 'queued', result: null });
      await request('DELETE', `/api/backups/${job.id}`);
    });

    it('enabled must be a boolean', async () => {
      const job = await register();
      const bad = await request('PUT', `/api/backups/${job.id}`, { enabled: 'no' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error).toContain('enabled');
    });
  });

  describe("image names follow the run's slot in the API's zone", () => {
    it('scheduled runs are named for their slot; a run-now in the same minute gets _2; the next slot its own minute', async () => {
      clock.set(new Date());
      const job = await register({
        server: SEED_SERVER,
        partition: ['/boot'],
        rotation: 3,
        schedule: { type: 1, basic: { time: '00:00', interval: { minute: 1 } } },
      });
      const name = (await sql<{ name: string }>('SELECT name FROM backup_jobs WHERE id = $1', [job.id]))[0].name;
      const agent = (await request('POST', '/api/agents', { server: SEED_SERVER })).json().data as { token: string };
      const agentCall = (url: string, payload: unknown) =>
        t.app.inject({
          method: 'POST',
          url,
          headers: { authorization: `Bearer ${agent.token}` },
          payload: payload as object,
        });
      const dir = join(t.config.backupRepositoryPath, 'slots');
      mkdirSync(dir, { recursive: true });
      /** Claim the queued run, write the image the claim names, complete: the claim's image. */
      const perform = async () => {
        const claim = await agentCall('/api/agent/runs/claim', {});
        expect(claim.statusCode).toBe(200);
        const { run, job: claimed } = claim.json().data as {
          run: { id: number };
          job: { image: { name: string; time: string } };
        };
        writeSampleImage(join(dir, claimed.image.name), {
          name: claimed.image.name,
          time: claimed.image.time,
          type: 'full',
          compressed: false,
          server: SEED_SERVER,
          os: 'CentOS Linux release 7.9.2009 (Core)',
          partitionSize: 209715200,
          imageSize: 1048576,
          mountPoint: '/boot',
          device: '/dev/sda1',
          filesystem: 'xfs',
          diskNumber: 0,
          partitionNumber: 3,
        });
        const done = await agentCall(`/api/agent/runs/${run.id}/complete`, {
          result: 'success',
          image: join(dir, claimed.image.name),
        });
        expect(done.statusCode).toBe(200);
        return claimed.image;
      };
      /** `YYYY-MM-DD_HH_mm` and `YYYY-MM-DD HH:mm:ss` of an instant in Asia/Seoul (UTC+9, the test's TZ). */
      const seoul = (at: Date) => {
        const local = new Date(at.getTime() + 9 * 60 * minute).toISOString();
        return {
          stamp: `${local.slice(0, 10)}_${local.slice(11, 13)}_${local.slice(14, 16)}`,
          time: local.slice(0, 19).replace('T', ' '),
        };
      };

      await scheduler().tick();
      const slot = await nextSlot(job.id);
      clock.set(new Date(slot.getTime() + 40_000)); // the run starts 40 s into its slot's minute
      await scheduler().tick();
      expect(await perform()).toEqual({ name: `${name}_[${seoul(slot).stamp}].ZIA`, time: seoul(slot).time });

      clock.advance(5000); // a run-now in the same minute
      expect((await request('POST', `/api/backups/${job.id}/runs`)).statusCode).toBe(201);
      expect(await perform()).toEqual({ name: `${name}_[${seoul(slot).stamp}]_2.ZIA`, time: seoul(clock.now()).time });

      const next = await nextSlot(job.id);
      clock.set(new Date(next.getTime() + 1000));
      await scheduler().tick();
      expect(await perform()).toEqual({ name: `${name}_[${seoul(next).stamp}].ZIA`, time: seoul(next).time });
      const listed = (
        await request('GET', `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}?jobName=${name}`)
      ).json().data.images as { name: string }[];
      expect(listed.map((i) => i.name).sort()).toEqual(
        [
          `${name}_[${seoul(slot).stamp}].ZIA`,
          `${name}_[${seoul(slot).stamp}]_2.ZIA`,
          `${name}_[${seoul(next).stamp}].ZIA`,
        ].sort(),
      );
    });
  });
});
