/**
 * Framework ceiling (`npm run bench:ceiling`, after `npm run build`): the same trivial answer
 * served by raw Fastify and through the whole Nest app, in one run, on this machine.
 *
 *   raw  GET /ping      Fastify alone, answering the exact JSON the Nest health route answers
 *                       (fresh requestID and timestamp per request, like the envelope)
 *   raw  GET /ping-db   the same, plus `SELECT 1` through a pg pool (what the health route's
 *                       database check costs), when PostgreSQL is reachable
 *   nest GET /api/health the built app (dist/): request id, helmet, CORS, pino-http, global guard
 *                       (public route), validation pipe, envelope interceptor, terminus (database
 *                       ping + header-CLI check)
 *
 * Each server runs in its own process (this file re-spawned with `--serve-raw`, and
 * dist/apps/api/src/main.js); autocannon drives them one after the other from this process, with a
 * warm-up first. Prints req/s, p50/p99 and the ratios, and a `BENCH_RESULT {json}` line for
 * bench/run-all.js. Settings: DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a
 * fresh database is created there and dropped afterwards; unreachable → the app runs on embedded
 * PGlite and /ping-db is skipped), BENCH_SECONDS (10), BENCH_CONNECTIONS (16), BENCH_WARMUP_SECONDS (2).
 */
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client, Pool } from 'pg';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP_SECONDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const MAIN = process.env.BENCH_APP_MAIN ?? resolve(__dirname, '../apps/api/src/main.js');

