import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createFreshDatabase } from '../support/test-app';
import { BUILD_TIMEOUT_MS, builtApp } from '../support/built-app';
import { unpackMigratedTemplate } from '../support/pglite-template';

/**
 * Issue 21.3 — audit lost on a crash. Audit rows were queued in memory for up to 200 ms after the
 * answer: 20 committed writes followed by SIGKILL left 0 of 20 audit rows. Now a successful write's
 * row is inserted before its answer is sent: the built app does N writes, is killed with SIGKILL the
 * moment the last 2xx arrives, and the database holds N audit rows, on the embedded database (read
 * back by starting the app again on the same DATA_DIR) and on PostgreSQL (read directly).
 */
const ROOT = join(__dirname, '../..');
let builtMain: string;
const ADMIN = { email: 'durable@zdm.test', password: 'durable-audit-password-1' };
const WRITES = 20;

jest.setTimeout(240_000);

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });

describe('Audit durability: SIGKILL right after N successful writes leaves N audit rows', () => {
  const children: ChildProcess[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'zdm-audit-kill-'));
  const jwtSecret = randomBytes(32).toString('hex');
  let databaseUrl: string | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    builtMain = builtApp();
    if (process.env.DATABASE_URL) {
      ({ url: databaseUrl, drop: dropDatabase } = await createFreshDatabase(process.env.DATABASE_URL));
    } else {
      // The embedded database starts migrated, as the in-process apps' do (pglite-template.ts).
      await unpackMigratedTemplate(dataDir);
    }
  }, BUILD_TIMEOUT_MS);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The built app on this file's database; resolves once healthy. */
  async function start(): Promise<{ child: ChildProcess; base: string }> {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DEMO: 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      JWT_SECRET: jwtSecret,
      LOG_LEVEL: 'silent',
      IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
      IMAGE_CATALOG_WATCH: 'false',
      SCHEDULER_ENABLED: 'false',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    };
    const child = spawn(process.execPath, [builtMain], { cwd: ROOT, env, stdio: 'ignore' });
    children.push(child);
    const base = `http://127.0.0.1:${port}/api`;
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
      const healthy = await fetch(`${base}/health`).then(
        (res) => res.ok,
        () => false,
      );
      if (healthy) return { child, base };
      if (Date.now() > deadline) throw new Error('no health within 90 s');
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  const login = async (base: string) => {
    const res = await fetch(`${base}/auth/issue`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    return ((await res.json()) as { data: { token: string } }).data.token;
  };

  it(`${WRITES} committed writes, then SIGKILL: ${WRITES} audit rows, one per write`, async () => {
    const { child, base } = await start();
    const token = await login(base);
    const statuses: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const res = await fetch(`${base}/zdms`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ name: `durable-center-${i}` }),
      });
      statuses.push(res.status);
    }
    child.kill('SIGKILL');
    await new Promise((done) =>
      child.exitCode !== null || child.signalCode !== null ? done(null) : child.on('exit', done),
    );
    expect(statuses).toEqual(Array.from({ length: WRITES }, () => 201));

    let rows: { target: string; status: number }[];
    if (databaseUrl) {
      const client = new Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        rows = (
          await client.query(
            `SELECT target, status FROM audit_log WHERE path = '/api/zdms' AND method = 'POST' ORDER BY id`,
          )
        ).rows;
        const centers = (
          await client.query(`SELECT count(*)::int AS n FROM centers WHERE name LIKE 'durable-center-%'`)
        ).rows[0].n;
        expect(centers).toBe(WRITES);
      } finally {
        await client.end();
      }
    } else {
      // The embedded database lives in DATA_DIR: start the app again on it and ask the audit log.
      const again = await start();
      const auth = { authorization: `Bearer ${await login(again.base)}` };
      const res = await fetch(`${again.base}/audit?action=centers.create&limit=100`, { headers: auth });
      const body = (await res.json()) as { data: { target: string; status: number; path: string }[] };
      rows = body.data.filter((row) => row.path === '/api/zdms').reverse();
      const centers = await fetch(`${again.base}/zdms?name=durable-center-&limit=100`, { headers: auth });
      expect(((await centers.json()) as { data: unknown[] }).data).toHaveLength(WRITES);
      again.child.kill('SIGKILL');
    }
    expect(rows.map((row) => ({ target: row.target, status: row.status }))).toEqual(
      Array.from({ length: WRITES }, (_, i) => ({ target: `durable-center-${i}`, status: 201 })),
    );
  });
});
