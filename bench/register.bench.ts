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
 * Targets (one `target … met / NOT met` line each): >= 300 registrations/s, p99 <= 100 ms on 2 cores.
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import {
  ApiProcess,
  autocannonRun,
  createBenchDatabase,
  issueAdminToken,
  latencyLine,
  processCpuMs,
  runBenchmark,
  sleep,
  startApi,
  target,
} from './bench-harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const WITH_SCHEDULE = process.env.BENCH_SCHEDULE === '1';
const PARTITIONS_PER_JOB = 3;
const TARGET_PER_SECOND = 300;
const TARGET_P99_MS = 100;

async function main(): Promise<void> {
  const db = await createBenchDatabase('zdm_bench');
  let api: ApiProcess | undefined;
  try {
    api = await startApi({
      databaseUrl: db.url,
      nodeArgs: (process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean), // e.g. --prof
    });
    const base = api.url;
    const token = await issueAdminToken(base);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

    const health =
      process.env.BENCH_SKIP_HEALTH === '1'
        ? undefined
        : await autocannonRun({ url: `${base}/api/health`, connections: CONNECTIONS, duration: SECONDS });
    const cpuBefore = processCpuMs(api.process.pid);
    let sequence = 0;
    const runId = randomBytes(3).toString('hex');
    const register = await autocannonRun({
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

    const cpuAfter = processCpuMs(api.process.pid);
    await sleep(1000); // let requests in flight at the end finish
    const stored = await countJobs(db.url);
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
    const perSecond = created / SECONDS;
    process.stdout.write(
      [
        '',
        `jobs in database: ${stored} (${created} 201 answers x ${PARTITIONS_PER_JOB}, + requests in flight at the end): ${consistent ? 'consistent' : 'MISMATCH'}`,
        target(`registrations/s >= ${TARGET_PER_SECOND}`, perSecond >= TARGET_PER_SECOND, perSecond.toFixed(0)),
        target(`p99 <= ${TARGET_P99_MS} ms`, register.latency.p99 <= TARGET_P99_MS, `${register.latency.p99} ms`),
        '',
      ].join('\n'),
    );
    if (!consistent || register.non2xx > 0 || register.errors > 0) process.exitCode = 1;
  } finally {
    await api?.stop((process.env.BENCH_APP_STOP_SIGNAL ?? 'SIGTERM') as NodeJS.Signals);
    await db.drop();
  }
}

function report(title: string, result: autocannon.Result, jobsPerRequest: number): void {
  const ok = result['2xx'];
  const lines = [
    `\n${title}`,
    `  requests/s ${(ok / result.duration).toFixed(0)} (avg ${result.requests.average}, ${ok} ok, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts)`,
    ...(jobsPerRequest > 0 ? [`  jobs/s     ${((ok * jobsPerRequest) / result.duration).toFixed(0)}`] : []),
    latencyLine(result),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
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

runBenchmark(main);
