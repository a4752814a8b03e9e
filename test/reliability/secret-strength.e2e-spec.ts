import { Semaphore } from 'async-mutex';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_TIMEOUT_MS, builtApp } from '../support/built-app';
import { unpackMigratedTemplate } from '../support/pglite-template';

/**
 * Issue 21.4 — weak secrets. With DATABASE_URL, 10 of 17 weak JWT_SECRET values started the app and
 * a token forged with them was accepted; on the embedded database any 16 characters passed, even 16
 * spaces; ADMIN_PASSWORD=12345678 was accepted. Now the built app refuses them at start, on both
 * databases, and its error says how to generate a good secret; `openssl rand -hex 32` outputs start.
 */
let builtMain: string;
/** Outputs of `openssl rand -hex 32` and `openssl rand -base64 32`. */
const HEX_SECRET = 'e01d243fe59a7f0539d9c8e9b58f7ddc19fea97a056889118c909e4bb11c6f77';
const BASE64_SECRET = '/rKPA+MzxdkNhGqpzCZI/2p6pFmTNP35SxbECSHY/dk=';

jest.setTimeout(180_000);

const DATABASES = {
  // Unreachable on purpose: the app must exit before it connects.
  postgres: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
  embedded: { DATA_DIR: 'memory://' },
};

/**
 * How many starts run at once: each is a Node process that loads the settings code and exits, so
 * two at a time (one per core of a 2-core machine) take about half as long as one after another.
 */
const starts = new Semaphore(2);

/** Starts the built app and returns how it exited (it must exit before touching the database). */
function start(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  return starts.runExclusive(
    () =>
      new Promise((done, fail) => {
        const child = spawn(process.execPath, [builtMain], {
          env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
          stdio: ['ignore', 'ignore', 'pipe'],
          timeout: 90_000, // a bound that only catches a hang (a loaded machine loads the app slowly)
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        child.on('error', fail);
        child.on('close', (status) => done({ status, stderr }));
      }),
  );
}

describe('Secrets with entropy: weak JWT_SECRET and ADMIN_PASSWORD values stop the app', () => {
  beforeAll(() => {
    builtMain = builtApp();
  }, BUILD_TIMEOUT_MS);

  const weakSecrets = [
    ' '.repeat(32),
    'a'.repeat(32),
    '0'.repeat(32),
    '0123456789abcdef0123456789abcdef',
    'secretsecretsecretsecretsecretsecret',
    'your-super-secret-jwt-key-for-production',
    ' '.repeat(16),
  ];

  it.each(Object.keys(DATABASES) as (keyof typeof DATABASES)[])(
    'on %s: every weak JWT_SECRET exits 1, the message saying how to generate one',
    async (database) => {
      const outcomes = await Promise.all(
        weakSecrets.map(async (secret) => {
          const run = await start({ ...DATABASES[database], JWT_SECRET: secret });
          const reason = /JWT_SECRET: (is too easy to guess|is a published placeholder)/.exec(run.stderr)?.[1];
          return { secret, status: run.status, reason, howTo: run.stderr.includes('openssl rand -hex 32') };
        }),
      );
      expect(outcomes).toEqual(
        weakSecrets.map((secret) => ({
          secret,
          status: 1,
          reason: expect.stringMatching(/too easy to guess|published placeholder/),
          howTo: true,
        })),
      );
    },
  );

  it('ADMIN_PASSWORD=12345678 exits 1 on both databases; a short one outside the demo too', async () => {
    const [onPostgres, embedded, short] = await Promise.all([
      start({ ...DATABASES.postgres, JWT_SECRET: HEX_SECRET, ADMIN_PASSWORD: '12345678' }),
      start({ ...DATABASES.embedded, JWT_SECRET: HEX_SECRET, ADMIN_PASSWORD: '12345678' }),
      start({ ...DATABASES.postgres, JWT_SECRET: HEX_SECRET, ADMIN_PASSWORD: 'Short-pw-9x' }),
    ]);
    for (const run of [onPostgres, embedded]) {
      expect(run).toEqual({
        status: 1,
        stderr: expect.stringContaining('ADMIN_PASSWORD: is on the list of common passwords'),
      });
    }
    expect(short).toEqual({
      status: 1,
      stderr: expect.stringContaining('ADMIN_PASSWORD: must be at least 12 characters outside the demo'),
    });
  });

  it.each([
    ['openssl rand -hex 32', HEX_SECRET],
    ['openssl rand -base64 32', BASE64_SECRET],
  ])('the output of %s starts the embedded app', async (_, secret) => {
    const port = await new Promise<number>((done) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const { port: free } = s.address() as { port: number };
        s.close(() => done(free));
      });
    });
    // The embedded database in a data directory that starts migrated, as the in-process apps' do
    // (pglite-template.ts), instead of initdb and every migration in the child.
    const dataDir = mkdtempSync(join(tmpdir(), 'zdm-secret-strength-'));
    await unpackMigratedTemplate(dataDir);
    const child = spawn(process.execPath, [builtMain], {
      env: {
        PATH: process.env.PATH,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        JWT_SECRET: secret,
        ADMIN_PASSWORD: 'a-long-admin-passphrase',
        LOG_LEVEL: 'silent',
        IMAGE_CATALOG_REFRESH_INTERVAL_MS: '0',
      },
      stdio: 'ignore',
    });
    const exited = new Promise((done) => child.once('exit', done));
    try {
      const deadline = Date.now() + 60_000;
      let healthy = false;
      while (!healthy && child.exitCode === null && Date.now() < deadline) {
        healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
          (res) => res.ok,
          () => false,
        );
        if (!healthy) await new Promise((r) => setTimeout(r, 200));
      }
      expect({ healthy, exitCode: child.exitCode }).toEqual({ healthy: true, exitCode: null });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
