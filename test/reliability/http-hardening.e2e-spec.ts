import { createTestApp, REQUEST_ID, TestApp } from '../support/test-app';

/**
 * Issue 15 — CORS reflected any origin (`null` included); answers carrying tokens and data could be
 * cached; any printable X-Request-ID was echoed into headers and logs.
 */
describe('HTTP hardening: CORS, caching, request ids', () => {
  describe('by default', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t?.close());

    it.each(['https://evil.example', 'null', 'http://localhost:3000'])(
      'reflects no origin (%s): no CORS headers on a preflight or an answer',
      async (origin) => {
        const preflight = await t.app.inject({
          method: 'OPTIONS',
          url: '/api/backups',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'authorization',
          },
        });
        const answer = await t.app.inject({
          method: 'GET',
          url: '/api/backups',
          headers: { ...(await t.auth()), origin },
        });
        for (const res of [preflight, answer]) {
          expect(res.headers['access-control-allow-origin']).toBeUndefined();
          expect(res.headers['access-control-allow-credentials']).toBeUndefined();
        }
        expect(answer.statusCode).toBe(200);
      },
    );

    it('marks authenticated answers, errors and the token itself Cache-Control: no-store; the docs stay cacheable', async () => {
      const issued = await t.app.inject({
        method: 'POST',
        url: '/api/auth/issue',
        payload: { email: 'admin@zdm.test', password: 'test-admin-password' },
      });
      const listed = await t.app.inject({ method: 'GET', url: '/api/servers', headers: await t.auth() });
      const v1 = await t.app.inject({ method: 'GET', url: '/api/v1/servers/999999', headers: await t.auth() });
      const refused = await t.app.inject({ method: 'GET', url: '/api/servers' });
      for (const res of [issued, listed, v1, refused]) expect(res.headers['cache-control']).toBe('no-store');
      expect([issued.statusCode, listed.statusCode, v1.statusCode, refused.statusCode]).toEqual([201, 200, 404, 401]);
      const docs = await t.app.inject({ method: 'GET', url: '/api/docs-json' });
      expect(docs.headers['cache-control']).not.toBe('no-store');
    });

    it.each([
      ['a UUID', '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b', true],
      ['a trace id', 'trace.01:abc_DEF-9', true],
      ['quotes and braces (log field forging)', 'x","level":60,"msg":"forged', false],
      ['angle brackets', '<script>alert(1)</script>', false],
      ['a slash path', '../../etc/passwd', false],
      ['129 characters', 'a'.repeat(129), false],
    ])('X-Request-ID %s: accepted only when it is safe', async (_, value, accepted) => {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/servers',
        headers: { ...(await t.auth()), 'x-request-id': value },
      });
      if (accepted) {
        expect(res.headers['x-request-id']).toBe(value);
        expect(res.json().requestID).toBe(value);
      } else {
        expect(res.headers['x-request-id']).not.toBe(value);
        expect(res.json().requestID).toEqual(REQUEST_ID);
      }
    });
  });

  describe('CORS_ORIGIN lists origins', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ CORS_ORIGIN: 'https://ui.example, https://ops.example:8443' });
    });
    afterAll(() => t?.close());

    it('allows exactly those origins', async () => {
      const preflight = (origin: string) =>
        t.app.inject({
          method: 'OPTIONS',
          url: '/api/backups',
          headers: { origin, 'access-control-request-method': 'PUT' },
        });
      const allowed = await preflight('https://ops.example:8443');
      expect(allowed.statusCode).toBe(204);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://ops.example:8443');
      expect(allowed.headers['access-control-allow-methods']).toBe('GET, POST, PUT, DELETE, OPTIONS');
      for (const origin of ['https://evil.example', 'null', 'https://ui.example.evil.example']) {
        expect((await preflight(origin)).headers['access-control-allow-origin']).toBeUndefined();
      }
    });
  });
});
