/**
 * What the HTTP benchmarks (register, scheduler, agents) share: a fresh PostgreSQL database per run,
 * the built API (dist/) spawned in its own process on a free loopback port, a small JSON client for
 * its routes, the API process's CPU time, percentiles, and the `target … met / NOT met` lines
 * bench/run-all.js picks up.
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

/** The PostgreSQL server benchmarks create their database on (DATABASE_URL). */
export const DATABASE_SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The administrator the spawned API bootstraps (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const BENCH_ADMIN = { email: 'bench@zdm.local', password: 'bench-password-123' };

const MAIN = resolve(__dirname, '../apps/api/src/main.js');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, Math.max(0, ms)));

// ---- the database ---------------------------------------------------------------------------------

export interface BenchDatabase {
  /** Connection string of the new database. */
  url: string;
  /** Drops it (WITH FORCE: connections the API left open do not block it). */
  drop(): Promise<void>;
}

/** A new, empty database `<prefix>_<time>_<random>` on DATABASE_SERVER_URL. */
export async function createBenchDatabase(prefix: string): Promise<BenchDatabase> {
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  await serverQuery(`CREATE DATABASE ${name}`);
  const url = new URL(DATABASE_SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => serverQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function serverQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: DATABASE_SERVER_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// ---- the API process ------------------------------------------------------------------------------

export interface ApiProcess {
  process: ChildProcess;
  /** `http://127.0.0.1:<port>` (routes are under `/api`). */
  url: string;
  /** Signals the process (SIGTERM unless told) and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface ApiOptions {
  databaseUrl: string;
  /** Settings on top of the benchmark defaults (demo inventory, warn logs, no catalog refresh). */
  env?: Record<string, string>;
  /**
   * The app's own defaults for logs, catalog refresh and NODE_ENV, as `npm start` runs it, instead
   * of the benchmark's (the demo inventory, secrets and directories are still set).
   */
  asShipped?: boolean;
  /** The built app's main.js (default: this build's). */
  main?: string;
  /** Node flags for the API process (e.g. `--cpu-prof`). */
  nodeArgs?: string[];
  /** Several processes of one deployment share it, so a token of one is valid on all. */
  jwtSecret?: string;
}

/** Spawns the built API on a free loopback port and waits until `GET /api/health` answers 200. */
export async function startApi(options: ApiOptions): Promise<ApiProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const benchDefaults = options.asShipped
    ? {}
    : { IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'production' };
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.main ?? MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_SECRET: options.jwtSecret ?? randomBytes(32).toString('hex'),
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      DEMO: 'true',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'zdm-bench-')),
      BACKUP_REPOSITORY_PATH: mkdtempSync(join(tmpdir(), 'zdm-bench-repo-')),
      ...benchDefaults,
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const api: ApiProcess = {
    process: child,
    url,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill(signal);
      await exited;
    },
  };
  try {
    await waitForHealth(api);
  } catch (error) {
    await api.stop('SIGKILL');
    throw error;
  }
  return api;
}

async function waitForHealth(api: ApiProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.process.exitCode !== null) throw new Error(`the API exited with code ${api.process.exitCode}`);
    try {
      if ((await fetch(`${api.url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error('the API did not become healthy within 60 s');
}

/** A TCP port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** user+sys CPU time of a process in ms (Linux /proc), or undefined elsewhere. */
export function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ 100)
  } catch {
    return undefined;
  }
}

// ---- HTTP -----------------------------------------------------------------------------------------

export interface ApiAnswer<T> {
  status: number;
  /** The parsed envelope; undefined for an empty body (204). */
  body?: { data: T; code?: string };
}

/** One JSON call to `${url}/api${path}`. */
export async function callApi<T>(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<ApiAnswer<T>> {
  const res = await fetch(`${url}/api${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as ApiAnswer<T>['body']) : undefined };
}

/** A bearer token of BENCH_ADMIN. */
export async function issueAdminToken(url: string): Promise<string> {
  const res = await callApi<{ token: string }>(url, 'POST', '/auth/issue', {}, BENCH_ADMIN);
  if (res.status !== 201) throw new Error(`token issue failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body!.data.token;
}

/** One autocannon run to its end. */
export function autocannonRun(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((done, fail) => {
    autocannon(options, (error, result) => (error ? fail(error) : done(result)));
  });
}

// ---- figures --------------------------------------------------------------------------------------

/** The nearest-rank percentile `p` (0–100) of `values`; undefined when there are none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** `  latency    p50 … ms, p90 … ms, p99 … ms, max … ms` (the layout bench/run-all.js reads). */
export function latencyLine(result: autocannon.Result): string {
  const { p50, p90, p99, max } = result.latency;
  return `  latency    p50 ${p50} ms, p90 ${p90} ms, p99 ${p99} ms, max ${max} ms`;
}

/**
 * autocannon on `path` of every instance at once (`connections` spread over them) until `stop`,
 * which answers the runs merged: percentiles the worst of each (an upper bound), counts summed.
 */
export function spreadLoad(bases: string[], path: string, connections: number, headers: Record<string, string>) {
  const per = Math.max(1, Math.round(connections / bases.length));
  const results: Promise<autocannon.Result>[] = [];
  const instances = bases.map((base) => {
    let instance!: autocannon.Instance;
    results.push(
      new Promise<autocannon.Result>((done, fail) => {
        instance = autocannon({ url: `${base}${path}`, connections: per, duration: 120, headers }, (error, result) =>
          error ? fail(error) : done(result),
        );
      }),
    );
    return instance;
  });
  return {
    stop: async () => {
      for (const instance of instances) instance.stop();
      return mergedLoad(await Promise.all(results));
    },
  };
}

function mergedLoad(results: autocannon.Result[]): autocannon.Result {
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

/** A load's title, its counts and its latency line. */
export function reportLoad(title: string, result: autocannon.Result): void {
  process.stdout.write(
    `\n${title}\n  ${result['2xx']} ok, ${result.non2xx} non-2xx, ${result.errors} errors in ${result.duration.toFixed(1)} s` +
      `\n${latencyLine(result)}\n`,
  );
}

/** `target <title>: met (<measured>)` or `… NOT met …`, one line. */
export function target(title: string, met: boolean, measured: string): string {
  return `target ${title}: ${met ? 'met' : 'NOT met'} (${measured})`;
}

/** Runs a benchmark's main; a failure prints its stack and exits 1. */
export function runBenchmark(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
