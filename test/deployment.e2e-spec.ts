import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from './support/test-app';

/**
 * Issue 10: Swagger UI opened by a LAN name over plain HTTP, bodies that are not JSON, and a token
 * that survives a restart of the embedded default.
 */

/**
 * One app with the default settings for the first two blocks (what one writes, the other never
 * reads). It is used last by the test that starts the SERVED_OVER_HTTPS app: on PGlite a process
 * has one embedded database at a time, and closing that app closes it.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('Bodies that are not JSON', () => {
  it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])(
    '%s is 415, nothing written',
    async (type) => {
      const headers = { ...(await t.auth()), 'content-type': type, 'accept-language': 'en' };
      const before = await t.dataSource.query('SELECT count(*)::int AS n FROM centers');
      const res = await t.app.inject({ method: 'POST', url: '/api/zdms', headers, payload: '{"name":"plain"}' });
      expect([res.statusCode, res.json()]).toEqual([
        415,
        {
          success: false,
          requestID: REQUEST_ID,
          error: expect.stringContaining(type),
          code: 'UNSUPPORTED_MEDIA_TYPE',
          timestamp: LOCAL_TIMESTAMP,
        },
      ]);
      expect(await t.dataSource.query('SELECT count(*)::int AS n FROM centers')).toEqual(before);
    },
  );

  it('JSON with a charset is taken', async () => {
    const headers = { ...(await t.auth()), 'content-type': 'application/json; charset=utf-8' };
    const res = await t.app.inject({ method: 'POST', url: '/api/zdms', headers, payload: '{"name":"with-charset"}' });
    expect(res.statusCode).toBe(201);
  });
});

describe('Swagger UI from any host name', () => {
  it('serves the page and its assets to a non-localhost Host without upgrade-insecure-requests', async () => {
    const host = 'zdm-backup.lan:3000';
    const page = await t.app.inject({ method: 'GET', url: '/api/docs', headers: { host } });
    expect(page.statusCode).toBe(200);
    const assets = [...page.body.matchAll(/(?:src|href)="(\.\/[^"]+)"/g)].map((m) => m[1]!.slice(2));
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      const res = await t.app.inject({ method: 'GET', url: `/api/docs/${asset}`, headers: { host } });
      expect({ asset, status: res.statusCode }).toEqual({ asset, status: 200 });
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    }
    const csp = String(page.headers['content-security-policy']);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
  });

  it('upgrades insecure requests when SERVED_OVER_HTTPS says so', async () => {
    const https = await createTestApp({ SERVED_OVER_HTTPS: 'true' });
    try {
      const page = await https.app.inject({ method: 'GET', url: '/api/docs', headers: { host: 'zdm.example.com' } });
      expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await https.close();
    }
  });
});

describe('JWT secret of the embedded default', () => {
  it('is generated once into DATA_DIR, so a token survives a restart', async () => {
    if (process.env.DATABASE_URL) return; // with DATABASE_URL, JWT_SECRET is required (environment.spec.ts)
    const dataDir = mkdtempSync(join(tmpdir(), 'zdm-jwt-'));
    const settings = { DATA_DIR: dataDir, JWT_SECRET: undefined, DATABASE_URL: undefined };
    const first = await createTestApp(settings);
    let token: string;
    try {
      token = await first.token();
    } finally {
      await first.close();
    }
    const file = join(dataDir, 'jwt-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/);
    const second = await createTestApp(settings);
    try {
      const res = await second.app.inject({
        method: 'GET',
        url: '/api/servers',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
    } finally {
      await second.close();
    }
  });
});
