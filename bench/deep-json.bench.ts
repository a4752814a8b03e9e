/**
 * Deep-JSON stall benchmark (`npm run bench:deep-json`, issue 21): the built API (dist/) on a fresh
 * PostgreSQL database, on loopback, in its own process, attacked as the issue did — four anonymous
 * clients, each POSTing a 1 MB, 500,000-level JSON array to `/api/backups` BENCH_DEEP_ROUNDS (10)
 * times one after another, at most BENCH_DEEP_MBPS (2.3) MB/s each, against 127.0.0.1 only — while
 * one client samples `GET /api/health/live` back to back. Before issue 21 JSON.parse built each array
 * (~0.7 s of event loop) before the token was checked: health answered at p50 1.29 s.
 *
 * Phases, each printed as `label: N req/s, p50 X ms, p99 Y ms` for bench/run-all.js:
 *   1. health/live alone for BENCH_SECONDS (5): the baseline;
 *   2. during the anonymous attack (answers expected: 401, the body never read) — the target;
 *   3. during the same attack with an admin token (answers expected: 400, the depth check before
 *      JSON.parse);
 *   4. during an unthrottled anonymous flood for BENCH_SECONDS (for information: loopback lets four
 *      clients push a few hundred MB/s, far beyond the issue's 9 MB/s, and receiving that costs CPU).
 * Target: health/live p99 < 100 ms during phase 2 (one `target … met / NOT met` line), and every
 * attack answer the expected status. Settings: DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_DEEP_ROUNDS, BENCH_DEEP_MBPS, BENCH_SECONDS.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import {
  ApiProcess,
  createBenchDatabase,
  issueAdminToken,
  percentile,
  processCpuMs,
  runBenchmark,
  sleep,
  startApi,
  target,
} from './bench-harness';

const ROUNDS = Number(process.env.BENCH_DEEP_ROUNDS ?? 10);
const MBPS = Number(process.env.BENCH_DEEP_MBPS ?? 2.3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = 4;
const LEVELS = 500_000;
const TARGET_P99_MS = 100;
const DEEP = Buffer.from('['.repeat(LEVELS) + ']'.repeat(LEVELS));

interface Answer {
  status: number;
  ms: number;
}

/** One request over `agent` (keep-alive); resolves once the whole answer is in. */
function send(base: URL, agent: Agent, method: string, path: string, headers: Record<string, string>, body?: Buffer) {
  return new Promise<Answer>((resolve, reject) => {
    const started = performance.now();
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path,
        agent,
        headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Samples health/live back to back until `until` settles (or for `seconds` when it is a number). */
async function sampleHealth(base: URL, until: Promise<unknown> | number): Promise<Answer[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const answers: Answer[] = [];
  let done = false;
  if (typeof until === 'number') setTimeout(() => (done = true), until * 1000);
  else void until.finally(() => (done = true));
  while (!done) answers.push(await send(base, agent, 'GET', '/api/health/live', {}));
  agent.destroy();
  return answers;
}

interface AttackPlan {
  label: string;
  headers: Record<string, string>;
  expected: number;
  /** Per client: at most this many MB/s (none: as fast as answers come). */
  mbps?: number;
  /** Per client: this many requests, or for this many seconds. */
  rounds?: number;
  seconds?: number;
}

/** Four clients, each sending deep bodies one after another as the plan says; every answer. */
async function attack(base: URL, plan: AttackPlan): Promise<Answer[]> {
  const started = performance.now();
  const interval = plan.mbps ? (DEEP.length / 1e6 / plan.mbps) * 1000 : 0;
  const more = (i: number) =>
    plan.rounds !== undefined ? i < plan.rounds : performance.now() - started < (plan.seconds ?? 0) * 1000;
  const clients = Array.from({ length: CLIENTS }, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const answers: Answer[] = [];
    for (let i = 0; more(i); i++) {
      const wait = started + i * interval - performance.now();
      if (wait > 0) await sleep(wait);
      answers.push(
        await send(base, agent, 'POST', '/api/backups', { 'content-type': 'application/json', ...plan.headers }, DEEP),
      );
    }
    agent.destroy();
    return answers;
  });
  return (await Promise.all(clients)).flat();
}

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(1));

function healthLine(label: string, answers: Answer[], seconds: number): string {
  const times = answers.map((a) => a.ms);
  const notOk = answers.filter((a) => a.status !== 200).length;
  return (
    `${label}: ${(answers.length / seconds).toFixed(0)} req/s, p50 ${ms(percentile(times, 50))} ms, ` +
    `p99 ${ms(percentile(times, 99))} ms, max ${ms(Math.max(...times))} ms (${answers.length} requests, ${notOk} not 200)`
  );
}

function statusCounts(answers: Answer[]): string {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} × ${status}`).join(', ');
}

async function main(): Promise<void> {
  const db = await createBenchDatabase('zdm_bench_deep');
  let api: ApiProcess | undefined;
  try {
    api = await startApi({ databaseUrl: db.url });
    const base = new URL(api.url);
    const token = await issueAdminToken(api.url);
    process.stdout.write(
      `deep-JSON attack: ${CLIENTS} clients, each ${ROUNDS} POST /api/backups of ${(DEEP.length / 1e6).toFixed(1)} MB ` +
        `(${LEVELS.toLocaleString('en')} levels) at most ${MBPS} MB/s; health/live sampled back to back\n`,
    );

    const baseline = await sampleHealth(base, SECONDS);
    process.stdout.write(`${healthLine('health/live alone', baseline, SECONDS)}\n`);

    const plans: AttackPlan[] = [
      { label: 'anonymous attack', headers: {}, expected: 401, mbps: MBPS, rounds: ROUNDS },
      {
        label: 'attack with a token',
        headers: { authorization: `Bearer ${token}` },
        expected: 400,
        mbps: MBPS,
        rounds: ROUNDS,
      },
      { label: 'unthrottled anonymous flood', headers: {}, expected: 401, seconds: SECONDS },
    ];
    const lines: string[] = [];
    for (const plan of plans) {
      const cpuBefore = processCpuMs(api.process.pid);
      const started = performance.now();
      const attacking = attack(base, plan);
      const health = await sampleHealth(base, attacking);
      const answers = await attacking;
      const seconds = (performance.now() - started) / 1000;
      const cpu = processCpuMs(api.process.pid);
      const unexpected = answers.filter((a) => a.status !== plan.expected).length;
      const megabytes = (answers.length * DEEP.length) / 1e6;
      process.stdout.write(
        `${healthLine(`health/live during the ${plan.label}`, health, seconds)}\n` +
          `  ${plan.label}: ${statusCounts(answers)}, ${(megabytes / seconds).toFixed(1)} MB/s in all, ` +
          `answer p50 ${ms(
            percentile(
              answers.map((a) => a.ms),
              50,
            ),
          )} ms; ${seconds.toFixed(1)} s; ` +
          `API CPU ${cpu !== undefined && cpuBefore !== undefined ? `${(cpu - cpuBefore).toFixed(0)} ms` : 'n/a'}\n`,
      );
      if (plan === plans[0]) {
        const p99 = percentile(
          health.map((a) => a.ms),
          99,
        );
        lines.push(
          target(
            `/api/health/live p99 < ${TARGET_P99_MS} ms during the ${CLIENTS}-client anonymous deep-JSON attack`,
            p99 !== undefined && p99 < TARGET_P99_MS && health.every((a) => a.status === 200),
            `p99 ${ms(p99)} ms, ${health.length} samples`,
          ),
        );
      }
      lines.push(
        target(
          `every deep-JSON request of the ${plan.label} answered ${plan.expected}`,
          unexpected === 0,
          statusCounts(answers),
        ),
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await api?.stop();
    await db.drop();
  }
}

runBenchmark(main);
