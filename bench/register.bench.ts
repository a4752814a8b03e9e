/**
 * Registration benchmark (`npm run bench:register`): the built API (dist/) on a fresh PostgreSQL
 * database, on loopback, in its own process; autocannon drives it from this one.
 *
 *   1. `GET /api/health` for BENCH_SECONDS: the ceiling of the HTTP stack on this machine.
 *   2. `POST /api/backups` registering 3-partition jobs on `main-server` (demo inventory), each
 *      request with a unique `jobName`, at BENCH_CONNECTIONS connections for BENCH_SECONDS.
 *
 * Prints requests/s, jobs/s, p50/p99 latency, and checks the database holds exactly the jobs the
 * 201 answers reported. Settings: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres;
 * a fresh database is created on that server and dropped afterwards), BENCH_SECONDS (10),
 * BENCH_CONNECTIONS (16), BENCH_SCHEDULE=1 to register every job with a daily schedule too,
 * BENCH_SKIP_HEALTH=1; for profiling, BENCH_APP_NODE_ARGS (e.g. `--cpu-prof -r ./exit-on-usr2.js`)
 * and BENCH_APP_STOP_SIGNAL (e.g. SIGUSR2).
 * Targets: >= 300 registrations/s, p99 <= 100 ms on 2 cores.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WITH_SCHEDULE = process.env.BENCH_SCHEDULE === '1';
const ADMIN = { email: 'bench@zdm.local', password: 'bench-password-123' };
const MAIN = resolve(__dirname, '../apps/api/src/main.js');
const PARTITIONS_PER_JOB = 3;

async function main(): Promise<void> {
  const dbName = `zdm_bench_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(SERVER_URL);
  dbUrl.pathname = `/${dbName}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let app: ChildProcess | undefined;
  try {
    const nodeArgs = (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean); // e.g. --prof
    app = spawn(process.execPath, [...nodeArgs, MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: dbUrl.toString(),
        HOST: '127.0.0.1',
        PORT: String(port),
        JWT_SECRET: randomBytes(24).toString('hex'),
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        DEMO: 'true',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'zdm-bench-')),
        BACKUP_REPOSITORY_PATH: mkdtempSync(join(tmpdir(), 'zdm-bench-repo-')),
        IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealth(base, app);
    const token = await issueToken(base);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const health =
      process.env.BENCH_SKIP_HEALTH === '1'
        ? undefined
        : await run({ url: `${base}/api/health`, connections: CONNECTIONS, duration: SECONDS });
    const cpuBefore = processCpuMs(app.pid);
    let sequence = 0;
    const runId = randomBytes(3).toString('hex');
    const register = await run({
      url: `${base}/api/backups`,
      connections: CONNECTIONS,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          headers,
          setupRequest: (request) => ({
            ...request,
            body: JSON.stringify({
              center: '1',
              server: 'main-server',
              type: 'full',
              partition: [],
              repository: { type: 'nfs', path: '/backup' },
              jobName: `bench-${runId}-${sequence++}`,
              rotation: 7,
              ...(WITH_SCHEDULE ? { schedule: { type: 3, basic: { time: '02:00' } } } : {}),
            }),
          }),
        },
      ],
    });

    const cpuAfter = processCpuMs(app.pid);
    await new Promise((r) => setTimeout(r, 1000)); // let requests in flight at the end finish
    const stored = await countJobs(dbUrl.toString());
    const created = register['2xx'];
    // Requests still in flight when the clock stopped complete afterwards (at most one per connection).
    const consistent =
      stored % PARTITIONS_PER_JOB === 0 &&
      stored >= created * PARTITIONS_PER_JOB &&
      stored <= (created + CONNECTIONS) * PARTITIONS_PER_JOB;
    if (health) report('GET /api/health (ceiling)', health, 0);
    report(`POST /api/backups (3 partitions${WITH_SCHEDULE ? ' + daily schedule' : ''})`, register, PARTITIONS_PER_JOB);
    if (cpuBefore !== undefined && cpuAfter !== undefined && created > 0) {
      process.stdout.write(
        `  API CPU    ${((cpuAfter - cpuBefore) / created).toFixed(2)} ms per registration (user+sys of the API process)\n`,
      );
    }
    process.stdout.write(
      `\njobs in database: ${stored} (${created} 201 answers x ${PARTITIONS_PER_JOB}, + requests in flight at the end): ${consistent ? 'consistent' : 'MISMATCH'}` +
        `\nregistrations/s ${(created / SECONDS).toFixed(0)} (target >= 300), p99 ${register.latency.p99} ms (target <= 100)\n`,
    );
    if (!consistent || register.non2xx > 0 || register.errors > 0) process.exitCode = 1;
  } finally {
    if (app && app.exitCode === null) {
      app.kill((process.env.BENCH_APP_STOP_SIGNAL ?? 'SIGTERM') as NodeJS.Signals);
      await new Promise((r) => app!.once('exit', r));
    }
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolvePromise, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolvePromise(result)));
  });
}

function report(title: string, result: autocannon.Result, jobsPerRequest: number): void {
  const ok = result['2xx'];
  const lines = [
    `\n${title}`,
    `  requests/s ${(ok / result.duration).toFixed(0)} (avg ${result.requests.average}, ${ok} ok, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`,
    ...(jobsPerRequest > 0 ? [`  jobs/s     ${((ok * jobsPerRequest) / result.duration).toFixed(0)}`] : []),
    `  latency    p50 ${result.latency.p50} ms, p90 ${result.latency.p90} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
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
    await new Promise((r) => setTimeout(r, 200));
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

async function countJobs(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM backup_jobs');
    return Number(rows[0].n);
  } finally {
    await client.end();
  }
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

/** user+sys CPU time of a process in ms (Linux /proc), or undefined elsewhere. */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return undefined;
  }
}

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