interface Measured {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

// ---- the raw Fastify server (child process) ----------------------------------------------------------

async function serveRaw(port: number, template: string, databaseUrl?: string): Promise<void> {
  // Loaded here so the driver does not pay for it.
  const fastify = (await import('fastify')).default;
  const app = fastify({ logger: false });
  const pool = databaseUrl ? new Pool({ connectionString: databaseUrl, max: 10 }) : undefined;
  const body = JSON.parse(template) as Record<string, unknown>;
  const answer = () => ({ ...body, requestID: randomUUID(), timestamp: localTimestamp(new Date()) });
  app.get('/ping', async () => answer());
  if (pool) {
    app.get('/ping-db', async () => {
      await pool.query('SELECT 1');
      return answer();
    });
  }
  await app.listen({ port, host: '127.0.0.1' });
  process.stdout.write('ready\n');
  const stop = () => {
    void app
      .close()
      .then(() => pool?.end())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** `YYYY-MM-DD HH:mm:ss` in the process zone: the same formatting work the envelope does. */
function localTimestamp(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}`;
}

// ---- the driver -------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const database = await freshDatabase();
  const nestPort = await freePort();
  const rawPort = await freePort();
  const children: ChildProcess[] = [];
  try {
    const nest = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        ...(database ? { DATABASE_URL: database.url } : { DATABASE_URL: '' }),
        HOST: '127.0.0.1',
        PORT: String(nestPort),
        JWT_SECRET: randomBytes(24).toString('hex'),
        ADMIN_PASSWORD: 'ceiling-password-123',
        DEMO: 'true',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'zdm-ceiling-')),
        BACKUP_REPOSITORY_PATH: mkdtempSync(join(tmpdir(), 'zdm-ceiling-repo-')),
        IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.push(nest);
    const nestBase = `http://127.0.0.1:${nestPort}`;
    await waitFor(`${nestBase}/api/health`, nest);
    const template = await (await fetch(`${nestBase}/api/health`)).text();

    const rawServer = spawn(
      process.execPath,
      [__filename, '--serve-raw', String(rawPort), template, database?.url ?? ''],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    children.push(rawServer);
    await new Promise<void>((ready, fail) => {
      rawServer.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && ready());
      rawServer.once('exit', (code) => fail(new Error(`raw server exited with ${code}`)));
    });
    const rawBase = `http://127.0.0.1:${rawPort}`;

    const issued = await fetch(`${nestBase}/api/auth/issue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@zdm.local', password: 'ceiling-password-123' }),
    });
    const token = ((await issued.json()) as { data: { token: string } }).data.token;

    // [name, url, headers, expected status]: the last one is the comparison the ratio is about.
    const targets: [string, string, Record<string, string>, number][] = [
      ['raw Fastify GET /ping', `${rawBase}/ping`, {}, 200],
      ...(database
        ? [
            ['raw Fastify GET /ping-db (SELECT 1)', `${rawBase}/ping-db`, {}, 200] as [
              string,
              string,
              Record<string, string>,
              number,
            ],
          ]
        : []),
      ['Nest app: unknown route (404 through the exception filter)', `${nestBase}/api/no-such-route`, {}, 404],
      [
        'Nest app GET /api/zdms/1 (guard: token + user lookup, one query)',
        `${nestBase}/api/zdms/1`,
        { authorization: `Bearer ${token}` },
        200,
      ],
      ['Nest app GET /api/health', `${nestBase}/api/health`, {}, 200],
    ];
    const results: Measured[] = [];
    for (const [name, url, headers, status] of targets) {
      await run({ url, headers, connections: CONNECTIONS, duration: WARMUP });
      const r = await run({ url, headers, connections: CONNECTIONS, duration: SECONDS });
      const answered = status === 200 ? r['2xx'] : r['4xx'];
      results.push({
        name,
        requestsPerSecond: answered / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        non2xx: status === 200 ? r.non2xx : r['2xx'] + r['5xx'],
        errors: r.errors,
      });
    }

    const raw = results[0];
    const rawDb = database ? results[1] : undefined;
    const health = results[results.length - 1];
    const lines = [
      `# framework ceiling — ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s each after ${WARMUP} s warm-up`,
      `database: ${database ? 'PostgreSQL (fresh database)' : 'embedded PGlite (PostgreSQL unreachable)'}`,
      '',
      '| target | req/s | p50 ms | p99 ms | share of raw /ping |',
      '|---|---:|---:|---:|---:|',
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${((100 * r.requestsPerSecond) / raw.requestsPerSecond).toFixed(1)} % |`,
      ),
      '',
      `ratio: Nest GET /api/health serves ${(health.requestsPerSecond / raw.requestsPerSecond).toFixed(3)}x the req/s of raw GET /ping` +
        (rawDb ? ` and ${(health.requestsPerSecond / rawDb.requestsPerSecond).toFixed(3)}x of raw GET /ping-db` : ''),
      '',
      ...results
        .filter((r) => r.non2xx || r.errors)
        .map((r) => `warning: ${r.name}: ${r.non2xx} non-2xx, ${r.errors} errors`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    process.stdout.write(
      `BENCH_RESULT ${JSON.stringify({ bench: 'framework-ceiling', connections: CONNECTIONS, seconds: SECONDS, database: database ? 'postgres' : 'pglite', results, ratio: health.requestsPerSecond / raw.requestsPerSecond })}\n`,
    );
    if (results.some((r) => r.non2xx || r.errors)) process.exitCode = 1;
  } finally {
    for (const child of children) {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
    await database?.drop();
  }
}

function run(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((done, fail) => {
    autocannon(options, (error, result) => (error ? fail(error) : done(result)));
  });
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from ${url} within 60 s`);
}

/** A fresh database on SERVER_URL, or undefined when PostgreSQL is not reachable. */
async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const name = `zdm_ceiling_${Date.now()}_${randomBytes(3).toString('hex')}`;
  try {
    await adminQuery(`CREATE DATABASE ${name}`);
  } catch (error) {
    process.stderr.write(
      `PostgreSQL at ${SERVER_URL} not usable (${(error as Error).message}); using embedded PGlite\n`,
    );
    return undefined;
  }
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: SERVER_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

if (process.argv[2] === '--serve-raw') {
  serveRaw(Number(process.argv[3]), process.argv[4], process.argv[5] || undefined).catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  });
} else {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
