import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  generateSampleRepository,
  SEED_IMAGES,
  SEED_SERVER,
  writeSampleImage,
  writeSeedImages,
} from '@zdm/image-format';
import { BUILD_TIMEOUT_MS, builtApp } from '../support/built-app';
import { leaksIn } from '../support/hostile-input';
import { unpackMigratedTemplate } from '../support/pglite-template';
import { TcpProxy } from '../support/tcp-proxy';
import { createProxiedTestApp, createTestApp, TestApp } from '../support/test-app';

/**
 * Issue 6.3 — faults under load, over real HTTP:
 * - PostgreSQL cut (TcpProxy) while requests are in flight: 503 within 2 s, health down, nothing
 *   half-written, recovery without a restart (PostgreSQL runs only; PGlite is in-process).
 * - the header CLI hanging, crashing, printing garbage or flooding during image-listing load: answers
 *   per the contract, event-loop delay below 100 ms, other routes keep their latency.
 * - SIGTERM to the built app (dist/, embedded database) under load: in-flight requests complete with
 *   2xx, new connections are refused, exit code 0, and what was answered 201 is on disk (PGlite runs
 *   only: the spawned app always uses the embedded database).
 */
jest.setTimeout(120_000);

const onPostgres = Boolean(process.env.DATABASE_URL);
const ROOT = resolve(__dirname, '../..');
const FIXTURES = join(ROOT, 'libs/images/test-fixtures');
const SERVER = { center: '1', server: 'server-01', repository: { type: 'nfs', path: '/backup/server-01' } };
const DAILY = { type: 3, basic: { time: '02:00' } };

interface Sample {
  kind: string;
  start: number;
  end: number;
  status: number | 'error';
  body: string;
  error?: string;
  jobNames?: string[];
}

interface LoadRequest {
  kind: string;
  method: string;
  path: string;
  payload?: unknown;
  jobNames?: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TIMING = process.env.RELIABILITY_TIMING === '1';

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** One request over real HTTP, timed; network errors are samples too. */
async function send(
  base: string,
  headers: Record<string, string>,
  request: LoadRequest,
  leaks: string[],
): Promise<Sample> {
  const start = Date.now();
  const body = request.payload === undefined ? undefined : JSON.stringify(request.payload);
  try {
    const res = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers:
        body === undefined
          ? { authorization: headers.authorization ?? '' }
          : { ...headers, 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(15_000),
    });
    const text = await res.text();
    leaks.push(...leaksIn(text, { url: request.path, payload: body }));
    return { kind: request.kind, start, end: Date.now(), status: res.status, body: text, jobNames: request.jobNames };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return {
      kind: request.kind,
      start,
      end: Date.now(),
      status: 'error',
      body: '',
      error: cause?.code ?? String(error),
      jobNames: request.jobNames,
    };
  }
}

/** `workers` loops sending `next()` until `stop()` says so; every answer is a sample. */
async function load(options: {
  base: string;
  headers: Record<string, string>;
  workers: number;
  next: (worker: number, n: number) => LoadRequest;
  stop: () => boolean;
  /** Told of every request as it is sent (its start time). */
  sent?: (start: number) => void;
  pauseMs?: number;
  leaks: string[];
}): Promise<Sample[]> {
  const samples: Sample[] = [];
  await Promise.all(
    Array.from({ length: options.workers }, async (_, worker) => {
      for (let n = 0; !options.stop(); n++) {
        options.sent?.(Date.now());
        samples.push(await send(options.base, options.headers, options.next(worker, n), options.leaks));
        if (options.pauseMs) await sleep(options.pauseMs);
      }
    }),
  );
  return samples;
}

async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
}

