/**
 * Pipeline A/B (`node dist/bench/pipeline-ab.bench.js`, after `npm run build`): two builds or two
 * configurations of the app, as shipped (the defaults of `npm start`: demo inventory and agents,
 * scheduler, catalog watcher), side by side, each on its own fresh database, data directory and
 * sample repository, under the same load in alternating rounds. It prints the CPU time each app
 * spent per request and its req/s per round. bench:ceiling's ratios move by ±10 % between runs on
 * a shared 2-core machine; alternating short rounds of two apps started together is how issue 25
 * told a 5 % change from the noise. No target: it compares, it does not judge.
 *
 *   BENCH_A_MAIN, BENCH_B_MAIN   main.js of each app (default: this build's); for another commit,
 *                                `git worktree add /tmp/base <rev>`, `npm ci && npm run build` there,
 *                                then BENCH_A_MAIN=/tmp/base/dist/apps/api/src/main.js
 *   BENCH_A_ENV, BENCH_B_ENV     JSON of extra environment of each app, e.g. '{"LOG_LEVEL":"warn"}'
 *   BENCH_ROUTE                  images (the cached page of 20, default), 404 or center
 *   BENCH_ROUNDS (8), BENCH_SECONDS (3 per round and app), BENCH_CONNECTIONS (16), DATABASE_URL
 */
import autocannon from 'autocannon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSampleRepository } from '@zdm/image-format';
import {
  ApiProcess,
  BenchDatabase,
  createBenchDatabase,
  issueAdminToken,
  percentile,
  processCpuMs,
  runBenchmark,
  startApi,
} from './bench-harness';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUTE = process.env.BENCH_ROUTE ?? 'images';
const SEED_SERVER = 'source-centos7-bios (192.168.2.104)';
const PATHS: Record<string, string> = {
  images: `/api/backups/images/server/${encodeURIComponent(SEED_SERVER)}?page=1&limit=20`,
  '404': '/api/no-such-route',
  center: '/api/zdms/1',
};

interface App {
  name: string;
  /** Which build and settings, for the report. */
  label: string;
  api: ApiProcess;
  headers: Record<string, string>;
  database: BenchDatabase;
  cpuMs: number;
  requests: number;
  perRound: number[];
}

async function startApp(name: string, main: string | undefined, envJson: string | undefined): Promise<App> {
  const env = JSON.parse(envJson ?? '{}') as Record<string, string>;
  const database = await createBenchDatabase(`zdm_bench_ab_${name.toLowerCase()}`);
  const repository = mkdtempSync(join(tmpdir(), 'zdm-ab-repo-'));
  generateSampleRepository({ dir: repository, servers: 4, images: 200 });
  const api = await startApi({
    databaseUrl: database.url,
    asShipped: true,
    main,
    env: { BACKUP_REPOSITORY_PATH: repository, TZ: 'Asia/Seoul', ...env },
  });
  const headers = { authorization: `Bearer ${await issueAdminToken(api.url)}` };
  const first = await fetch(`${api.url}${PATHS[ROUTE]}`, { headers }); // fills the listing cache
  if (first.status !== (ROUTE === '404' ? 404 : 200)) throw new Error(`app ${name} answered ${first.status}`);
  await autocannon({ url: `${api.url}${PATHS[ROUTE]}`, headers, connections: CONNECTIONS, duration: 2 });
  return {
    name,
    label: `${main ?? 'this build'} ${envJson ?? ''}`,
    api,
    headers,
    database,
    cpuMs: 0,
    requests: 0,
    perRound: [],
  };
}

async function main(): Promise<void> {
  if (!PATHS[ROUTE]) throw new Error(`BENCH_ROUTE must be one of ${Object.keys(PATHS).join(', ')}`);
  const apps: App[] = [];
  try {
    apps.push(
      await startApp('A', process.env.BENCH_A_MAIN, process.env.BENCH_A_ENV),
      await startApp('B', process.env.BENCH_B_MAIN, process.env.BENCH_B_ENV),
    );
    for (let round = 0; round < ROUNDS; round++) {
      // A first in even rounds, B first in odd ones.
      for (const app of round % 2 === 0 ? apps : [...apps].reverse()) {
        const before = processCpuMs(app.api.process.pid)!;
        const result = await autocannon({
          url: `${app.api.url}${PATHS[ROUTE]}`,
          headers: app.headers,
          connections: CONNECTIONS,
          duration: SECONDS,
        });
        app.cpuMs += processCpuMs(app.api.process.pid)! - before;
        app.requests += result.requests.total;
        app.perRound.push(Math.round(result.requests.average));
      }
    }
    console.log(`# pipeline A/B: ${ROUTE}, ${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections`);
    for (const app of apps) {
      console.log(
        `${app.name}: ${((app.cpuMs * 1000) / app.requests).toFixed(1)} µs of CPU per request, median ` +
          `${percentile(app.perRound, 50)} req/s (rounds: ${app.perRound.join(' ')}) — ${app.label}`,
      );
    }
    const [a, b] = apps.map((app) => app.cpuMs / app.requests);
    console.log(`B / A CPU per request: ${(b! / a!).toFixed(3)}`);
  } finally {
    for (const app of apps) {
      await app.api.stop();
      await app.database.drop();
    }
  }
}

runBenchmark(main);
