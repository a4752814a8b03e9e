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
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSampleRepository } from '@zdm/image-format';
import {
  BenchDatabase,
  createBenchDatabase,
  freePort,
  percentile,
  processCpuMs,
  runBenchmark,
  sleep,
} from './bench-harness';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ROUTE = process.env.BENCH_ROUTE ?? 'images';
const THIS_BUILD = resolve(__dirname, '../apps/api/src/main.js');
const SEED_SERVER = 'source-centos7-bios (192.168.2.104)';
const PATHS: Record<string, string> = {
  images: `/api/backups/images/server/${encodeURIComponent(SEED_SERVER)}?page=1&limit=20`,
  '404': '/api/no-such-route',
  center: '/api/zdms/1',
};
const PASSWORD = 'pipeline-ab-password-123';

interface App {
  name: string;
  child: ChildProcess;
  base: string;
  headers: Record<string, string>;
  database: BenchDatabase;
  cpuMs: number;
  requests: number;
  perRound: number[];
}

async function startApp(name: string, main: string, env: Record<string, string>): Promise<App> {
  const database = await createBenchDatabase(`zdm_bench_ab_${name.toLowerCase()}`);
  const repository = mkdtempSync(join(tmpdir(), 'zdm-ab-repo-'));
  generateSampleRepository({ dir: repository, servers: 4, images: 200 });
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_SECRET: randomBytes(24).toString('hex'),
      ADMIN_PASSWORD: PASSWORD,
      DEMO: 'true',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'zdm-ab-data-')),
      BACKUP_REPOSITORY_PATH: repository,
      TZ: 'Asia/Seoul',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 200) {
    if (child.exitCode !== null) throw new Error(`app ${name} exited with ${child.exitCode}`);
    if (waited > 60_000) throw new Error(`app ${name} did not become healthy within 60 s`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(200);
  }
  const issued = await fetch(`${base}/api/auth/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@zdm.local', password: PASSWORD }),
  });
  const token = ((await issued.json()) as { data: { token: string } }).data.token;
  const headers = { authorization: `Bearer ${token}` };
  const first = await fetch(`${base}${PATHS[ROUTE]}`, { headers }); // fills the listing cache
  if (first.status !== (ROUTE === '404' ? 404 : 200)) throw new Error(`app ${name} answered ${first.status}`);
  await autocannon({ url: `${base}${PATHS[ROUTE]}`, headers, connections: CONNECTIONS, duration: 2 });
  return { name, child, base, headers, database, cpuMs: 0, requests: 0, perRound: [] };
}

async function main(): Promise<void> {
  if (!PATHS[ROUTE]) throw new Error(`BENCH_ROUTE must be one of ${Object.keys(PATHS).join(', ')}`);
  const apps: App[] = [];
  try {
    apps.push(
      await startApp('A', process.env.BENCH_A_MAIN ?? THIS_BUILD, JSON.parse(process.env.BENCH_A_ENV ?? '{}')),
      await startApp('B', process.env.BENCH_B_MAIN ?? THIS_BUILD, JSON.parse(process.env.BENCH_B_ENV ?? '{}')),
    );
    for (let round = 0; round < ROUNDS; round++) {
      // A first in even rounds, B first in odd ones.
      for (const app of round % 2 === 0 ? apps : [...apps].reverse()) {
        const before = processCpuMs(app.child.pid)!;
        const result = await autocannon({
          url: `${app.base}${PATHS[ROUTE]}`,
          headers: app.headers,
          connections: CONNECTIONS,
          duration: SECONDS,
        });
        app.cpuMs += processCpuMs(app.child.pid)! - before;
        app.requests += result.requests.total;
        app.perRound.push(Math.round(result.requests.average));
      }
    }
    console.log(`# pipeline A/B: ${ROUTE}, ${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections`);
    for (const app of apps) {
      const main = app.name === 'A' ? process.env.BENCH_A_MAIN : process.env.BENCH_B_MAIN;
      const env = app.name === 'A' ? process.env.BENCH_A_ENV : process.env.BENCH_B_ENV;
      console.log(
        `${app.name}: ${((app.cpuMs * 1000) / app.requests).toFixed(1)} µs of CPU per request, median ` +
          `${percentile(app.perRound, 50)} req/s (rounds: ${app.perRound.join(' ')}) — ${main ?? 'this build'} ${env ?? ''}`,
      );
    }
    const [a, b] = apps.map((app) => app.cpuMs / app.requests);
    console.log(`B / A CPU per request: ${(b! / a!).toFixed(3)}`);
  } finally {
    for (const app of apps) {
      if (app.child.exitCode === null) {
        app.child.kill('SIGTERM');
        await new Promise((r) => app.child.once('exit', r));
      }
      await app.database.drop();
    }
  }
}

runBenchmark(main);
