import { request as httpRequest } from 'node:http';
import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TEST_ADMIN, TestApp } from '../support/test-app';

/**
 * Issue 21 — the HTTP edge against anonymous clients. JSON.parse of a 1 MB, 500,000-level array
 * held the event loop for 0.7 s, and the body was parsed before the token was checked, so four
 * anonymous clients kept a replica unresponsive. Now nesting deeper than 32 levels is refused
 * before JSON.parse builds it, and credentials are checked in an onRequest hook: a refused request's
 * body is never read or parsed.
 */
const arrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const DEEP = arrays(500_000);

/** One app for both blocks: the first posts through inject, the second over the port it listens on. */
let t: TestApp;
let port: number;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen(0, '127.0.0.1');
  port = (t.app.getHttpServer().address() as { port: number }).port;
});
afterAll(() => t?.close());

describe('HTTP edge: deep JSON', () => {
  const post = async (payload: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/backups',
      headers: { 'content-type': 'application/json', ...headers },
      payload,
    });

  it('refuses nesting deeper than 32 levels with 400 naming the rule, before the body is built', async () => {
    const auth = await t.auth();
    for (const body of [arrays(33), DEEP, `{"center":"1","repository":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`]) {
      const res = await post(body, { ...auth, 'accept-language': 'en' });
      expect({ status: res.statusCode, body: res.json() }).toEqual({
        status: 400,
        body: {
          success: false,
          requestID: REQUEST_ID,
          code: 'VALIDATION_ERROR',
          error: 'body: nested too deeply (at most 32 levels).',
          timestamp: LOCAL_TIMESTAMP,
        },
      });
    }
    const korean = await post(arrays(33), auth);
    expect(korean.json().error).toBe('body: 중첩이 너무 깊습니다. (최대 32단계)');
  });

  it('lets 32 levels through to validation, and brackets inside strings do not count', async () => {
    const auth = { ...(await t.auth()), 'accept-language': 'en' };
    const atLimit = await post(arrays(32), auth);
    expect([atLimit.statusCode, atLimit.json().error]).toEqual([400, 'body: the request body must be a JSON object.']);
    const inString = await post(JSON.stringify({ jobName: '['.repeat(100) }), auth);
    expect(inString.statusCode).toBe(400);
    expect(inString.json().error).not.toMatch(/nested too deeply/);
  });

  it('keeps the body limits and the other body errors as they were', async () => {
    const auth = { ...(await t.auth()), 'accept-language': 'en' };
    const broken = await post('{"center":', auth);
    expect([broken.statusCode, broken.json().error]).toEqual([400, 'The request body is not valid JSON.']);
    const poisoned = await post('{"__proto__":{"x":1}}', auth);
    expect(poisoned.statusCode).toBe(400);
    const tooLarge = await post(`{"jobName":"${'x'.repeat(t.config.bodyLimitBytes)}"}`, auth);
    expect([tooLarge.statusCode, tooLarge.json().code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });
});

describe('HTTP edge: credentials before the body', () => {
  /**
   * Sends the headers and the first bytes of a body announced as `length` bytes, never the rest,
   * and resolves with the answer: only a server that answers without reading the body answers at all.
   */
  const answerWithoutTheBody = (path: string, headers: Record<string, string>, length = 1_000_000) =>
    new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
      const req = httpRequest({
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(length), ...headers },
      });
      req.on('response', (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          req.destroy();
          resolve({ status: res.statusCode!, body: JSON.parse(text) as Record<string, unknown> });
        });
      });
      req.on('error', reject);
      req.write('['.repeat(1000));
    });

  it.each([
    ['no token', '/api/backups', {}, 401, 'UNAUTHORIZED', 'Authentication required: send a valid token.'],
    ['a broken JWT', '/api/backups', { authorization: 'Bearer not.a.jwt' }, 401, 'UNAUTHORIZED', undefined],
    [
      'an unknown agent token on an agent route',
      '/api/agent/heartbeat',
      { authorization: `Bearer zdma_${'A'.repeat(43)}` },
      401,
      'UNAUTHORIZED',
      'The agent token is invalid or has been revoked.',
    ],
    [
      'an agent token on a user route',
      '/api/backups',
      { authorization: `Bearer zdma_${'A'.repeat(43)}` },
      403,
      'FORBIDDEN',
      'An agent token cannot be used on this route: use a user token.',
    ],
  ])('%s: answered without reading the body', async (_, path, headers, status, code, error) => {
    const res = await answerWithoutTheBody(path, { ...headers, 'accept-language': 'en' });
    expect(res).toEqual({
      status,
      body: {
        success: false,
        requestID: REQUEST_ID,
        code,
        error: error ?? expect.any(String),
        timestamp: LOCAL_TIMESTAMP,
      },
    });
  });

  it('an anonymous body that is not JSON gets 401, not 400: it was never parsed', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect([res.statusCode, res.json().code]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('still reads the bodies of token issue and of authenticated requests', async () => {
    const issued = await t.app.inject({ method: 'POST', url: '/api/auth/issue', payload: TEST_ADMIN });
    expect(issued.statusCode).toBe(201);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers: { authorization: `Bearer ${issued.json().data.token}` },
      payload: { name: 'edge-center' },
    });
    expect([created.statusCode, created.json().data.name]).toEqual([201, 'edge-center']);
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/zdms',
      headers: { ...(await t.auth()), 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect([broken.statusCode, broken.json().code]).toEqual([400, 'VALIDATION_ERROR']);
  });

  it('four anonymous clients sending 1 MB, 500,000-level arrays: every one gets 401, health is served meanwhile', async () => {
    const base = `http://127.0.0.1:${port}`;
    const attack = async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${base}/api/backups`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: DEEP,
        });
        await res.text();
        statuses.push(res.status);
      }
      return statuses;
    };
    let attacking = true;
    const health: number[] = [];
    const probe = (async () => {
      while (attacking) {
        const res = await fetch(`${base}/api/health/live`);
        await res.text();
        health.push(res.status);
      }
    })();
    const answers = (await Promise.all([attack(), attack(), attack(), attack()])).flat();
    attacking = false;
    await probe;
    expect(answers).toEqual(Array<number>(20).fill(401));
    expect(health.length).toBeGreaterThan(0);
    expect(health.every((s) => s === 200)).toBe(true);
  });
});
