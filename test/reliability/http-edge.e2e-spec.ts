import { createTestApp, LOCAL_TIMESTAMP, REQUEST_ID, TestApp } from '../support/test-app';

/**
 * Issue 21 — the HTTP edge against anonymous clients. JSON.parse of a 1 MB, 500,000-level array
 * held the event loop for 0.7 s, and the body was parsed before the token was checked, so four
 * anonymous clients kept a replica unresponsive. Now nesting deeper than 32 levels is refused
 * before JSON.parse builds it.
 */
const arrays = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
const DEEP = arrays(500_000);

describe('HTTP edge: deep JSON', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

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
