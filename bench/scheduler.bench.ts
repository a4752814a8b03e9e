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
 * BENCH_JOBS, BENCH_CONNECTIONS (6), BENCH_SECONDS (5), SCHEDULER_TICK_MS (1000).
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 6);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const TICK_MS = process.env.SCHEDULER_TICK_MS ?? '1000';
const INSTANCES = 3;
const ADMIN = { email: 'bench@zdm.local', password: 'bench-password-123' };
const MAIN = resolve(__dirname, '../apps/api/src/main.js');
const TARGET_CREATED_MS = 10_000;
const TARGET_P99_MS = 100;
const LIST_PATH = '/api/backups?page=1&limit=20';

async function main(): Promise<void> {
  const dbName = `zdm_bench_sched_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(SERVER_URL);
  dbUrl.pathname = `/${dbName}`;
  const db = new Client({ connectionString: dbUrl.toString() });
  const apps: ChildProcess[] = [];
  const jwtSecret = randomBytes(24).toString('hex');
  try {
    const bases: string[] = [];
    for (let i = 0; i < INSTANCES; i++) {
      // One after another: the first runs the migrations and seeds the demo inventory.
      const port = await freePort();
      const app = spawn(process.execPath, [MAIN], {
        env: {
          ...process.env,
          DATABASE_URL: dbUrl.toString(),
          HOST: '127.0.0.1',
          PORT: String(port),
          JWT_SECRET: jwtSecret,
          ADMIN_EMAIL: ADMIN.email,
          ADMIN_PASSWORD: ADMIN.password,
          DEMO: 'true',
          DATA_DIR: mkdtempSync(join(tmpdir(), 'zdm-bench-')),
          BACKUP_REPOSITORY_PATH: mkdtempSync(join(tmpdir(), 'zdm-bench-repo-')),
          IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
          SCHEDULER_ENABLED: 'true',
          SCHEDULER_TICK_MS: TICK_MS,
          LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      apps.push(app);
      const base = `http://127.0.0.1:${port}`;
      await waitForHealth(base, app);
      bases.push(base);
    }
    await db.connect();
    const token = await issueToken(bases[0]);

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

    if (quiet) report(`GET ${LIST_PATH} before the slot (${CONNECTIONS} connections)`, quiet);
    report(`GET ${LIST_PATH} during the burst (${CONNECTIONS} connections)`, during);
    process.stdout.write(
      `\nruns: ${total} (${rows[0].queued} queued by schedule) for ${JOBS} jobs, ${duplicates} duplicates\n` +
        `${target(`all ${JOBS} runs created within ${TARGET_CREATED_MS / 1000} s of the slot`, createdMs !== undefined && createdMs <= TARGET_CREATED_MS, createdMs !== undefined ? `${(createdMs / 1000).toFixed(2)} s` : `only ${runs} after 60 s`)}` +
        `${target('duplicates = 0', duplicates === 0 && total === JOBS, `${duplicates} duplicates, ${total} runs`)}` +
        `${target(`GET ${LIST_PATH} p99 < ${TARGET_P99_MS} ms during the burst`, during.latency.p99 < TARGET_P99_MS && during.non2xx === 0, `p99 ${during.latency.p99} ms (p50 ${during.latency.p50} ms, ${during['2xx']} ok, ${during.non2xx} non-2xx)`)}`,
    );
    if (duplicates !== 0 || total !== JOBS) process.exitCode = 1;
  } finally {
    await db.end().catch(() => undefined);
    for (const app of apps) {
      if (app.exitCode === null) {
        app.kill('SIGTERM');
        await new Promise((r) => app.once('exit', r));
      }
    }
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

function target(title: string, met: boolean, measured: string): string {
  return `target ${title}: ${met ? 'met' : 'NOT met'} (${measured})\n`;
}

/** autocannon on every instance at once (connections spread), merged. */
function startLoad(bases: string[], headers: Record<string, string>) {
  const per = Math.max(1, Math.round(CONNECTIONS / bases.length));
  const results: Promise<autocannon.Result>[] = [];
  const instances = bases.map((base) => {
    let instance!: autocannon.Instance;
    results.push(
      new Promise<autocannon.Result>((done, fail) => {
        instance = autocannon(
          { url: `${base}${LIST_PATH}`, connections: per, duration: 120, headers },
          (error, result) => (error ? fail(error) : done(result)),
        );
      }),
    );
    return instance;
  });
  return {
    stop: async () => {
      for (const instance of instances) instance.stop();
      return merge(await Promise.all(results));
    },
  };
}

async function load(bases: string[], headers: Record<string, string>, ms: number): Promise<autocannon.Result> {
  const running = startLoad(bases, headers);
  await sleep(ms);
  return running.stop();
}

/** Percentiles of several runs: the worst of each (an upper bound), counts summed. */
function merge(results: autocannon.Result[]): autocannon.Result {
  const [first] = results;
  const worst = (key: 'p50' | 'p90' | 'p99' | 'max') => Math.max(...results.map((r) => r.latency[key]));
  return {
    ...first,
    '2xx': results.reduce((n, r) => n + r['2xx'], 0),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    errors: results.reduce((n, r) => n + r.errors, 0),
    duration: Math.max(...results.map((r) => r.duration)),
    latency: { ...first.latency, p50: worst('p50'), p90: worst('p90'), p99: worst('p99'), max: worst('max') },
  };
}

function report(title: string, result: autocannon.Result): void {
  process.stdout.write(
    `\n${title}\n  ${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors in ${result.duration.toFixed(1)} s` +
      `\n  latency    p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms\n`,
  );
}

async function waitForHealth(base: string, app: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`the API exited with code ${app.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('the API did not become healthy within 60 s');
}

async function issueToken(base: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (res.status !== 201) throw new Error(`token issue failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { data: { token: string } }).data.token;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePromise(port));
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
