/**
 * Scheduler benchmark (`npm run bench:scheduler`, issue 11): three API processes (the built app,
 * dist/) on one fresh PostgreSQL database, each ticking its scheduler every SCHEDULER_TICK_MS.
 * BENCH_JOBS (10,000) daily jobs on the demo inventory all have their slot at the same instant (the
 * next whole minute at least 20 s ahead; written with SQL, the registration route has its own
 * benchmark). From that instant on:
 *
 *   - the time until all runs exist (polled every 50 ms) — target <= 10 s;
 *   - duplicates: runs minus distinct (job, slot) — target 0, and runs per slot exactly 1;
 *   - the latency of `GET /api/backups?page=1&limit=20` (autocannon, BENCH_CONNECTIONS connections
 *     spread over the three instances) while the runs are being created — target p99 < 100 ms;
 *     the same route measured for BENCH_SECONDS before the burst, for comparison.
 *
 * Prints one `target ... met / NOT met` line per target. Settings: DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres; a database is created there and dropped after),
 * BENCH_JOBS, BENCH_CONNECTIONS (6), BENCH_SECONDS (5), SCHEDULER_TICK_MS (1000), BENCH_APP_NODE_OPTIONS
 * (Node flags of the API processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the burst).
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  ApiProcess,
  createBenchDatabase,
  issueAdminToken,
  runBenchmark,
  sleep,
  startApi,
  target,
  reportLoad,
  spreadLoad,
} from './bench-harness';

const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 6);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TICK_MS = process.env.SCHEDULER_TICK_MS ?? '1000';
const INSTANCES = 3;
const TARGET_CREATED_MS = 10_000;
const TARGET_P99_MS = 100;
const LIST_PATH = '/api/backups?page=1&limit=20';

async function main(): Promise<void> {
  const database = await createBenchDatabase('zdm_bench_sched');
  const db = new Client({ connectionString: database.url });
  const apps: ApiProcess[] = [];
  const jwtSecret = randomBytes(24).toString('hex');
  try {
    for (let i = 0; i < INSTANCES; i++) {
      // One after another: the first runs the migrations and seeds the demo inventory.
      apps.push(
        await startApi({
          databaseUrl: database.url,
          jwtSecret,
          env: { SCHEDULER_ENABLED: 'true', SCHEDULER_TICK_MS: TICK_MS },
          nodeArgs: (process.env.BENCH_APP_NODE_OPTIONS ?? '').split(' ').filter(Boolean),
        }),
      );
    }
    const bases = apps.map((app) => app.url);
    await db.connect();
    const token = await issueAdminToken(bases[0]);

    // BENCH_JOBS daily jobs, all due at `slot`.
    const slot = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000);
    const [server] = (await db.query<{ id: number }>("SELECT id FROM servers WHERE name = 'main-server'")).rows;
    const [repository] = (
      await db.query<{ id: number; type: string; path: string }>(
        'SELECT id, type, path FROM repositories WHERE center_id = 1 ORDER BY id LIMIT 1',
      )
    ).rows;
    await db.query(
      `WITH s AS (
         INSERT INTO schedules (center_id, type, role, fields, timezone, job_name)
         SELECT 1, 3, 'basic', $1::jsonb, 'UTC', 'bench-job-' || g FROM generate_series(1, $2::int) g
         RETURNING id, job_name)
       INSERT INTO backup_jobs (name, center_id, server_id, partition, mode, repository_id, repository_type,
                                repository_path, basic_schedule_id, status)
       SELECT s.job_name, 1, $3, '/', 'full', $4, $5, $6, s.id, 'Scheduled' FROM s`,
      [
        JSON.stringify({ time: slot.toISOString().slice(11, 16) }),
        JOBS,
        server.id,
        repository.id,
        repository.type,
        repository.path,
      ],
    );
    const pending = async () =>
      Number(
        (await db.query<{ n: string }>('SELECT count(*) AS n FROM run_triggers WHERE next_run_at = $1', [slot])).rows[0]
          .n,
      );
    while ((await pending()) < JOBS) {
      if (Date.now() > slot.getTime() - 2000) throw new Error('the scheduler rows were not computed before the slot');
      await sleep(200);
    }
    process.stdout.write(
      `${JOBS} jobs due at ${slot.toISOString()}; ${INSTANCES} instances ticking every ${TICK_MS} ms\n`,
    );

    const headers = { authorization: `Bearer ${token}` };
    const quietMs = Math.min(SECONDS * 1000, slot.getTime() - Date.now() - 1500);
    const quiet = quietMs > 1000 ? await load(bases, headers, quietMs) : undefined;
    await sleep(slot.getTime() - Date.now() - 300);

    // The burst: load the list route from just before the slot until every run exists.
    const burst = startLoad(bases, headers);
    let allAt: number | undefined;
    let runs = 0;
    while (Date.now() < slot.getTime() + 60_000) {
      runs = Number(
        (await db.query<{ n: string }>('SELECT count(*) AS n FROM runs WHERE scheduled_for = $1', [slot])).rows[0].n,
      );
      if (runs >= JOBS) {
        allAt = Date.now();
        break;
      }
      await sleep(50);
    }
    const during = await burst.stop();
    await sleep(2 * Number(TICK_MS)); // a late duplicate would show up here
    const { rows } = await db.query<{ runs: string; slots: string; queued: string }>(
      `SELECT count(*) AS runs, count(DISTINCT (job_id, scheduled_for)) AS slots,
              count(*) FILTER (WHERE state = 'queued' AND trigger = 'schedule') AS queued
         FROM runs`,
    );
    const total = Number(rows[0].runs);
    const duplicates = total - Number(rows[0].slots);
    const createdMs = allAt !== undefined ? allAt - slot.getTime() : undefined;

    if (quiet) reportLoad(`GET ${LIST_PATH} before the slot (${CONNECTIONS} connections)`, quiet);
    reportLoad(`GET ${LIST_PATH} during the burst (${CONNECTIONS} connections)`, during);
    process.stdout.write(
      [
        '',
        `runs: ${total} (${rows[0].queued} queued by schedule) for ${JOBS} jobs, ${duplicates} duplicates`,
        target(
          `all ${JOBS} runs created within ${TARGET_CREATED_MS / 1000} s of the slot`,
          createdMs !== undefined && createdMs <= TARGET_CREATED_MS,
          createdMs !== undefined ? `${(createdMs / 1000).toFixed(2)} s` : `only ${runs} after 60 s`,
        ),
        target('duplicates = 0', duplicates === 0 && total === JOBS, `${duplicates} duplicates, ${total} runs`),
        target(
          `GET ${LIST_PATH} p99 < ${TARGET_P99_MS} ms during the burst`,
          during.latency.p99 < TARGET_P99_MS && during.non2xx === 0,
          `p99 ${during.latency.p99} ms (p50 ${during.latency.p50} ms, ${during['2xx']} ok, ${during.non2xx} non-2xx)`,
        ),
        '',
      ].join('\n'),
    );
    if (duplicates !== 0 || total !== JOBS) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    for (const app of apps) await app.stop();
    await database.drop();
  }
}

/** The list route on every instance at once. */
const startLoad = (bases: string[], headers: Record<string, string>) =>
  spreadLoad(bases, LIST_PATH, CONNECTIONS, headers);

async function load(bases: string[], headers: Record<string, string>, ms: number): Promise<autocannon.Result> {
  const running = startLoad(bases, headers);
  await sleep(ms);
  return running.stop();
}

runBenchmark(main);
