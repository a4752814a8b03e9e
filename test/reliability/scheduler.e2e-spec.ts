import { ManualClock } from '@zdm/common';
import { RunScheduler } from '@zdm/runs';
import { DataSource, EntityManager } from 'typeorm';
import { createFreshDatabase, createTestApp, TestApp } from '../support/test-app';
import { TcpProxy } from '../support/tcp-proxy';

/**
 * Issue 11 — the scheduler on PostgreSQL with three application instances on one database: 500 jobs
 * whose slots come due at the same instant make exactly 500 runs when all three tick at once, and
 * still exactly one run per slot when one instance dies in the middle of its tick (after it has
 * inserted its runs, before its commit). Time is moved with a ManualClock shared by the instances.
 */
const onPostgres = process.env.DATABASE_URL ? describe : describe.skip;
jest.setTimeout(180_000);

const JOBS = 500;
const DAY = 24 * 60 * 60_000;

onPostgres('Scheduler: exactly one run per job and slot across three instances (PostgreSQL)', () => {
  const clock = new ManualClock(new Date());
  let drop: () => Promise<void>;
  let proxy: TcpProxy;
  let a: TestApp; // reaches the database through a proxy the test cuts
  let b: TestApp;
  let c: TestApp;
  let slot: Date;

  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    b.dataSource.query(query, params) as Promise<T[]>;
  const runCounts = async (at: Date) =>
    (
      await sql<{ runs: number; slots: number; jobs: number }>(
        `SELECT count(*)::int AS runs, count(DISTINCT (job_id, scheduled_for))::int AS slots,
                count(DISTINCT job_id)::int AS jobs
           FROM runs WHERE scheduled_for = $1`,
        [at.toISOString()],
      )
    )[0];

  beforeAll(async () => {
    const fresh = await createFreshDatabase(process.env.DATABASE_URL!);
    drop = fresh.drop;
    const url = new URL(fresh.url);
    proxy = new TcpProxy(url.hostname, Number(url.port || 5432));
    await proxy.start();
    const proxied = new URL(fresh.url);
    proxied.host = `127.0.0.1:${proxy.port}`;
    // One after another: the first runs the migrations and seeds the demo inventory.
    a = await createTestApp(
      { DATABASE_URL: proxied.toString(), DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '5000' },
      { clock },
    );
    b = await createTestApp({ DATABASE_URL: fresh.url }, { clock });
    c = await createTestApp({ DATABASE_URL: fresh.url }, { clock });

    // 500 daily jobs whose slot is the same instant: the next whole minute at least 2 minutes ahead.
    slot = new Date(Math.ceil((Date.now() + 2 * 60_000) / 60_000) * 60_000);
    const time = slot.toISOString().slice(11, 16);
    const [server] = await sql<{ id: number }>("SELECT id FROM servers WHERE name = 'main-server'");
    const [repository] = await sql<{ id: number; type: string; path: string }>(
      'SELECT id, type, path FROM repositories WHERE center_id = 1 ORDER BY id LIMIT 1',
    );
    await sql(
      `WITH s AS (
         INSERT INTO schedules (center_id, type, role, fields, timezone, job_name)
         SELECT 1, 3, 'basic', $1::jsonb, 'UTC', 'slot-job-' || g FROM generate_series(1, $2::int) g
         RETURNING id, job_name)
       INSERT INTO backup_jobs (name, center_id, server_id, partition, mode, repository_id, repository_type,
                                repository_path, basic_schedule_id, status)
       SELECT s.job_name, 1, $3, '/', 'full', $4, $5, $6, s.id, 'Scheduled' FROM s`,
      [JSON.stringify({ time }), JOBS, server.id, repository.id, repository.type, repository.path],
    );
  });

  afterAll(async () => {
    await proxy?.restore();
    for (const app of [a, b, c]) await app?.close().catch(() => undefined);
    await proxy?.cut();
    await drop?.();
  });

  const tickAll = () => Promise.all([a, b, c].map((app) => app.app.get(RunScheduler).tick()));

  it('500 jobs due at one instant, three instances ticking at once → exactly 500 runs', async () => {
    await tickAll(); // before the slot: scheduler rows only
    expect(await runCounts(slot)).toEqual({ runs: 0, slots: 0, jobs: 0 });
    const [{ due }] = await sql<{ due: number }>(
      'SELECT count(*)::int AS due FROM run_triggers WHERE next_run_at = $1',
      [slot.toISOString()],
    );
    expect(due).toBe(JOBS);

    clock.set(new Date(slot.getTime() + 1000));
    const reports = await tickAll();
    await tickAll(); // a second round finds nothing left
    expect(await runCounts(slot)).toEqual({ runs: JOBS, slots: JOBS, jobs: JOBS });
    // The work was shared by whoever got the rows; together they made each run once.
    expect(reports.reduce((n, r) => n + r.created.length, 0)).toBe(JOBS);
    const [{ wrong }] = await sql<{ wrong: number }>(
      "SELECT count(*)::int AS wrong FROM runs WHERE scheduled_for = $1 AND (trigger <> 'schedule' OR state <> 'queued')",
      [slot.toISOString()],
    );
    expect(wrong).toBe(0);
  });

  it('an instance killed mid-tick (runs inserted, not committed) → still exactly one run per slot', async () => {
    // Make the jobs free again, then move to the next day's slot.
    await sql(`UPDATE runs SET state = 'done', result = 'success', ended_at = $1 WHERE state <> 'done'`, [
      new Date(slot.getTime() + 2000).toISOString(),
    ]);
    const next = new Date(slot.getTime() + DAY);
    clock.set(new Date(next.getTime() + 1000));

    // Instance A claims a batch, inserts its runs and advances the rows, then loses its database
    // connections before COMMIT: PostgreSQL rolls the batch back and the rows are free again.
    const dataSource: DataSource = a.dataSource;
    const transaction = dataSource.transaction.bind(dataSource) as (
      work: (manager: EntityManager) => Promise<unknown>,
    ) => Promise<unknown>;
    let inserted = 0;
    const spy = jest.spyOn(dataSource, 'transaction').mockImplementation(((
      work: (m: EntityManager) => Promise<unknown>,
    ) =>
      transaction(async (manager) => {
        const result = await work(manager);
        const created = (result as { created?: unknown[] } | undefined)?.created;
        if (created && created.length > 0) {
          inserted += created.length;
          await proxy.cut(); // the instance dies here: its COMMIT never reaches the server
        }
        return result;
      })) as never);
    await expect(a.app.get(RunScheduler).tick()).rejects.toBeDefined();
    spy.mockRestore();
    expect(inserted).toBeGreaterThan(0);
    expect(await runCounts(next)).toEqual({ runs: 0, slots: 0, jobs: 0 });

    // The survivors tick (twice, at once); then A comes back and ticks too.
    await Promise.all([b, c].map((app) => app.app.get(RunScheduler).tick()));
    await Promise.all([b, c].map((app) => app.app.get(RunScheduler).tick()));
    expect(await runCounts(next)).toEqual({ runs: JOBS, slots: JOBS, jobs: JOBS });
    await proxy.restore();
    await a.app
      .get(RunScheduler)
      .tick()
      .catch(() => a.app.get(RunScheduler).tick()); // the pool may hand out one dead connection first
    expect(await runCounts(next)).toEqual({ runs: JOBS, slots: JOBS, jobs: JOBS });
    const [{ duplicates }] = await sql<{ duplicates: number }>(
      'SELECT (count(*) - count(DISTINCT (job_id, scheduled_for)))::int AS duplicates FROM runs',
    );
    expect(duplicates).toBe(0);
  });
});