describe('Faults under load', () => {
  (onPostgres ? describe : describe.skip)('PostgreSQL unreachable while requests are in flight', () => {
    let t: TestApp;
    let proxy: TcpProxy;
    let close: (() => Promise<void>) | undefined;
    let base: string;
    let headers: Record<string, string>;

    beforeAll(async () => {
      ({ t, proxy, close } = await createProxiedTestApp());
      base = await listen(t);
      headers = await t.auth();
    });
    afterAll(async () => {
      await close?.();
    });

    it('answers 503 within 2 s, reports the database down, writes nothing half-way and recovers without a restart', async () => {
      const leaks: string[] = [];
      const started = Date.now();
      const CUT_AT = 1000;
      const RESTORE_AT = 4000;
      const STOP_AT = 8000;
      let cutAt = Infinity;
      let restoreAt = Infinity;
      let sentAfterRecovery = 0;
      const timeline = (async () => {
        await sleep(CUT_AT);
        cutAt = Date.now();
        await proxy.cut();
        await sleep(RESTORE_AT - CUT_AT);
        restoreAt = Date.now();
        await proxy.restore();
      })();
      const samples = await load({
        base,
        headers,
        workers: 12,
        pauseMs: 5,
        leaks,
        // Past STOP_AT, and enough requests sent well after the restore (a loaded machine sends fewer
        // per second: the load goes on until they are there, within a bound that only catches a hang).
        stop: () => {
          const elapsed = Date.now() - started;
          if (elapsed > 60_000) return true;
          return elapsed > STOP_AT && sentAfterRecovery >= 12;
        },
        sent: (start) => {
          if (start > restoreAt + 3000) sentAfterRecovery++;
        },
        next: (worker, n): LoadRequest => {
          switch (n % 4) {
            case 0:
            case 1: {
              const jobName = `load-${worker}-${n}`;
              return {
                kind: 'register',
                method: 'POST',
                path: '/api/backups',
                payload: { ...SERVER, type: 'full', partition: [], jobName, schedule: DAILY },
                jobNames: [`${jobName}_ROOT`, `${jobName}_home`],
              };
            }
            case 2:
              return { kind: 'list', method: 'GET', path: '/api/backups?limit=5&sort=desc' };
            default:
              return worker % 3 === 0
                ? { kind: 'health', method: 'GET', path: '/api/health' }
                : { kind: 'servers', method: 'GET', path: '/api/servers' };
          }
        },
      });
      await timeline;

      expect(leaks).toEqual([]);
      // Never a 500, never a dropped connection: 2xx before and after, 503 in between.
      const odd = samples.filter(
        (s) =>
          s.status === 'error' ||
          (s.status >= 500 && s.status !== 503) ||
          (typeof s.status === 'number' && s.status >= 300 && s.status < 500),
      );
      expect(odd.map((s) => `${s.kind} ${s.status} ${s.error ?? s.body.slice(0, 200)}`)).toEqual([]);

      // In flight at the cut, or sent during the outage: answered within 2 s.
      const outage = samples.filter((s) => s.end > cutAt && s.start < restoreAt);
      expect(outage.length).toBeGreaterThan(20);
      // Answered, not hung: the 2 s bound is the reliability bench's (RELIABILITY_TIMING=1) on a loaded machine.
      const slow = outage.filter((s) => s.end - Math.max(s.start, cutAt) >= (TIMING ? 2000 : 15_000));
      expect(slow.map((s) => `${s.kind} ${s.status} took ${s.end - s.start} ms`)).toEqual([]);
      const sentDuringOutage = samples.filter((s) => s.start >= cutAt + 50 && s.end <= restoreAt);
      expect(sentDuringOutage.length).toBeGreaterThan(10);
      for (const s of sentDuringOutage) {
        expect(s.status).toBe(503);
        expect(JSON.parse(s.body)).toMatchObject({ success: false, code: 'DATABASE_UNAVAILABLE' });
      }
      const healthDown = sentDuringOutage.filter((s) => s.kind === 'health');
      expect(healthDown.length).toBeGreaterThan(0);
      for (const s of healthDown)
        expect(JSON.parse(s.body)).toMatchObject({ detail: { status: 'down', database: { status: 'down' } } });

      // Recovery without a restart: everything sent 3 s after the restore succeeds.
      const late = samples.filter((s) => s.start > restoreAt + 3000);
      expect(late.length).toBeGreaterThan(10);
      expect(late.filter((s) => s.status !== 200 && s.status !== 201).map((s) => `${s.kind} ${s.status}`)).toEqual([]);
      expect(late.some((s) => s.kind === 'register' && s.status === 201)).toBe(true);

      // Nothing half-written: every job with its schedule row, no schedule without its job, every
      // job answered `success` is stored. A job stored but answered as failed can only be one whose
      // COMMIT reached the server while the connection died (its acknowledgement lost).
      const reported = new Set<string>();
      for (const s of samples.filter((x) => x.kind === 'register' && x.status === 201)) {
        for (const r of JSON.parse(s.body).data.results as { state: string; jobName: string }[])
          if (r.state === 'success') reported.add(r.jobName);
      }
      const stored = await t.dataSource.query(
        `SELECT b.name, s.job_name AS schedule_job FROM backup_jobs b LEFT JOIN schedules s ON s.id = b.basic_schedule_id WHERE b.name LIKE 'load-%'`,
      );
      expect(stored.filter((r: { name: string; schedule_job: string | null }) => r.schedule_job !== r.name)).toEqual(
        [],
      );
      const storedNames = new Set<string>(stored.map((r: { name: string }) => r.name));
      expect([...reported].filter((name) => !storedNames.has(name))).toEqual([]);
      const inFlightAtCut = samples
        .filter((s) => s.kind === 'register' && s.start < cutAt && s.end > cutAt)
        .flatMap((s) => s.jobNames ?? []);
      const unreported = [...storedNames].filter((name) => !reported.has(name));
      expect(unreported.filter((name) => !inFlightAtCut.includes(name))).toEqual([]);
      const [{ orphans }] = await t.dataSource.query(
        `SELECT count(*)::int AS orphans FROM schedules s WHERE NOT EXISTS (SELECT 1 FROM backup_jobs b WHERE b.basic_schedule_id = s.id OR b.advanced_schedule_id = s.id)`,
      );
      expect(orphans).toBe(0);
      const [health] = [await send(base, headers, { kind: 'health', method: 'GET', path: '/api/health' }, leaks)];
      expect(health.status).toBe(200);
      process.stdout.write(
        `\nPostgreSQL outage: ${samples.length} requests, ${outage.length} during the outage (max ${Math.max(...outage.map((s) => s.end - Math.max(s.start, cutAt)))} ms), ` +
          `${reported.size} jobs registered, ${unreported.length} stored with a lost acknowledgement\n`,
      );
    });
  });

  describe('header CLI misbehaving during image-listing load', () => {
    let repo: string;
    let bin: string;
    let t: TestApp;
    let base: string;
    let headers: Record<string, string>;
    /** One app for every scenario: IMAGE_HEADER_CLI is a switch script that runs the fixture named in `current`. */
    const useCli = (script: string) => writeFileSync(join(bin, 'current'), join(FIXTURES, script));

    beforeAll(async () => {
      for (const name of readdirSync(FIXTURES)) if (name.endsWith('.sh')) chmodSync(join(FIXTURES, name), 0o755);
      repo = mkdtempSync(join(tmpdir(), 'zdm-reliability-images-'));
      writeSeedImages(repo);
      generateSampleRepository({ dir: join(repo, 'generated'), servers: 3, images: 60, seedServer: false });
      // crash-mid-batch.sh dies on this one: it must be skipped, the others listed. (In a subdirectory:
      // the root's files come first in a batch; a crash on a batch's first path is its own test below.)
      mkdirSync(join(repo, 'crash'));
      writeSampleImage(join(repo, 'crash', 'CRASH_[2026-01-08_00_00].ZIA'), {
        ...SEED_IMAGES[0],
        name: 'CRASH_[2026-01-08_00_00].ZIA',
      });
      bin = mkdtempSync(join(tmpdir(), 'zdm-reliability-cli-'));
      writeFileSync(join(bin, 'header-cli'), `#!/bin/sh\nexec "$(cat "$(dirname "$0")/current")" "$@"\n`, {
        mode: 0o755,
      });
      useCli('crash-mid-batch.sh');
      t = await createTestApp({
        BACKUP_REPOSITORY_PATH: repo,
        IMAGE_HEADER_CLI: join(bin, 'header-cli'),
        IMAGE_CATALOG_FRESHNESS_MS: '0', // every listing refreshes: the CLI runs under load
        // A listing waits for its refresh however loaded the machine is (a refresh slower than the
        // default 2 s would answer the previous CLI's failure, which depends on load, not on the CLI).
        IMAGE_CATALOG_MAX_WAIT_MS: '30000',
        IMAGE_HEADER_TIMEOUT_MS: '1000', // hang.sh is killed after 1 s
        IMAGE_HEADER_MAX_OUTPUT_BYTES: String(1024 * 1024), // flood.sh is killed after 1 MiB
      });
      base = await listen(t);
      headers = await t.auth();
    });
    afterAll(async () => {
      await t?.close();
      for (const dir of [repo, bin]) if (dir) rmSync(dir, { recursive: true, force: true });
    });

    /** Processes of a fixture CLI still running on this repository (the reader kills whole process groups). */
    const leftovers = () =>
      execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes(repo) && !line.includes('ps -eo'));

    const SEED_URL = `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}`;
    const FAILED = /^백업 이미지 조회 실패: .+/;

    // The failing CLIs first: they leave (almost) nothing in the catalog, so each listing runs the CLI again.
    it.each([
      ['hang.sh', 'fails'],
      ['garbage.sh', 'fails'],
      ['flood.sh', 'fails'],
      ['stderr-fail.sh', 'fails'],
      ['crash-mid-batch.sh', 'lists'],
    ] as const)(
      '%s: answers per the contract, the event loop stays responsive, other routes keep their latency',
      async (script, expected) => {
        // A cold catalog for every scenario (what one CLI stored must not change what the next one is asked).
        for (let i = 0; i < 30 && leftovers().length > 0; i++) await sleep(100);
        await t.dataSource.query('DELETE FROM image_headers');
        useCli(script);
        const leaks: string[] = [];
        const bystander = (kind: string) =>
          send(base, headers, { kind, method: 'GET', path: kind === 'health' ? '/api/health' : '/api/servers' }, leaks);
        // Latency of other routes without load.
        const baseline: number[] = [];
        for (let i = 0; i < 20; i++) {
          const s = await bystander(i % 2 ? 'health' : 'servers');
          baseline.push(s.end - s.start);
        }

        const delay = monitorEventLoopDelay({ resolution: 10 });
        delay.enable();
        const started = Date.now();
        const stop = () => Date.now() - started > 2500;
        const [listings, others] = await Promise.all([
          load({
            base,
            headers,
            workers: 4,
            leaks,
            stop,
            next: (w, n) => ({ kind: 'images', method: 'GET', path: n % 3 === 0 ? `${SEED_URL}?sort=desc` : SEED_URL }),
          }),
          load({
            base,
            headers,
            workers: 1,
            leaks,
            stop,
            pauseMs: 20,
            next: (w, n) => ({
              kind: n % 2 ? 'health' : 'servers',
              method: 'GET',
              path: n % 2 ? '/api/health' : '/api/servers',
            }),
          }),
        ]);
        delay.disable();

        const p99 = delay.percentile(99) / 1e6;
        const max = delay.max / 1e6;
        const latencies = others.map((s) => s.end - s.start);
        process.stdout.write(
          `\n${script}: ${listings.length} listings (${listings.filter((s) => s.status === 500).length} x 500), event-loop delay p99 ${p99.toFixed(1)} ms max ${max.toFixed(1)} ms; ` +
            `other routes p50/p95/max ${percentile(baseline, 50)}/${percentile(baseline, 95)}/${Math.max(...baseline)} ms idle → ${percentile(latencies, 50)}/${percentile(latencies, 95)}/${Math.max(...latencies)} ms under load\n`,
        );
        expect(leaks).toEqual([]);
        expect(
          others.filter((s) => s.status !== 200).map((s) => `${s.kind} ${s.status} ${s.body.slice(0, 120)}`),
        ).toEqual([]);
        expect(listings.length).toBeGreaterThan(4);
        for (const s of listings) {
          expect(s.status === 200 || s.status === 500).toBe(true);
          const body = JSON.parse(s.body);
          if (s.status === 500) {
            // The seed's error body: `error: { code, message }`, ISO-UTC timestamp.
            expect(body).toEqual({
              success: false,
              requestID: expect.any(String),
              error: { code: 'INTERNAL_SERVER_ERROR', message: expect.stringMatching(FAILED) },
              timestamp: expect.stringMatching(/Z$/),
            });
          } else {
            expect(body.success).toBe(true);
            for (const image of body.data.images) expect(image.server).toBe(SEED_SERVER);
            expect(body.data.images.some((i: { name: string }) => i.name.includes('CRASH'))).toBe(false);
          }
        }
        if (expected === 'fails') expect(listings.some((s) => s.status === 500)).toBe(true);
        else expect(listings.filter((s) => s.status !== 200).map((s) => s.body.slice(0, 200))).toEqual([]);
        // Wall-clock targets depend on the machine being idle, so `npm test` only prints them; the
        // reliability bench (RELIABILITY_TIMING=1) turns them into assertions.
        if (TIMING) {
          expect(p99).toBeLessThan(100);
          // Other routes keep their latency: typical and tail within a small factor of the idle figures.
          expect(percentile(latencies, 50)).toBeLessThan(Math.max(50, 3 * percentile(baseline, 50)));
          expect(percentile(latencies, 95)).toBeLessThan(Math.max(200, 5 * percentile(baseline, 95)));
        }
        await sleep(50);
        if (script !== 'hang.sh') expect(leftovers()).toEqual([]); // a hung CLI of the last listing may still be within its 1 s
      },
    );

    it('leaves no CLI process behind', async () => {
      await sleep(1200); // the last hang.sh (if any) reaches its time limit
      expect(leftovers()).toEqual([]);
    });

    it('an image that crashes the CLI as the first path of a batch is skipped too, not a 500', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zdm-reliability-crash-first-'));
      // The root's files are the first paths of the batch: the CLI dies before printing anything.
      writeSampleImage(join(dir, 'CRASH_[2026-01-08_00_00].ZIA'), {
        ...SEED_IMAGES[0],
        name: 'CRASH_[2026-01-08_00_00].ZIA',
      });
      writeSeedImages(dir, { subdir: 'seed' });
      const app = await createTestApp({
        BACKUP_REPOSITORY_PATH: dir,
        IMAGE_HEADER_CLI: join(FIXTURES, 'crash-mid-batch.sh'),
        IMAGE_CATALOG_FRESHNESS_MS: '0',
      });
      try {
        const res = await app.app.inject({ method: 'GET', url: SEED_URL, headers: await app.auth() });
        expect(leaksIn(res.body, { url: SEED_URL })).toEqual([]);
        expect({ status: res.statusCode, error: res.json().error }).toEqual({ status: 200, error: undefined });
        expect(
          res
            .json()
            .data.images.map((i: { name: string }) => i.name)
            .sort(),
        ).toEqual(SEED_IMAGES.map((i) => i.name).sort());
      } finally {
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  (onPostgres ? describe.skip : describe)('SIGTERM to the built app under load (embedded database)', () => {
    let dataDir: string | undefined;
    let repo: string | undefined;
    let child: ChildProcess | undefined;
    let builtMain: string;
    /** The file the slow header CLI touches when it starts (SLOW_CLI_STARTED). */
    let cliStarted = '';
    beforeAll(async () => {
      builtMain = builtApp();
      for (const name of readdirSync(FIXTURES)) if (name.endsWith('.sh')) chmodSync(join(FIXTURES, name), 0o755);
      dataDir = mkdtempSync(join(tmpdir(), 'zdm-reliability-sigterm-'));
      // The embedded database starts migrated, as the in-process apps' do (pglite-template.ts).
      await unpackMigratedTemplate(dataDir);
      cliStarted = join(dataDir, 'slow-cli-started');
      repo = mkdtempSync(join(tmpdir(), 'zdm-reliability-sigterm-repo-'));
      writeSeedImages(repo);
    }, BUILD_TIMEOUT_MS);
    afterAll(() => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      // beforeAll may have thrown before making them: its own message is the failure to show.
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      if (repo) rmSync(repo, { recursive: true, force: true });
    });

    const ADMIN = { email: 'sigterm@zdm.test', password: 'sigterm-password-1' };

    /** Starts dist/apps/api/src/main.js on the embedded database in `dataDir`; resolves once healthy. */
    async function start(port: number): Promise<{
      child: ChildProcess;
      exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
      output: () => string;
    }> {
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        DEMO: 'true',
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        JWT_SECRET: randomBytes(32).toString('hex'),
        BACKUP_REPOSITORY_PATH: repo,
        // Image listings that stay in flight ~3 s with the event loop free: the CLI is slow.
        IMAGE_HEADER_CLI: join(FIXTURES, 'slow.sh'),
        SLOW_CLI_SECONDS: '3',
        SLOW_CLI_STARTED: cliStarted,
        // The CLI gets only what IMAGE_HEADER_CLI_ENV names besides PATH, LANG and TZ.
        IMAGE_HEADER_CLI_ENV: 'SLOW_CLI_SECONDS,SLOW_CLI_STARTED',
        IMAGE_CATALOG_FRESHNESS_MS: '0',
        IMAGE_CATALOG_MAX_WAIT_MS: '10000',
        IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
        SHUTDOWN_GRACE_MS: '15000',
        LOG_LEVEL: 'warn',
      };
      delete env.DATABASE_URL;
      const proc = spawn(process.execPath, [builtMain], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      proc.stdout!.on('data', (d) => (out += d));
      proc.stderr!.on('data', (d) => (out += d));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
        proc.on('exit', (code, signal) => done({ code, signal })),
      );
      const until = Date.now() + 60_000;
      for (;;) {
        if (proc.exitCode !== null) throw new Error(`the app exited with ${proc.exitCode}:\n${out}`);
        try {
          if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
        } catch {
          // not listening yet
        }
        if (Date.now() > until) throw new Error(`no health within 60 s:\n${out}`);
        await sleep(200);
      }
      return { child: proc, exited, output: () => out };
    }

    const freePort = () =>
      new Promise<number>((done) => {
        const s = createServer();
        s.listen(0, '127.0.0.1', () => {
          const { port } = s.address() as { port: number };
          s.close(() => done(port));
        });
      });

    /** A fresh TCP connection: 'refused' or 'accepted'. */
    const tryConnect = (port: number) =>
      new Promise<string>((done) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          done('accepted');
        });
        socket.once('error', (error: NodeJS.ErrnoException) =>
          done(error.code === 'ECONNREFUSED' ? 'refused' : (error.code ?? 'error')),
        );
      });

    /**
     * A request through a keep-alive agent that never closes idle sockets itself (like many real
     * clients): the server must close them when it shuts down. With `received`, it asks for
     * `100 Continue` (Node's server answers it once it has read the request's head) and calls
     * `received` then: the test knows the server has the request, instead of guessing by time.
     */
    function keepAliveRequest(
      agent: Agent,
      port: number,
      method: string,
      path: string,
      headers: Record<string, string>,
      payload?: unknown,
      received?: () => void,
    ): Promise<Sample> {
      const startedAt = Date.now();
      const body = payload === undefined ? undefined : JSON.stringify(payload);
      return new Promise((done) => {
        const req = httpRequest(
          {
            agent,
            host: '127.0.0.1',
            port,
            method,
            path,
            headers: {
              ...headers,
              ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
              ...(received ? { expect: '100-continue' } : {}),
            },
          },
          (res) => {
            let text = '';
            res.setEncoding('utf8');
            res.on('data', (d) => (text += d));
            res.on('end', () =>
              done({ kind: path, start: startedAt, end: Date.now(), status: res.statusCode ?? 0, body: text }),
            );
          },
        );
        req.on('error', (error: NodeJS.ErrnoException) =>
          done({
            kind: path,
            start: startedAt,
            end: Date.now(),
            status: 'error',
            body: '',
            error: error.code ?? error.message,
          }),
        );
        if (received) req.once('continue', received);
        req.end(body);
      });
    }

    it('lets in-flight requests finish with 2xx, refuses new connections, exits 0, and keeps what it answered', async () => {
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const app = await start(port);
      child = app.child;
      const leaks: string[] = [];
      const issued = await fetch(`${base}/api/auth/issue`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      });
      expect(issued.status).toBe(201);
      const headers = { authorization: `Bearer ${((await issued.json()) as { data: { token: string } }).data.token}` };
      // A server with 250 partitions: registering it is one request that writes for a while.
      const partitions = Array.from({ length: 250 }, (_, i) => ({
        letter: `/data${i}`,
        device: `/dev/sd${i}`,
        filesystem: 'xfs',
        size: 1024,
      }));
      const server = await send(
        base,
        headers,
        {
          kind: 'server',
          method: 'POST',
          path: '/api/servers',
          payload: { name: 'bulk-server (10.0.0.9)', center: '1', os: 'lin', partitions },
        },
        leaks,
      );
      expect(server.status).toBe(201);

      /** Polls `probe` (each call one event to look for) until it holds; no fixed delay orders the work. */
      const until = async (what: string, probe: () => Promise<boolean> | boolean) => {
        for (const deadline = Date.now() + 30_000; !(await probe()); await sleep(10)) {
          if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        }
      };
      rmSync(cliStarted, { force: true });

      const agent = new Agent({ keepAlive: true, maxSockets: 64 });
      const imagesPath = `/api/v1/backups/images/server/${encodeURIComponent(SEED_SERVER)}`;
      let heard = 0;
      const hear = () => void heard++;
      const listings = Array.from({ length: 20 }, () =>
        keepAliveRequest(agent, port, 'GET', imagesPath, headers, undefined, hear),
      );
      const registration = keepAliveRequest(
        agent,
        port,
        'POST',
        '/api/backups',
        headers,
        {
          center: '1',
          server: 'bulk-server (10.0.0.9)',
          type: 'full',
          partition: [],
          repository: { type: 'nfs', path: '/backup' },
          jobName: 'term',
          schedule: DAILY,
        },
        hear,
      );
      // The listings wait for the (slow) header CLI once it has started, and the registration sent
      // with them writes its 250 jobs (one transaction each) meanwhile: the signal comes once the
      // server has read all 21 requests (each answered 100 Continue) and the CLI has started.
      await until('the server to have read every request', () => heard === 21);
      await until('the header CLI to start', () => existsSync(cliStarted));
      const sigtermAt = Date.now();
      child.kill('SIGTERM');
      // The listener closes once the signal is handled: a new connection is then refused.
      let fresh: string | undefined;
      await until('the listener to close', async () => (fresh = await tryConnect(port)) === 'refused');
      // What a new client gets meanwhile (a new connection through its own agent).
      const lateAgent = new Agent({ keepAlive: false });
      const late = await keepAliveRequest(lateAgent, port, 'GET', '/api/servers', headers);
      lateAgent.destroy();
      const answers = await Promise.all([...listings, registration]);
      const exitedAt = await app.exited.then((result) => ({ ...result, at: Date.now() }));
      agent.destroy();
      for (const a of answers) leaks.push(...leaksIn(a.body, { url: a.kind }));

      expect(leaks).toEqual([]);
      process.stdout.write(
        `\nSIGTERM: ${answers.length} in flight, ${answers.filter((a) => a.end > sigtermAt).length} finished after the signal ` +
          `(the registration ${answers[answers.length - 1].end - sigtermAt} ms after), statuses ` +
          `${JSON.stringify(answers.map((a) => a.status))}; new connection after the listener closed: ${fresh} (a request on one: ${late.status} ${late.error ?? ''}); exit ${exitedAt.code} after ${exitedAt.at - sigtermAt} ms\n`,
      );
      expect(
        answers
          .filter((a) => a.status !== 200 && a.status !== 201)
          .map((a) => `${a.kind} ${a.status} ${a.error ?? a.body.slice(0, 200)}`),
      ).toEqual([]);
      expect(answers.slice(0, -1).every((a) => a.end > sigtermAt)).toBe(true); // the listings really were in flight
      const registered = JSON.parse(answers[answers.length - 1].body).data.summary;
      expect(registered).toEqual({ total: 250, successful: 250, failed: 0 });
      // New connections get no service. While the in-process database keeps the event loop busy
      // (the 250-job registration), the kernel may still complete a TCP handshake from the listen
      // backlog before the SIGTERM handler runs; such a connection is reset, never answered.
      expect(['refused', 'accepted']).toContain(fresh);
      expect({ status: late.status, error: late.error }).toEqual({
        status: 'error',
        error: expect.stringMatching(/ECONNREFUSED|ECONNRESET|socket hang up/),
      });
      expect({ code: exitedAt.code, signal: exitedAt.signal }).toEqual({ code: 0, signal: null });
      // Within SHUTDOWN_GRACE_MS (15 s), the behaviour promised; not a latency target (load-independent).
      expect(exitedAt.at - sigtermAt).toBeLessThan(15_000);

      // What was answered 201 is on disk: start again on the same data directory and count.
      const port2 = await freePort();
      const again = await start(port2);
      child = again.child;
      try {
        const token = await fetch(`http://127.0.0.1:${port2}/api/auth/issue`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        });
        const list = await fetch(`http://127.0.0.1:${port2}/api/backups?jobName=term_&limit=1000`, {
          headers: { authorization: `Bearer ${((await token.json()) as { data: { token: string } }).data.token}` },
        });
        expect(((await list.json()) as { data: unknown[] }).data).toHaveLength(250);
      } finally {
        child.kill('SIGTERM');
        await again.exited;
      }
    });
  });
});
