import { Logger } from '@nestjs/common';
import { Socket } from 'node:net';
import { TcpProxy } from '../support/tcp-proxy';
import { createFreshDatabase, createProxiedTestApp, createTestApp, TEST_ADMIN, TestApp } from '../support/test-app';

/**
 * Issue 15 — database faults, probed as an operator did: in a blackhole outage (a proxy that accepts
 * and forwards nothing) `/api/users` hung 16 s and answered 500; after the link came back, dead
 * sockets stayed in the pool and a request per route failed every ~16 s for 12+ minutes; client
 * disconnects were logged as `503 DATABASE_UNAVAILABLE` errors; two replicas starting together
 * raced on the migrations. Bounds are generous (the figures are printed).
 */
jest.setTimeout(120_000);
const onPostgres = Boolean(process.env.DATABASE_URL);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Sample {
  kind: string;
  start: number;
  end: number;
  status: number | 'error';
  code?: string;
}

(onPostgres ? describe : describe.skip)('Blackhole outage of PostgreSQL under load', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let close: () => Promise<void>;
  let base: string;

  beforeAll(async () => {
    ({ t, proxy, close } = await createProxiedTestApp({
      DB_CONNECT_TIMEOUT_MS: '1000',
      DB_STATEMENT_TIMEOUT_MS: '800',
      AUTH_USER_RECHECK_MS: '0',
    }));
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(() => close?.());

  it('answers 503 (never 500) during the outage and recovers fully after it, dead sockets and all', async () => {
    const headers = { ...(await t.auth()), 'content-type': 'application/json' };
    const started = Date.now();
    const HOLE_AT = started + 1500;
    const RESTORE_AT = started + 5000;
    const STOP_AT = started + 12_000;
    const timeline = (async () => {
      await sleep(HOLE_AT - Date.now());
      proxy.blackhole();
      await sleep(RESTORE_AT - Date.now());
      await proxy.restore();
    })();
    const samples: Sample[] = [];
    const requests = [
      () => ({ kind: 'users', url: '/api/users', init: {} }),
      (n: number) => ({
        kind: 'create',
        url: '/api/zdms',
        init: { method: 'POST', body: JSON.stringify({ name: `hole-${n}-${Math.random()}` }) },
      }),
      () => ({ kind: 'servers', url: '/api/servers', init: {} }),
      () => ({ kind: 'health', url: '/api/health', init: {} }),
    ];
    await Promise.all(
      Array.from({ length: 8 }, async (_, worker) => {
        for (let n = 0; Date.now() < STOP_AT; n++) {
          const { kind, url, init } = requests[(worker + n) % requests.length]!(n);
          const start = Date.now();
          try {
            const res = await fetch(`${base}${url}`, { headers, ...init, signal: AbortSignal.timeout(30_000) });
            const body = (await res.json()) as { code?: string };
            samples.push({ kind, start, end: Date.now(), status: res.status, code: body.code });
          } catch {
            samples.push({ kind, start, end: Date.now(), status: 'error' });
          }
          await sleep(20);
        }
      }),
    );
    await timeline;

    const during = samples.filter((s) => s.end > HOLE_AT && s.start < RESTORE_AT);
    const slowest = Math.max(...during.map((s) => s.end - Math.max(s.start, HOLE_AT)));
    const after = samples.filter((s) => s.start >= RESTORE_AT);
    const lastFailure = Math.max(
      RESTORE_AT,
      ...after.filter((s) => s.status !== 200 && s.status !== 201).map((s) => s.end),
    );
    process.stdout.write(
      `blackhole outage: ${samples.length} requests, ${during.length} during it (slowest ${slowest} ms, ` +
        `${during.filter((s) => s.status === 503).length} × 503); last failure ${lastFailure - RESTORE_AT} ms after the link returned\n`,
    );

    const odd = samples.filter((s) => s.status === 'error' || (s.status !== 503 && s.status >= 300));
    expect(odd.map((s) => `${s.kind} ${s.status} at ${s.start - started} ms`)).toEqual([]);
    expect(during.length).toBeGreaterThan(10);
    expect(slowest).toBeLessThan(5000);
    for (const s of samples.filter((x) => x.start >= HOLE_AT + 50 && x.end <= RESTORE_AT && x.kind !== 'health')) {
      expect({ status: s.status, code: s.code }).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    }
    // Recovered: everything sent from 5 s after the link came back succeeds (the probe: 12+ minutes).
    const late = samples.filter((s) => s.start >= RESTORE_AT + 5000);
    expect(late.length).toBeGreaterThan(10);
    expect(late.filter((s) => s.status !== 200 && s.status !== 201).map((s) => `${s.kind} ${s.status}`)).toEqual([]);
  });
});

(onPostgres ? describe : describe.skip)('Two instances starting together on one database', () => {
  it('both start (migrations under an advisory lock, the first admin created once)', async () => {
    const fresh = await createFreshDatabase(process.env.DATABASE_URL!);
    const apps: TestApp[] = [];
    try {
      const started = await Promise.allSettled([
        createTestApp({ DATABASE_URL: fresh.url }),
        createTestApp({ DATABASE_URL: fresh.url }),
        createTestApp({ DATABASE_URL: fresh.url }),
      ]);
      for (const s of started) if (s.status === 'fulfilled') apps.push(s.value);
      expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual([
        'started',
        'started',
        'started',
      ]);
      const [{ admins }] = await apps[0]!.dataSource.query(
        `SELECT count(*)::int AS admins FROM users WHERE email = $1 AND role = 'admin'`,
        [TEST_ADMIN.email],
      );
      expect(admins).toBe(1);
      const [{ runs, distinct }] = await apps[0]!.dataSource.query(
        `SELECT count(*)::int AS runs, count(DISTINCT name)::int AS distinct FROM migrations`,
      );
      expect(runs).toBe(distinct);
      for (const app of apps) {
        const res = await app.app.inject({ method: 'GET', url: '/api/servers', headers: await app.auth() });
        expect(res.statusCode).toBe(200);
      }
    } finally {
      for (const app of apps) await app.close();
      await fresh.drop();
    }
  });
});

describe('A client that hangs up is not a database outage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
  });
  afterAll(() => t?.close());

  it('an aborted upload is logged at debug, never as 503 DATABASE_UNAVAILABLE or an error', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const token = await t.token();
    try {
      const port = (t.app.getHttpServer().address() as { port: number }).port;
      for (let i = 0; i < 20; i++) {
        await new Promise<void>((resolve) => {
          const socket = new Socket();
          socket.on('error', () => undefined);
          socket.on('close', () => resolve());
          socket.connect(port, '127.0.0.1', () => {
            socket.write(
              `POST /api/zdms HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${token}\r\n` +
                'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name": "half',
            );
            setTimeout(() => socket.resetAndDestroy(), 30);
          });
        });
      }
      await sleep(300);
      const logged = errors.mock.calls.map((call) => JSON.stringify(call).slice(0, 300));
      expect(logged.filter((line) => /DATABASE_UNAVAILABLE|ECONNRESET|aborted/i.test(line))).toEqual([]);
      const res = await t.app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(200);
    } finally {
      errors.mockRestore();
    }
  });
});
